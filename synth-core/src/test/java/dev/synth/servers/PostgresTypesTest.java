package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.PlanException;
import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** PostgreSQL's own types, read through jooq-meta and written with COPY, on the real server. */
class PostgresTypesTest {
  private static final long ROWS = 200;

  /** Rules for the NOT NULL columns of types no generator knows. */
  private static SynthConfig withRules() {
    return SynthConfig.defaults()
        .withRows(ROWS)
        .withTable(
            "needs_rule",
            new TableConfig(
                null,
                null,
                Map.of(
                    "spot", ColumnConfig.fixed("(1.5,2)"), "coords", ColumnConfig.fixed("(3,4)"))));
  }

  @Test
  void everyGeneratableTypeGetsValidValues() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-types.sql")) {
      pg.populate(withRules());

      assertThat(pg.count("SELECT COUNT(*) FROM everything")).isEqualTo(ROWS);
      assertThat(count(pg, "jsonb_typeof(doc::jsonb) = 'object' AND jsonb_typeof(docb) = 'object'"))
          .isEqualTo(ROWS);
      assertThat(
              count(
                  pg,
                  "coalesce(cardinality(ints), 0) <= 3 AND coalesce(cardinality(texts), 0) <= 3"))
          .isEqualTo(ROWS);
      assertThat(count(pg, "cardinality(ints) > 0")).isPositive();
      assertThat(count(pg, "cardinality(texts) > 0")).isPositive();
      assertThat(count(pg, "'' = ANY (texts)")).isZero();
      assertThat(count(pg, "EXISTS (SELECT 1 FROM unnest(codes) c WHERE length(c) > 4)")).isZero();
      assertThat(count(pg, "cardinality(amounts) > 0")).isPositive();
      assertThat(pg.count("SELECT COUNT(DISTINCT colour) FROM everything")).isEqualTo(3);
      assertThat(count(pg, "qty <= 0")).isZero();
      assertThat(count(pg, "char_length(code) NOT BETWEEN 2 AND 8")).isZero();
      assertThat(count(pg, "abs(price) >= 100000 OR scale(price) <> 3")).isZero();
      assertThat(count(pg, "length(raw) = 0")).isZero();
      assertThat(count(pg, "span <= interval '0' OR span > interval '30 days'")).isZero();
      assertThat(pg.count("SELECT COUNT(DISTINCT span) FROM everything")).isGreaterThan(ROWS / 2);
      assertThat(count(pg, "family(host) = 4 AND masklen(host) = 32")).isEqualTo(ROWS);
      assertThat(count(pg, "masklen(net) = 24")).isEqualTo(ROWS);
      assertThat(pg.count("SELECT COUNT(DISTINCT uid) FROM everything")).isEqualTo(ROWS);
    }
  }

  @Test
  void nullableColumnsOfTypesWithoutAGeneratorAreLeftNull() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-types.sql")) {
      String plan = pg.describePlan(withRules());
      pg.populate(withRules());

      assertThat(plan).contains("NULL: its type point cannot be generated");
      assertThat(count(pg, "spot IS NOT NULL OR words IS NOT NULL OR coords IS NOT NULL")).isZero();
    }
  }

  @Test
  void aNotNullColumnOfAnUnknownTypeFailsBeforeWritingAndNamesTheRuleToAdd() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-types.sql")) {
      assertThatThrownBy(() -> pg.populate(SynthConfig.defaults().withRows(10)))
          .isInstanceOf(PlanException.class)
          .hasMessageContaining("needs_rule.spot")
          .hasMessageContaining("point")
          .hasMessageContaining("synth.yaml")
          .hasMessageContaining("tables.needs_rule.columns.spot: { value: ... }")
          .hasMessageContaining("Nothing was written");
      assertThat(pg.count("SELECT COUNT(*) FROM everything")).isZero();
    }
  }

  @Test
  void aColumnRuleFillsColumnsOfTypesWithoutAGenerator() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-types.sql")) {
      pg.populate(withRules());

      assertThat(pg.count("SELECT COUNT(*) FROM needs_rule WHERE spot ~= point '(1.5,2)'"))
          .isEqualTo(ROWS);
      assertThat(pg.count("SELECT COUNT(*) FROM needs_rule WHERE (coords).y = 4")).isEqualTo(ROWS);
    }
  }

  @Test
  void uniqueNetworkAddressesNeverRepeat() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-types.sql")) {
      pg.populate(withRules());

      assertThat(pg.count("SELECT COUNT(DISTINCT net) FROM unique_net")).isEqualTo(ROWS);
      assertThat(pg.count("SELECT COUNT(DISTINCT host) FROM unique_net")).isEqualTo(ROWS);
    }
  }

  @Test
  void citextColumnsAreFilledWhenTheExtensionIsAvailable() throws Exception {
    try (PostgresFixture pg = new PostgresFixture()) {
      Assumptions.assumeTrue(
          pg.count("SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'citext'") > 0,
          "the citext extension is not available on this server: skipping the citext check");
      installCitext(pg);
      pg.run(
          "CREATE TABLE member (id SERIAL PRIMARY KEY, email public.citext NOT NULL UNIQUE,"
              + " nick public.citext)",
          "citext table");

      pg.populate(SynthConfig.defaults().withRows(ROWS));

      assertThat(pg.count("SELECT COUNT(DISTINCT lower(email::text)) FROM member")).isEqualTo(ROWS);
      assertThat(pg.count("SELECT COUNT(*) FROM member WHERE email::text NOT LIKE '%@%'")).isZero();
    }
  }

  // In public, so that dropping a test's schema never drops the extension another test uses.
  private static void installCitext(PostgresFixture pg) {
    try {
      pg.run("CREATE EXTENSION IF NOT EXISTS citext SCHEMA public", "citext");
    } catch (RuntimeException e) {
      Assumptions.abort("cannot create the citext extension (" + e.getMessage() + "): skipping");
    }
  }

  private static long count(PostgresFixture pg, String where) throws SQLException {
    return pg.count("SELECT COUNT(*) FROM everything WHERE " + where);
  }
}
