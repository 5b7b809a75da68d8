package dev.synth.junit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.synth.config.SynthConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * What one {@code @SyntheticData} test class pays before its first test: the example shop schema
 * (13 tables, {@code country} excluded) created in a private in-memory H2 database and filled with
 * 1,000 rows per table. Runs {@link ShopClass} through the Jupiter engine, so it measures the
 * extension's own code path, and times each round from the class's start to its first test's start.
 * Not a test: it prints figures and never fails on time.
 *
 * <pre>{@code
 * ./mvnw -q -pl synth-junit-extension test-compile exec:java \
 *     -Dexec.mainClass=dev.synth.junit.bench.ClassSetupBenchmark -Dexec.classpathScope=test
 * }</pre>
 */
public final class ClassSetupBenchmark {
  private static final int WARM_UP = 20;
  private static final int MEASURED = 20;
  private static final int TABLES = 13;
  private static final int ROWS_PER_TABLE = 1000;

  private ClassSetupBenchmark() {}

  public static void main(String[] args) {
    // Keeps the figures readable: the per-table INFO lines would print 26 times a round.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    double cold = round();
    for (int i = 1; i < WARM_UP; i++) {
      round();
    }
    List<Double> setup = new ArrayList<>();
    List<Double> whole = new ArrayList<>();
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      setup.add(round());
      whole.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(setup);
    Collections.sort(whole);
    double rows = (double) TABLES * ROWS_PER_TABLE;
    System.out.printf(
        "class setup (schema + population), %d rounds after %d warm-up:%n", MEASURED, WARM_UP);
    System.out.printf(
        "  min %.0f ms, median %.0f ms, max %.0f ms; %.0f rows/s at the median%n",
        setup.get(0), median(setup), setup.get(setup.size() - 1), rows / (median(setup) / 1e3));
    System.out.printf("first (cold JVM) round: %.0f ms%n", cold);
    System.out.printf(
        "whole engine run (discovery, setup, test, close): median %.0f ms%n", median(whole));
    SynthConfig config =
        SynthConfig.defaults().withRows(ROWS_PER_TABLE).withExcludes(List.of("country"));
    for (int i = 0; i < WARM_UP; i++) {
      SetupBreakdown.measure(config);
    }
    List<double[]> breakdown = new ArrayList<>();
    for (int i = 0; i < MEASURED; i++) {
      breakdown.add(SetupBreakdown.measure(config));
    }
    SetupBreakdown.print(breakdown);
  }

  /** Runs the class once and returns the milliseconds from its start to its test's start. */
  private static double round() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ShopClass.class)).execute();
    if (results.testEvents().succeeded().count() != 1) {
      throw new IllegalStateException(
          "the benchmark class failed: " + results.allEvents().failed().list());
    }
    Instant classStart = start(results.containerEvents().started().list(), true);
    Instant testStart = start(results.testEvents().started().list(), false);
    return Duration.between(classStart, testStart).toNanos() / 1e6;
  }

  private static Instant start(List<Event> events, boolean ofClass) {
    return events.stream()
        .filter(e -> !ofClass || e.getTestDescriptor().getDisplayName().equals("ShopClass"))
        .map(Event::getTimestamp)
        .findFirst()
        .orElseThrow();
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
