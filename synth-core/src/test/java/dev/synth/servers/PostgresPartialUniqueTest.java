package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.PlanException;
import dev.synth.config.SynthConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial unique indexes (CREATE UNIQUE INDEX ... WHERE) on the real PostgreSQL server. */
class PostgresPartialUniqueTest {

  @Test
  void aPartialUniqueIndexHoldsWhereItsPredicateHolds() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-partial-unique.sql")) {
      pg.populate(SynthConfig.defaults().withRows(150).withExcludes(List.of("flag")));

      assertThat(pg.count("SELECT COUNT(*) FROM subscription")).isEqualTo(150);
      assertThat(pg.count("SELECT COUNT(*) FROM subscription WHERE active")).isPositive();
      assertThat(pg.count("SELECT COUNT(DISTINCT code) FROM subscription WHERE active"))
          .isEqualTo(pg.count("SELECT COUNT(*) FROM subscription WHERE active"));
    }
  }

  @Test
  void aPartialUniqueIndexTooNarrowForTheRowsFailsBeforeWritingAndSaysItIsPartial()
      throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-partial-unique.sql")) {
      assertThatThrownBy(() -> pg.populate(SynthConfig.defaults().withRows(10)))
          .isInstanceOf(PlanException.class)
          .hasMessageContaining("one_default [is_default] WHERE is_default")
          .hasMessageContaining("partial unique index")
          .hasMessageContaining("Nothing was written");
      assertThat(pg.count("SELECT COUNT(*) FROM member")).isZero();
    }
  }
}
