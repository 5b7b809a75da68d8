package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.junit.fixtures.Facts;
import dev.synth.junit.fixtures.FreshDatabasePerMethod;
import dev.synth.junit.fixtures.WritesThenReads;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class IsolationTest {

  @Test
  void aTestsDeletesAndInsertsAreRolledBackBeforeTheNextTest() {
    EngineExecutionResults results = EngineRun.of(WritesThenReads.class);

    EngineRun.assertPassed(results, 3);
    assertThat(Facts.get("writer.orders")).isEqualTo(0L);
    assertThat(Facts.get("writer.customers")).isEqualTo(11L);
    assertThat(Facts.get("reader.customers")).isEqualTo(10);
  }

  @Test
  void aTestThatCommitsStillDoesNotLeakIntoTheNextTest() {
    EngineRun.of(WritesThenReads.class);

    assertThat(Facts.get("reader.orders")).isEqualTo(10);
  }

  @Test
  void perMethodLifecycleGivesEachMethodAFreshDatabase() {
    EngineExecutionResults results = EngineRun.of(FreshDatabasePerMethod.class);

    EngineRun.assertPassed(results, 2);
    assertThat(Facts.get("first.customers")).isEqualTo(11L);
    assertThat(Facts.get("second.customers")).isEqualTo(10L);
    assertThat(Facts.get("second.url")).isNotEqualTo(Facts.get("first.url"));
  }
}
