package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.PopulateReport;
import dev.synth.PopulateReport.TableReport;
import dev.synth.SynthException;
import dev.synth.config.Mode;
import dev.synth.plan.Plan;
import dev.synth.plan.TablePlan;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a plan in one transaction: empties the tables in truncate mode, inserts every table in
 * order (large PostgreSQL tables without their keys, see {@link SuspendedKeys}), applies the
 * cycle-breaking UPDATEs and commits; any failure rolls everything back. Then moves identities past
 * the inserted keys.
 *
 * <pre>{@code
 * PopulateReport report = new PlanLoader(connection, 1000).load(plan);
 * }</pre>
 */
public final class PlanLoader {
  private static final Logger LOG = LoggerFactory.getLogger(PlanLoader.class);

  private final Connection connection;
  private final int batchSize;
  private final int threads;
  private final Inserts inserts;

  /** Opens the writer that inserts a table's rows; {@link Writers#insert} unless a test says. */
  @FunctionalInterface
  interface Inserts {
    RowWriter open(Connection c, Table table, List<String> columns, int batchSize);
  }

  public PlanLoader(Connection connection, int batchSize) {
    this(connection, batchSize, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** With a chosen number of generator threads; the data does not depend on it. */
  PlanLoader(Connection connection, int batchSize, int threads) {
    this(connection, batchSize, threads, Writers::insert);
  }

  /** With a chosen way of inserting rows; the data does not depend on it either. */
  PlanLoader(Connection connection, int batchSize, int threads, Inserts inserts) {
    this.connection = connection;
    this.batchSize = batchSize;
    this.threads = threads;
    this.inserts = inserts;
  }

  public PopulateReport load(Plan plan) {
    List<TableReport> reports = new ArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      connection.setAutoCommit(false);
      if (plan.mode() == Mode.TRUNCATE) {
        empty(plan);
      }
      Constraints.deferToCommit(connection, plan.deferredConstraints());
      SuspendedKeys keys = suspendKeys(plan);
      RowPipeline pipeline = new RowPipeline(workers, Math.min(batchSize, 4096), 2 * threads + 2);
      for (TablePlan table : plan.tables()) {
        reports.add(insert(table, pipeline));
      }
      keys.restoreIndexes();
      for (TablePlan table : plan.tables()) {
        updateDeferred(table);
      }
      keys.restoreForeignKeys();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      throw rolledBack(e);
    } finally {
      stop(workers);
    }
    moveIdentities(plan);
    return new PopulateReport(plan.seed(), reports);
  }

  private void empty(Plan plan) {
    Map<Table, List<String>> cycles = new HashMap<>();
    for (TablePlan t : plan.tables()) {
      for (ForeignKey fk : t.deferred()) {
        cycles.computeIfAbsent(t.table(), k -> new ArrayList<>()).addAll(fk.columns());
      }
    }
    Cleaner.empty(connection, plan.tablesToEmpty(), cycles);
  }

  /** Large PostgreSQL tables are filled without their keys, which are rebuilt once at the end. */
  private SuspendedKeys suspendKeys(Plan plan) {
    if (!SqlNames.of(connection).isPostgres()) {
      return SuspendedKeys.none();
    }
    List<Table> bulk =
        plan.tables().stream()
            .filter(t -> t.rows() >= SuspendedKeys.BULK_ROWS)
            .map(TablePlan::table)
            .toList();
    return SuspendedKeys.suspend(connection, bulk);
  }

  private TableReport insert(TablePlan plan, RowPipeline pipeline) {
    Table table = plan.table();
    long start = System.nanoTime();
    try (RowWriter writer =
        inserts.open(connection, table, table.writableColumnNames(), batchSize)) {
      pipeline.run(plan.generator(), writer);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    TableReport report = new TableReport(table.name().toString(), plan.rows(), seconds);
    LOG.info(
        "{}: {} rows in {} s ({} rows/s)",
        table.name(),
        plan.rows(),
        String.format("%.2f", seconds),
        String.format("%,.0f", report.rowsPerSecond()));
    return report;
  }

  private void updateDeferred(TablePlan plan) {
    if (plan.deferred().isEmpty()) {
      return;
    }
    List<String> set = new ArrayList<>();
    for (ForeignKey fk : plan.deferred()) {
      set.addAll(fk.columns());
    }
    List<String> all = new ArrayList<>(set);
    all.addAll(plan.rowKey());
    try (RowWriter writer =
        Writers.batchUpdate(connection, plan.table(), plan.rowKey(), set, batchSize)) {
      for (long i = 0; i < plan.rows(); i++) {
        writer.write(plan.generator().values(i, all));
      }
    }
    LOG.info("{}: set {} after inserting (cycle break)", plan.table().name(), set);
  }

  private void moveIdentities(Plan plan) {
    try {
      for (TablePlan table : plan.tables()) {
        for (Column column : table.table().columns()) {
          if (column.identity()) {
            Identities.moveAfterMax(connection, table.table(), column);
          }
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new LoadException(
          "the rows were written, but moving identity columns past them failed: " + e.getMessage(),
          e);
    }
  }

  private static SynthException rolledBack(Exception e) {
    if (e instanceof SynthException && !(e instanceof LoadException)) {
      return (SynthException) e;
    }
    Throwable cause = e instanceof LoadException && e.getCause() != null ? e.getCause() : e;
    return new LoadException(
        e.getMessage()
            + ". Nothing was kept: every table was rolled back to its state before"
            + " the run.",
        cause);
  }

  /** No generator thread outlives the run (a test class must not leave threads behind). */
  private static void stop(ExecutorService workers) {
    workers.shutdownNow();
    try {
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("generator threads did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "synth-generate");
      t.setDaemon(true);
      return t;
    };
  }
}
