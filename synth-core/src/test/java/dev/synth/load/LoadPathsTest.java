package dev.synth.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.introspect.SchemaReader;
import dev.synth.plan.Plan;
import dev.synth.plan.Planner;
import dev.synth.servers.ServerDatabase;
import dev.synth.servers.ServerDatabase.Server;
import dev.synth.testing.Dumps;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed stores the same rows whichever way they reach PostgreSQL. */
class LoadPathsTest {
  private static final String[] TABLES = {"customer", "orders", "department", "employee"};

  private static final SynthConfig CONFIG =
      SynthConfig.defaults()
          .withRows(300)
          .withTable("customer", TableConfig.DEFAULT.withRows(SuspendedKeys.BULK_ROWS + 7))
          .withExcludes(List.of("country"));

  @Test
  void copyAndJdbcBatchesStoreIdenticalRowsForTheSameSeed() throws Exception {
    String copied = load((c, table, columns, batch) -> CopyWriter.open(c, table, columns));
    String batched = load(Writers::batchInsert);

    assertThat(copied).contains("@").hasSizeGreaterThan(1_000_000);
    assertThat(batched).isEqualTo(copied);
  }

  private static String load(PlanLoader.Inserts inserts) throws Exception {
    try (ServerDatabase db = ServerDatabase.create(Server.POSTGRES)) {
      db.runScript("servers/postgres-shop.sql");
      try (Connection c = db.connect()) {
        Plan plan = Planner.plan(SchemaReader.read(c, null), CONFIG, new JdbcFacts(c));
        new PlanLoader(c, 500, 2, inserts).load(plan);
        return Dumps.of(c, TABLES);
      }
    }
  }
}
