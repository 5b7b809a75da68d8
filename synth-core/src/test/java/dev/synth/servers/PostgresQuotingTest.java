package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import org.junit.jupiter.api.Test;

/** Mixed-case names, reserved words and spaces, end to end on the real PostgreSQL server. */
class PostgresQuotingTest {

  @Test
  void tablesAndColumnsNeedingQuotesAreFilledTruncatedAndTheirIdentitiesContinue()
      throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-quoting.sql")) {
      pg.populate(SynthConfig.defaults().withRows(40));
      pg.populate(SynthConfig.defaults().withRows(30).withSeed(9).withMode(Mode.TRUNCATE));

      assertThat(pg.count("SELECT COUNT(*) FROM \"user\"")).isEqualTo(30);
      assertThat(
              pg.count(
                  "SELECT COUNT(*) FROM \"OrderLine\" o JOIN \"user\" u ON u.\"Id\" = o.\"user\""))
          .isEqualTo(30);
      assertThat(
              pg.count(
                  "SELECT COUNT(*) FROM \"line item\" l JOIN \"OrderLine\" o ON o.\"ID\" = l.\"order\""))
          .isEqualTo(30);
      assertThat(pg.count("SELECT COUNT(*) FROM \"user\" WHERE \"Order\" NOT BETWEEN 1 AND 9"))
          .isZero();
      assertThat(pg.count("SELECT COUNT(*) FROM \"OrderLine\" WHERE \"Qty\" <= 0")).isZero();
      assertThat(
              pg.insertReturning(
                  "INSERT INTO \"user\" (\"select\", \"Order\") VALUES ('app', 1) RETURNING \"Id\""))
          .isEqualTo(41);
      assertThat(
              pg.insertReturning(
                  "INSERT INTO \"OrderLine\" (\"user\", \"line item\", \"Qty\") VALUES (1, 'x', 1)"
                      + " RETURNING \"ID\""))
          .isEqualTo(41);
    }
  }
}
