package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.servers.ServerDatabase.Server;
import dev.synth.testing.Dumps;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * Loading MariaDB through Connector/J's bulk protocol (its default for batched inserts) and through
 * plain JDBC batches: the same rows.
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
}
