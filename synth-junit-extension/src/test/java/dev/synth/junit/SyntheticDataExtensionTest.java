package dev.synth.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.synth.junit.fixtures.InjectsEverything;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class SyntheticDataExtensionTest {

  @Test
  void injectsADataSourceAConnectionADslContextAndTheDataset() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(InjectsEverything.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(4).succeeded(4).failed(0));
  }
}
