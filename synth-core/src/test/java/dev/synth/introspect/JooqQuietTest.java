package dev.synth.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JooqQuietTest {
  private static final String META_LOG = "org.jooq.log.org.jooq.meta.AbstractDatabase";

  @Test
  void silencesTheLogoTipsAndMetadataInfoLines() {
    JooqQuiet.apply();

    assertThat(System.getProperty("org.jooq.no-logo")).isEqualTo("true");
    assertThat(System.getProperty("org.jooq.no-tips")).isEqualTo("true");
    assertThat(System.getProperty(META_LOG)).isEqualTo("WARN");
  }

  @Test
  void keepsALevelTheUserChose() {
    String before = System.getProperty(META_LOG);
    System.setProperty(META_LOG, "DEBUG");
    try {
      JooqQuiet.apply();

      assertThat(System.getProperty(META_LOG)).isEqualTo("DEBUG");
    } finally {
      if (before == null) {
        System.clearProperty(META_LOG);
      } else {
        System.setProperty(META_LOG, before);
      }
    }
  }
}
