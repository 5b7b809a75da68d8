package dev.synth.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.LoadException;
import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.servers.ServerDatabase;
import dev.synth.servers.ServerDatabase.Server;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Large PostgreSQL tables are filled without their keys, which come back exactly as they were. */
class SuspendedKeysTest {
  private static final String SCHEMA =
      """
      CREATE TABLE parent (id BIGINT PRIMARY KEY, code TEXT NOT NULL, active BOOLEAN NOT NULL,
        CONSTRAINT parent_code UNIQUE (code));
      CREATE UNIQUE INDEX parent_active_code ON parent (lower(code)) WHERE active;
      CREATE INDEX parent_by_active ON parent (active, id DESC);
      CREATE TABLE child (id BIGINT PRIMARY KEY,
        parent_id BIGINT NOT NULL REFERENCES parent (id) ON DELETE CASCADE
          DEFERRABLE INITIALLY DEFERRED,
        buddy_id BIGINT,
        qty INTEGER NOT NULL CHECK (qty > 0));
      ALTER TABLE child ADD CONSTRAINT child_buddy FOREIGN KEY (buddy_id) REFERENCES child (id);
      CREATE TABLE note (id INTEGER PRIMARY KEY, parent_id BIGINT REFERENCES parent (id));
      """;

  private static final String PKEY_OID = "SELECT 'parent_pkey'::regclass::oid::bigint";

  private static final SynthConfig CONFIG =
      SynthConfig.defaults()
          .withTable("parent", TableConfig.DEFAULT.withRows(SuspendedKeys.BULK_ROWS))
          .withTable("child", TableConfig.DEFAULT.withRows(2 * SuspendedKeys.BULK_ROWS))
          .withExcludes(List.of("note"));

  @Test
  void keysAndIndexesOfLargeTablesAreTheSameAfterTheLoad() throws Exception {
    try (ServerDatabase db = ServerDatabase.create(Server.POSTGRES)) {
      runScript(db, SCHEMA);
      List<String> before = definitions(db);
      long pkey = db.count(PKEY_OID);

      populate(db, CONFIG);

      assertThat(db.count(PKEY_OID)).as("parent_pkey was re-created").isNotEqualTo(pkey);
      assertThat(definitions(db)).isEqualTo(before).hasSizeGreaterThanOrEqualTo(10);
      assertThat(db.count("SELECT COUNT(*) FROM child")).isEqualTo(2 * SuspendedKeys.BULK_ROWS);
      assertThat(db.count("SELECT COUNT(*) FROM child WHERE buddy_id IS NOT NULL")).isPositive();
    }
  }

  @Test
  void aFailedLoadLeavesTheKeysInPlaceAndTheTablesEmpty() throws Exception {
    String failing =
        SCHEMA
            + """
            CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.id % 15000 = 0 THEN RAISE EXCEPTION 'refused row %', NEW.id; END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON child FOR EACH ROW EXECUTE FUNCTION refuse();
            """;
    try (ServerDatabase db = ServerDatabase.create(Server.POSTGRES)) {
      runScript(db, failing);
      List<String> before = definitions(db);

      assertThatThrownBy(() -> populate(db, CONFIG))
          .isInstanceOf(LoadException.class)
          .hasMessageContaining("refused row 15000")
          .hasMessageContaining("rolled back");

      assertThat(definitions(db)).isEqualTo(before);
      assertThat(db.count("SELECT COUNT(*) FROM parent")).isZero();
    }
  }

  @Test
  void keysThatCannotBeDroppedStayAndTheLoadStillSucceeds() throws Exception {
    String pinned =
        SCHEMA + "CREATE VIEW parent_codes AS SELECT p.id, p.code FROM parent p GROUP BY p.id;";
    try (ServerDatabase db = ServerDatabase.create(Server.POSTGRES)) {
      runScript(db, pinned);
      List<String> before = definitions(db);
      long pkey = db.count(PKEY_OID);

      populate(db, CONFIG);

      assertThat(db.count(PKEY_OID)).as("parent_pkey was kept").isEqualTo(pkey);
      assertThat(definitions(db)).isEqualTo(before);
      assertThat(db.count("SELECT COUNT(*) FROM parent_codes")).isEqualTo(SuspendedKeys.BULK_ROWS);
    }
  }

  private static void populate(ServerDatabase db, SynthConfig config) {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      synth.populate(config);
    }
  }

  private static void runScript(ServerDatabase db, String script) {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      synth.runScript(script, "schema.sql");
    }
  }

  /** Every constraint and index of the test's schema, as PostgreSQL would re-create it. */
  private static List<String> definitions(ServerDatabase db) throws Exception {
    String sql =
        """
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
        UNION ALL
        SELECT pg_get_indexdef(indexrelid) FROM pg_index
        WHERE indrelid IN (SELECT oid FROM pg_class
                           WHERE relnamespace = current_schema()::regnamespace)
        ORDER BY 1
        """;
    List<String> definitions = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        definitions.add(rs.getString(1));
      }
    }
    return definitions;
  }
}
