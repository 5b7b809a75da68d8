package dev.synth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.ConfigException;
import dev.synth.config.SynthConfig;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.Privacy;
import dev.synth.profile.PrivacySpend;
import dev.synth.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileOptionsMappingTest {
  private final ProfileMojo mojo = new ProfileMojo(new FakeDecrypter());

  @Test
  void withoutEpsilonTheProfileIsLearnedWithoutNoise() {
    mojo.k = 5;
    mojo.delta = ProfileOptions.DEFAULT_DELTA;

    ProfileOptions options = mojo.options(SynthConfig.defaults());

    assertThat(options.k()).isEqualTo(5);
    assertThat(options.epsilon()).isNull();
  }

  @Test
  void epsilonAndDeltaReachTheProfileOptions() {
    mojo.k = 10;
    mojo.epsilon = 2.5;
    mojo.delta = 1e-8;

    ProfileOptions options = mojo.options(SynthConfig.defaults());

    assertThat(options.epsilon()).isEqualTo(2.5);
    assertThat(options.delta()).isEqualTo(1e-8);
  }

  @Test
  void aNonPositiveEpsilonFailsNamingTheProperty() {
    mojo.k = 10;
    mojo.epsilon = 0.0;

    assertThatThrownBy(() -> mojo.options(SynthConfig.defaults()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("epsilon must be > 0")
        .hasMessageContaining("synth.epsilon > 0");
  }

  @Test
  void theSummaryOfANoisyProfileNamesTheBudget() {
    Privacy privacy =
        new Privacy(
            1.0, 1e-6, List.of(new PrivacySpend("PUBLIC", "T", "rows", null, "geometric", 1, 0)));
    Profile profile = new Profile(10, List.of(), List.of(), privacy);

    assertThat(ProfileMojo.summary(profile, Path.of("p.json")))
        .contains("noise spent epsilon 1.0, delta 1.0E-6");
  }
}
