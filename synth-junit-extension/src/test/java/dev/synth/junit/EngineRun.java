package dev.synth.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.synth.junit.fixtures.Facts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes through the Jupiter engine, as a build would. */
final class EngineRun {
  private EngineRun() {}

  static EngineExecutionResults of(Class<?>... fixtures) {
    return of(Map.of(), fixtures);
  }

  static EngineExecutionResults of(Map<String, String> configuration, Class<?>... fixtures) {
    Facts.clear();
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(configuration)
        .selectors(
            Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(s -> new DiscoverySelector[s]))
        .execute();
  }

  /** Every key and value the run published with {@code publishReportEntry}. */
  static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(Event::getPayload)
        .flatMap(Optional::stream)
        .map(ReportEntry.class::cast)
        .map(ReportEntry::getKeyValuePairs)
        .toList();
  }

  /** Asserts that {@code tests} tests ran and nothing failed, showing the failures if any did. */
  static void assertPassed(EngineExecutionResults results, int tests) {
    org.assertj.core.api.Assertions.assertThat(results.allEvents().failed().count())
        .as(failures(results))
        .isZero();
    results.testEvents().assertStatistics(s -> s.started(tests).succeeded(tests));
  }

  /** The failures of tests and containers, to show when a run should have passed. */
  static String failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload().orElse(""))
        .toList()
        .toString();
  }
}
