package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.LoadException;
import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.servers.ServerDatabase.Server;
import dev.synth.testing.Dumps;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Loading MariaDB through Connector/J's bulk protocol (its default for batched inserts) and through
 * plain JDBC batches: the same rows, and a refused row named exactly either way.
 */
class MariadbLoadTest {
  private static final String PLAIN = "?useBulkStmts=false&useBulkStmtsForInserts=false";
  private static final String[] TYPES_TABLES = {"counter", "document", "moment"};

  private static String populateAndDump(ServerDatabase db, String urlOptions) throws Exception {
    try (Synth synth = Synth.connect(db.url() + urlOptions, db.user(), "")) {
      synth.runScript(Fixtures.read("servers/mariadb-types.sql"), "mariadb-types.sql");
      synth.populate(SynthConfig.defaults().withRows(2500).withSeed(11).withBatchSize(1000));
    }
    try (Connection c = db.connect()) {
      return Dumps.of(c, TYPES_TABLES);
    }
  }

  @Test
  void theSameSeedGivesIdenticalRowsThroughBulkAndPlainBatches() throws Exception {
    try (ServerDatabase bulk = ServerDatabase.create(Server.MARIADB);
        ServerDatabase plain = ServerDatabase.create(Server.MARIADB)) {
      String viaBulk = populateAndDump(bulk, "");
      String viaPlain = populateAndDump(plain, PLAIN);

      assertThat(bulk.count("SELECT COUNT(*) FROM document")).isEqualTo(2500);
      assertThat(viaBulk).isEqualTo(viaPlain);
    }
  }

  @Test
  void aRefusedRowInTheMiddleOfABulkBatchIsNamedExactly() throws Exception {
    assertRefusedRowIsNamed("");
  }

  @Test
  void aRefusedRowInTheMiddleOfAPlainBatchIsNamedExactly() throws Exception {
    assertRefusedRowIsNamed(PLAIN);
  }

  private static void assertRefusedRowIsNamed(String urlOptions) throws Exception {
    try (ServerDatabase db = ServerDatabase.create(Server.MARIADB)) {
      try (Connection c = db.connect();
          Statement st = c.createStatement()) {
        st.execute("CREATE TABLE item (id INT AUTO_INCREMENT PRIMARY KEY, qty INT NOT NULL)");
        st.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON item FOR EACH ROW IF NEW.id = 1500 THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'row 1500 refused'; END IF");
      }
      try (Synth synth = Synth.connect(db.url() + urlOptions, db.user(), "")) {
        assertThatThrownBy(
                () -> synth.populate(SynthConfig.defaults().withRows(3000).withBatchSize(1000)))
            .isInstanceOf(LoadException.class)
            .hasMessageContaining("at row 1500:")
            .hasMessageContaining("row 1500 refused");
      }
      assertThat(db.count("SELECT COUNT(*) FROM item")).isZero();
    }
  }
}
