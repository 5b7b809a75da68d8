package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cycles, trees, excluded lookup tables and the three modes, run twice over the same data. */
class ModesAndCyclesOnH2Test {
  private static final String CYCLE =
      """
      CREATE TABLE department (id INTEGER PRIMARY KEY, code VARCHAR(8) NOT NULL UNIQUE,
        name VARCHAR(40) NOT NULL, manager_id INTEGER);
      CREATE TABLE employee (id INTEGER PRIMARY KEY, email VARCHAR(60) NOT NULL UNIQUE,
        department_id INTEGER NOT NULL REFERENCES department (id));
      ALTER TABLE department ADD FOREIGN KEY (manager_id) REFERENCES employee (id);
      """;

  private static final String LOOKUP =
      """
      CREATE TABLE country (code CHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL);
      CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL,
        country_code CHAR(2) NOT NULL REFERENCES country (code));
      """;

  private InMemoryH2 db;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static SynthConfig cycle() {
    return SynthConfig.defaults()
        .withTable("department", new TableConfig(20L, null, Map.of()))
        .withTable("employee", new TableConfig(300L, null, Map.of()));
  }

  private void assertCycleIntact() throws SQLException {
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM employee WHERE department_id NOT IN (SELECT id FROM department)"))
        .isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM department WHERE manager_id IS NOT NULL"
                    + " AND manager_id NOT IN (SELECT id FROM employee)"))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM department WHERE manager_id IS NOT NULL"))
        .as("managers set by the cycle-breaking UPDATE")
        .isPositive();
  }

  @Test
  void aTwoTableCycleIsFilledAndItsNullableSideSetAfterwards() throws SQLException {
    db = new InMemoryH2(CYCLE);

    PopulateReport report = db.populate(cycle());

    assertThat(report.rows("department")).isEqualTo(20);
    assertThat(db.count("SELECT COUNT(*) FROM employee")).isEqualTo(300);
    assertCycleIntact();
  }

  @Test
  void truncateRefillsACycleWithTheConfiguredCounts() throws SQLException {
    db = new InMemoryH2(CYCLE);
    db.populate(cycle());

    db.populate(cycle().withMode(Mode.TRUNCATE).withSeed(7));

    assertThat(db.count("SELECT COUNT(*) FROM department")).isEqualTo(20);
    assertThat(db.count("SELECT COUNT(*) FROM employee")).isEqualTo(300);
    assertCycleIntact();
  }

  @Test
  void appendDoublesACycleWithoutRepeatingAKey() throws SQLException {
    db = new InMemoryH2(CYCLE);
    db.populate(cycle());

    db.populate(cycle().withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM department")).isEqualTo(40);
    assertThat(db.count("SELECT COUNT(*) FROM employee")).isEqualTo(600);
    assertThat(db.count("SELECT COUNT(DISTINCT code) FROM department")).isEqualTo(40);
    assertThat(db.count("SELECT COUNT(DISTINCT email) FROM employee")).isEqualTo(600);
    assertCycleIntact();
  }

  @Test
  void aTreeOnlyPointsAtEarlierRowsAndHasRoots() throws SQLException {
    db =
        new InMemoryH2(
            "CREATE TABLE category (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL,"
                + " parent_id INTEGER REFERENCES category (id))");

    db.populate(SynthConfig.defaults().withRows(1_000));
    db.populate(SynthConfig.defaults().withRows(500).withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM category")).isEqualTo(1_500);
    assertThat(db.count("SELECT COUNT(*) FROM category WHERE parent_id >= id")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM category WHERE parent_id IS NULL")).isPositive();
    assertThat(db.count("SELECT COUNT(*) FROM category WHERE parent_id IS NOT NULL"))
        .isGreaterThan(750);
  }

  @Test
  void aCycleOfNotNullForeignKeysFailsNamingBothTablesAndWritesNothing() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE unrelated (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL);
        CREATE TABLE hen (id INTEGER PRIMARY KEY, egg_id INTEGER NOT NULL);
        CREATE TABLE egg (id INTEGER PRIMARY KEY,
          hen_id INTEGER NOT NULL REFERENCES hen (id));
        ALTER TABLE hen ADD FOREIGN KEY (egg_id) REFERENCES egg (id);
        """);

    assertThatThrownBy(() -> db.populate(SynthConfig.defaults().withRows(10)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("HEN")
        .hasMessageContaining("EGG")
        .hasMessageContaining("cycle");
    assertThat(db.count("SELECT COUNT(*) FROM unrelated")).isZero();
  }

  @Test
  void anExcludedLookupTableIsReferencedAndKeepsItsRows() throws SQLException {
    db = new InMemoryH2(LOOKUP);
    db.execute(
        "INSERT INTO country VALUES ('NL', 'Netherlands'), ('BE', 'Belgium'),"
            + " ('LU', 'Luxembourg')");
    String countries = db.dump("country", "code");

    db.populate(SynthConfig.defaults().withRows(400).withExcludes(List.of("country")));

    assertThat(db.dump("country", "code")).isEqualTo(countries);
    assertThat(db.count("SELECT COUNT(*) FROM customer")).isEqualTo(400);
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM customer WHERE country_code NOT IN (SELECT code FROM country)"))
        .isZero();
    assertThat(db.count("SELECT COUNT(DISTINCT country_code) FROM customer")).isEqualTo(3);
  }

  @Test
  void anExcludedEmptyParentOfANotNullForeignKeyFailsThePlan() throws SQLException {
    db = new InMemoryH2(LOOKUP);

    assertThatThrownBy(() -> db.populate(SynthConfig.defaults().withExcludes(List.of("country"))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("COUNTRY")
        .hasMessageContaining("CUSTOMER")
        .hasMessageContaining("empty");
    assertThat(db.count("SELECT COUNT(*) FROM customer")).isZero();
  }

  @Test
  void anExcludedEmptyParentOfANullableForeignKeyLeavesItNull() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE country (code CHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL);
        CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL,
          country_code CHAR(2) REFERENCES country (code));
        """);

    db.populate(SynthConfig.defaults().withRows(50).withExcludes(List.of("country")));

    assertThat(db.count("SELECT COUNT(*) FROM customer")).isEqualTo(50);
    assertThat(db.count("SELECT COUNT(*) FROM customer WHERE country_code IS NOT NULL")).isZero();
  }
}
