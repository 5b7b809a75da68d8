package dev.synth.junit.bench;

import dev.synth.junit.SyntheticData;
import org.junit.jupiter.api.Test;

/** The test class {@link ClassSetupBenchmark} runs: the shop schema, 1,000 rows per table. */
@SyntheticData(schema = "classpath:bench/shop.sql", rows = 1000, exclude = "country", seed = 42)
public class ShopClass {

  @Test
  void runs() {}
}
