package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.junit.fixtures.Facts;
import dev.synth.junit.fixtures.FailsInBeforeEach;
import dev.synth.junit.fixtures.FailsWithFixedSeed;
import dev.synth.junit.fixtures.FailsWithRandomSeed;
import dev.synth.junit.fixtures.NoSeed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Isolated: some tests set the {@code synth.seed} system property around an engine run. */
@Isolated
class SeedTest {

  @AfterEach
  void clearProperty() {
    System.clearProperty("synth.seed");
  }

  @Test
  void aFailingTestPublishesItsSeedAndAReplayHint() {
    EngineExecutionResults results = EngineRun.of(FailsWithFixedSeed.class);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    List<Map<String, String>> entries = EngineRun.reportEntries(results);
    assertThat(entries).contains(Map.of("synth.seed", "1234"));
    assertThat(entries)
        .anySatisfy(
            e -> assertThat(e.get("synth.replay")).contains("1234").contains("class annotation"));
  }

  @Test
  void aTestFailingInItsSetUpAlsoPublishesItsSeed() {
    EngineExecutionResults results = EngineRun.of(FailsInBeforeEach.class);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(EngineRun.reportEntries(results)).contains(Map.of("synth.seed", "4321"));
  }

  @Test
  void passingTestsPublishNothing() {
    EngineExecutionResults results = EngineRun.of(NoSeed.class);

    EngineRun.assertPassed(results, 1);
    assertThat(EngineRun.reportEntries(results)).isEmpty();
  }

  @Test
  void randomSeedsDifferBetweenRunsAndTheReportedOneIsTheOneUsed() {
    EngineExecutionResults first = EngineRun.of(FailsWithRandomSeed.class);
    long firstSeed = (Long) Facts.get("seed");
    EngineExecutionResults second = EngineRun.of(FailsWithRandomSeed.class);
    long secondSeed = (Long) Facts.get("seed");

    assertThat(firstSeed).isNotEqualTo(secondSeed);
    assertThat(Facts.get("seedSource")).asString().startsWith("random");
    assertThat(EngineRun.reportEntries(first)).contains(Map.of("synth.seed", "" + firstSeed));
    assertThat(EngineRun.reportEntries(second)).contains(Map.of("synth.seed", "" + secondSeed));
    assertThat(EngineRun.reportEntries(second))
        .contains(
            Map.of(
                "synth.replay",
                "replay with -Dsynth.seed=" + secondSeed + " (or seed = " + secondSeed + ")"));
  }

  @Test
  void theReportedRandomSeedReplaysTheSameData() {
    EngineRun.of(FailsWithRandomSeed.class);
    long seed = (Long) Facts.get("seed");
    Object email = Facts.get("firstEmail");

    System.setProperty("synth.seed", Long.toString(seed));
    EngineRun.of(FailsWithRandomSeed.class);

    assertThat(Facts.get("seed")).isEqualTo(seed);
    assertThat(Facts.get("firstEmail")).isEqualTo(email);
  }

  @Test
  void theSeedSystemPropertyIsUsedWhenNoAnnotationSetsASeed() {
    System.setProperty("synth.seed", "777");
    EngineRun.of(NoSeed.class);

    assertThat(Facts.get("seed")).isEqualTo(777L);
    assertThat(Facts.get("seedSource")).isEqualTo("system property synth.seed");
  }

  @Test
  void withoutAnySeedTheDefaultIs42() {
    EngineRun.of(NoSeed.class);

    assertThat(Facts.get("seed")).isEqualTo(42L);
    assertThat(Facts.get("seedSource")).isEqualTo("default");
  }
}
