package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.junit.fixtures.Facts;
import dev.synth.junit.fixtures.FreshDatabasePerMethod;
import dev.synth.junit.fixtures.ParallelLarge;
import dev.synth.junit.fixtures.ParallelSmall;
import dev.synth.junit.fixtures.RecordsItsUrl;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ResourcesTest {

  @Test
  void fixtureClassesRunInParallelEachWithItsOwnDataAndIsolation() {
    EngineExecutionResults results =
        EngineRun.of(
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8"),
            ParallelSmall.class,
            ParallelLarge.class);

    assertThat(results.allEvents().failed().count()).as(EngineRun.failures(results)).isZero();
    EngineRun.assertPassed(results, 8);
    long[] small = (long[]) Facts.get("ParallelSmall");
    long[] large = (long[]) Facts.get("ParallelLarge");
    assertThat(small[0] < large[1] && large[0] < small[1])
        .as("the two classes' tests overlap in time")
        .isTrue();
  }

  @Test
  void theInMemoryDatabaseOfAClassIsGoneAfterTheClass() {
    EngineRun.of(RecordsItsUrl.class);
    String url = (String) Facts.get("url");

    assertThat(url).startsWith("jdbc:h2:mem:");
    assertThatThrownBy(() -> DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", ""))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void theInMemoryDatabaseOfEachMethodIsGoneAfterTheMethod() {
    EngineRun.of(FreshDatabasePerMethod.class);

    for (String key : new String[] {"first.url", "second.url"}) {
      String url = (String) Facts.get(key);
      assertThatThrownBy(() -> DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", ""))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void noGeneratorThreadOutlivesTheRun() throws InterruptedException {
    EngineRun.of(RecordsItsUrl.class, FreshDatabasePerMethod.class);

    long alive = 0;
    for (int i = 0; i < 50; i++) {
      alive =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().startsWith("synth-generate") && t.isAlive())
              .count();
      if (alive == 0) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(alive).isZero();
  }
}
