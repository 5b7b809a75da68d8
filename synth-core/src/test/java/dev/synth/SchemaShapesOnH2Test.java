package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schemas shaped in ways applications really write them: quoting, identities, computed columns. */
class SchemaShapesOnH2Test {
  private InMemoryH2 db;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aGeneratedAlwaysIdentityIsFilledAndContinues() throws SQLException {
    db =
        new InMemoryH2(
            "CREATE TABLE invoice (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " total DECIMAL(10,2) NOT NULL)");

    db.populate(SynthConfig.defaults().withRows(50));

    assertThat(db.count("SELECT COUNT(*) FROM invoice")).isEqualTo(50);
    db.execute("INSERT INTO invoice (total) VALUES (1.00)");
    assertThat(db.count("SELECT MAX(id) FROM invoice")).isEqualTo(51);
  }

  @Test
  void quotedMixedCaseAndReservedNamesAreFilled() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE "Order Item" ("Id" INTEGER PRIMARY KEY, "order" INTEGER NOT NULL,
          "value" VARCHAR(20) NOT NULL, "user" VARCHAR(20));
        CREATE TABLE "line" ("id" INTEGER PRIMARY KEY,
          "item" INTEGER NOT NULL REFERENCES "Order Item" ("Id"));
        """);

    db.populate(SynthConfig.defaults().withRows(30));

    assertThat(db.count("SELECT COUNT(*) FROM \"Order Item\"")).isEqualTo(30);
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM \"line\" WHERE \"item\" NOT IN"
                    + " (SELECT \"Id\" FROM \"Order Item\")"))
        .isZero();
  }

  @Test
  void computedAndDefaultSequenceColumnsAreLeftToTheDatabase() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE SEQUENCE ticket_seq;
        CREATE TABLE ticket (id BIGINT DEFAULT NEXT VALUE FOR ticket_seq PRIMARY KEY,
          price DECIMAL(8,2) NOT NULL CHECK (price > 0), qty INTEGER NOT NULL CHECK (qty > 0),
          total DECIMAL(12,2) GENERATED ALWAYS AS (price * qty));
        """);

    db.populate(SynthConfig.defaults().withRows(40));

    assertThat(db.count("SELECT COUNT(*) FROM ticket WHERE total <> price * qty")).isZero();
    db.execute("INSERT INTO ticket (price, qty) VALUES (1.00, 1)");
    assertThat(db.count("SELECT COUNT(DISTINCT id) FROM ticket")).isEqualTo(41);
  }

  @Test
  void aTableInAnotherSchemaIsFilledWhenThatSchemaIsChosen() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE SCHEMA app;
        CREATE TABLE app.customer (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
        CREATE TABLE app.orders (id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES app.customer (id));
        CREATE TABLE public.untouched (id INTEGER PRIMARY KEY);
        """);

    db.populate(SynthConfig.defaults().withRows(25).withSchema("APP"));

    assertThat(db.count("SELECT COUNT(*) FROM app.orders")).isEqualTo(25);
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM app.orders WHERE customer_id NOT IN"
                    + " (SELECT id FROM app.customer)"))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM public.untouched")).isZero();
  }

  @Test
  void twoForeignKeysToOneParentThatMustDifferAreNeverEqual() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE account (id INTEGER PRIMARY KEY, iban VARCHAR(34) NOT NULL);
        CREATE TABLE transfer (id INTEGER PRIMARY KEY,
          from_id INTEGER NOT NULL REFERENCES account (id),
          to_id INTEGER NOT NULL REFERENCES account (id), CHECK (from_id <> to_id));
        """);

    db.populate(
        SynthConfig.defaults()
            .withTable("account", new TableConfig(5L, null, Map.of()))
            .withTable("transfer", new TableConfig(500L, null, Map.of())));

    assertThat(db.count("SELECT COUNT(*) FROM transfer")).isEqualTo(500);
    assertThat(db.count("SELECT COUNT(*) FROM transfer WHERE from_id = to_id")).isZero();
  }

  @Test
  void aNotNullSelfReferenceLetsTheFirstRowPointAtItself() throws SQLException {
    db =
        new InMemoryH2(
            "CREATE TABLE node (id INTEGER PRIMARY KEY,"
                + " parent_id INTEGER NOT NULL REFERENCES node (id))");

    db.populate(SynthConfig.defaults().withRows(100));

    assertThat(db.count("SELECT COUNT(*) FROM node")).isEqualTo(100);
    assertThat(db.count("SELECT COUNT(*) FROM node WHERE parent_id > id")).isZero();
  }

  @Test
  void aUniqueKeyTooSmallForTheRowsFailsThePlanWithTheNumbers() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE flag (id INTEGER PRIMARY KEY, tiny TINYINT NOT NULL UNIQUE);
        CREATE TABLE other (id INTEGER PRIMARY KEY);
        """);

    assertThatThrownBy(() -> db.populate(SynthConfig.defaults().withRows(300)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("TINY")
        .hasMessageContaining("256")
        .hasMessageContaining("300");
    assertThat(db.count("SELECT COUNT(*) FROM other")).isZero();
  }

  @Test
  void smallUniqueDomainsAreFilledToTheirCapacity() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE tiny (id INTEGER PRIMARY KEY, t TINYINT NOT NULL UNIQUE,
          d DECIMAL(3,1) NOT NULL UNIQUE CHECK (d >= 0));
        CREATE TABLE pick (id INTEGER PRIMARY KEY, b BOOLEAN NOT NULL UNIQUE,
          e ENUM('x', 'y') NOT NULL UNIQUE,
          s VARCHAR(10) NOT NULL UNIQUE CHECK (s IN ('a', 'b')));
        """);

    db.populate(
        SynthConfig.defaults()
            .withTable("tiny", new TableConfig(256L, null, Map.of()))
            .withTable("pick", new TableConfig(2L, null, Map.of())));

    assertThat(db.count("SELECT COUNT(DISTINCT t) FROM tiny")).isEqualTo(256);
    assertThat(db.count("SELECT COUNT(DISTINCT d) FROM tiny")).isEqualTo(256);
    assertThat(
            db.count(
                "SELECT COUNT(DISTINCT b) + COUNT(DISTINCT e) + COUNT(DISTINCT s)" + " FROM pick"))
        .isEqualTo(6);
  }
}
