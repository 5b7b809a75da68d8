package dev.synth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigMappingTest {
  private static final String FILE =
      """
      seed: 7
      rows: 20
      mode: truncate
      batchSize: 50
      schema: shop
      include: [customer]
      exclude: [audit_log]
      tables:
        customer: { rows: 5 }
      """;

  @TempDir Path dir;
  private final PopulateMojo mojo = new PopulateMojo(new FakeDecrypter());

  @Test
  void withoutFileOrParametersTheDefaultsApply() throws Exception {
    mojo.basedir = dir.toFile();

    assertThat(mojo.synthConfig()).isEqualTo(SynthConfig.defaults());
  }

  @Test
  void synthYamlInTheBaseDirectoryIsReadWhenPresent() throws Exception {
    Files.writeString(dir.resolve("synth.yaml"), FILE);
    mojo.basedir = dir.toFile();

    SynthConfig config = mojo.synthConfig();

    assertThat(config.seed()).isEqualTo(7);
    assertThat(config.tables().get("customer").rows()).isEqualTo(5L);
  }

  @Test
  void aNamedConfigFileIsResolvedAgainstTheBaseDirectory() throws Exception {
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(dir.resolve("db/test-data.yaml"), "rows: 3\n");
    mojo.basedir = dir.toFile();
    mojo.config = new File("db/test-data.yaml");

    assertThat(mojo.synthConfig().rows()).isEqualTo(3);
  }

  @Test
  void parametersNotSetKeepTheFilesValues() throws Exception {
    Files.writeString(dir.resolve("synth.yaml"), FILE);
    mojo.basedir = dir.toFile();

    SynthConfig config = mojo.synthConfig();

    assertThat(config.rows()).isEqualTo(20);
    assertThat(config.mode()).isEqualTo(Mode.TRUNCATE);
    assertThat(config.batchSize()).isEqualTo(50);
    assertThat(config.schema()).isEqualTo("shop");
    assertThat(config.includes()).containsExactly("customer");
    assertThat(config.excludes()).containsExactly("audit_log");
  }

  @Test
  void explicitParametersOverrideTheFile() throws Exception {
    Files.writeString(dir.resolve("synth.yaml"), FILE);
    mojo.basedir = dir.toFile();
    mojo.rows = 1000L;
    mojo.seed = -3L;
    mojo.mode = "append";
    mojo.batchSize = 10;
    mojo.schema = "staging";
    mojo.includes = List.of("orders", " order_item ");
    mojo.excludes = List.of(); // what Maven injects for an unset list: keeps the file's

    SynthConfig config = mojo.synthConfig();

    assertThat(config)
        .isEqualTo(
            new SynthConfig(
                -3,
                1000,
                Mode.APPEND,
                10,
                SynthConfig.DEFAULT_NULL_FRACTION,
                "staging",
                List.of("orders", "order_item"),
                List.of("audit_log"),
                config.tables()));
    assertThat(config.tables().get("customer").rows()).isEqualTo(5L);
  }

  @Test
  void parametersApplyWithoutAFile() throws Exception {
    mojo.basedir = dir.toFile();
    mojo.rows = 100L;
    mojo.mode = "FAIL-IF-NOT-EMPTY";

    assertThat(mojo.synthConfig()).isEqualTo(SynthConfig.defaults().withRows(100));
  }

  @Test
  void anUnknownModeListsTheModes() {
    mojo.basedir = dir.toFile();
    mojo.mode = "overwrite";

    assertThatThrownBy(mojo::synthConfig)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "Invalid Synth parameter: unknown mode 'overwrite';"
                + " valid modes are fail-if-not-empty, truncate, append");
  }

  @Test
  void negativeRowsAreRejected() {
    mojo.basedir = dir.toFile();
    mojo.rows = -1L;

    assertThatThrownBy(mojo::synthConfig)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Invalid Synth parameter: rows must be >= 0 but was -1");
  }

  @Test
  void aZeroBatchSizeIsRejected() {
    mojo.basedir = dir.toFile();
    mojo.batchSize = 0;

    assertThatThrownBy(mojo::synthConfig)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Invalid Synth parameter: batchSize must be >= 1 but was 0");
  }
}
