package dev.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermutationTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 7, 64, 1000, 12_345, 65_537})
  void everyIndexMapsToADistinctIndexInRange(long size) {
    Permutation p = new Permutation(size, 42);
    BitSet seen = new BitSet();
    for (long i = 0; i < size; i++) {
      long v = p.apply(i);
      assertThat(v).isBetween(0L, size - 1);
      assertThat(seen.get((int) v)).as("image of %d repeats", i).isFalse();
      seen.set((int) v);
    }
    assertThat(seen.cardinality()).isEqualTo((int) size);
  }

  @Test
  void differentKeysGiveDifferentOrders() {
    Permutation a = new Permutation(1000, 1);
    Permutation b = new Permutation(1000, 2);
    int same = 0;
    for (long i = 0; i < 1000; i++) {
      same += a.apply(i) == b.apply(i) ? 1 : 0;
    }
    assertThat(same).isLessThan(20);
  }

  @Test
  void itDoesNotKeepTheIdentityOrder() {
    Permutation p = new Permutation(10_000, 42);
    int fixed = 0;
    for (long i = 0; i < 10_000; i++) {
      fixed += p.apply(i) == i ? 1 : 0;
    }
    assertThat(fixed).isLessThan(50);
  }

  @Test
  void anIndexOutsideTheDomainIsRefused() {
    assertThatThrownBy(() -> new Permutation(10, 1).apply(10))
        .hasMessageContaining("index must be in [0, 10) but was 10");
  }
}
