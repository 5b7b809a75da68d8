package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileOptionsTest {

  @Test
  void byDefaultNoNoiseIsAddedAndAnEpsilonRunUsesASmallDelta() {
    assertThat(ProfileOptions.defaults().epsilon()).isNull();
    assertThat(ProfileOptions.defaults().withEpsilon(1.0).delta()).isEqualTo(1e-6);
  }

  @Test
  void epsilonMustBePositiveAndFinite() {
    assertThatThrownBy(() -> ProfileOptions.defaults().withEpsilon(0.0))
        .hasMessage("epsilon must be > 0 and finite (or unset for no noise) but was 0.0");
    assertThatThrownBy(() -> ProfileOptions.defaults().withEpsilon(Double.POSITIVE_INFINITY))
        .hasMessageContaining("but was Infinity");
  }

  @Test
  void deltaMustBeAtLeastZeroAndBelowOne() {
    assertThatThrownBy(() -> ProfileOptions.defaults().withDelta(1))
        .hasMessage("delta must be >= 0 and < 1 but was 1.0");
    assertThatThrownBy(() -> ProfileOptions.defaults().withDelta(-0.1))
        .hasMessageContaining("but was -0.1");
    assertThat(ProfileOptions.defaults().withDelta(0).delta()).isZero();
  }
}
