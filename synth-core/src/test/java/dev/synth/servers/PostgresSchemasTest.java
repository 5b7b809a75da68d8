package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.PlanException;
import dev.synth.PopulateReport;
import dev.synth.PopulateReport.TableReport;
import dev.synth.config.SynthConfig;
import org.junit.jupiter.api.Test;

/** Schemas, partitions, inheritance and views on the real PostgreSQL server. */
class PostgresSchemasTest {

  @Test
  void aPartitionedTableIsFilledThroughItsParentAndItsRowsAreRoutedToThePartitions()
      throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-shapes.sql")) {
      PopulateReport report = pg.populate(SynthConfig.defaults().withRows(300));

      assertThat(report.tables()).extracting(TableReport::table).noneMatch(t -> t.contains("_old"));
      assertThat(report.tables()).extracting(TableReport::table).noneMatch(t -> t.contains("_new"));
      assertThat(report.rows("measurement")).isEqualTo(300);
      long old = pg.count("SELECT COUNT(*) FROM ONLY measurement_old");
      long recent = pg.count("SELECT COUNT(*) FROM ONLY measurement_new");
      assertThat(old + recent).isEqualTo(300);
      assertThat(pg.count("SELECT COUNT(*) FROM ONLY measurement")).isZero();
    }
  }

  @Test
  void anInheritingTableIsFilledAsATableOfItsOwn() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-shapes.sql")) {
      PopulateReport report = pg.populate(SynthConfig.defaults().withRows(40));

      assertThat(report.rows("capital")).isEqualTo(40);
      assertThat(pg.count("SELECT COUNT(*) FROM ONLY city")).isEqualTo(40);
      assertThat(pg.count("SELECT COUNT(*) FROM capital WHERE length(state) <> 2")).isZero();
      assertThat(pg.count("SELECT COUNT(*) FROM city"))
          .as("city lists its children's rows")
          .isEqualTo(80);
    }
  }

  @Test
  void viewsAndMaterializedViewsAreNeverFilled() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-shapes.sql")) {
      PopulateReport report = pg.populate(SynthConfig.defaults().withRows(20));

      assertThat(report.tables())
          .extracting(TableReport::table)
          .noneMatch(t -> t.endsWith("big_city") || t.endsWith("city_names"));
      assertThat(pg.count("SELECT COUNT(*) FROM city_names")).isZero();
    }
  }

  @Test
  void aParentInAnUnselectedSchemaIsReferencedByItsExistingKeysAndLeftAsItIs() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-two-schemas.sql")) {
      String other = pg.other();

      PopulateReport report = pg.populate(SynthConfig.defaults().withRows(50));

      assertThat(report.rows("orders")).isEqualTo(50);
      assertThat(report.tables())
          .extracting(TableReport::table)
          .noneMatch(t -> t.startsWith(other));
      assertThat(pg.count("SELECT COUNT(*) FROM " + other + ".customer")).isEqualTo(3);
      assertThat(pg.count("SELECT COUNT(DISTINCT customer_id) FROM orders")).isEqualTo(3);
      assertThat(pg.count("SELECT COUNT(*) FROM " + other + ".invoice")).isZero();
    }
  }

  @Test
  void severalSelectedSchemasAreFilledTogetherAcrossTheirForeignKeys() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-two-schemas.sql")) {
      String other = pg.other();
      pg.run("DELETE FROM " + other + ".customer", "cleanup");

      PopulateReport report =
          pg.populate(SynthConfig.defaults().withRows(60).withSchema(pg.schema() + ", " + other));

      assertThat(report.rows(other + ".customer")).isEqualTo(60);
      assertThat(report.rows(other + ".invoice")).isEqualTo(60);
      assertThat(report.rows(other + ".unrelated")).isEqualTo(60);
      assertThat(pg.count("SELECT COUNT(*) FROM orders")).isEqualTo(60);
      assertThat(
              pg.count(
                  "SELECT COUNT(*) FROM "
                      + other
                      + ".invoice i JOIN orders o ON o.id = i.order_id JOIN "
                      + other
                      + ".customer c ON c.id = o.customer_id"))
          .isEqualTo(60);
    }
  }

  @Test
  void anEmptyParentInAnUnselectedSchemaFailsBeforeWritingAndSaysHowToSelectIt() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-two-schemas.sql")) {
      String other = pg.other();
      pg.run("DELETE FROM " + other + ".customer", "cleanup");

      assertThatThrownBy(() -> pg.populate(SynthConfig.defaults().withRows(10)))
          .isInstanceOf(PlanException.class)
          .hasMessageContaining(other + ".customer")
          .hasMessageContaining("synth.schema")
          .hasMessageContaining(pg.schema() + ", " + other);
      assertThat(pg.count("SELECT COUNT(*) FROM orders")).isZero();
    }
  }
}
