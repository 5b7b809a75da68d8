package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalScoresTest {

  @Test
  void inverseCdfMatchesTabulatedQuantilesInCentreAndTails() {
    assertThat(NormalScores.inverseCdf(0.5)).isCloseTo(0, within(1e-9));
    assertThat(NormalScores.inverseCdf(0.8413447460685429)).isCloseTo(1, within(1e-8));
    assertThat(NormalScores.inverseCdf(0.975)).isCloseTo(1.959963984540054, within(1e-8));
    assertThat(NormalScores.inverseCdf(0.025)).isCloseTo(-1.959963984540054, within(1e-8));
    assertThat(NormalScores.inverseCdf(0.001)).isCloseTo(-3.090232306167813, within(1e-8));
    assertThat(NormalScores.inverseCdf(1e-9)).isCloseTo(-5.997807015007686, within(1e-7));
  }

  @Test
  void inverseCdfRefusesProbabilitiesOutsideTheOpenInterval() {
    assertThatThrownBy(() -> NormalScores.inverseCdf(1))
        .hasMessage("p must be strictly between 0 and 1 but was 1.0");
  }

  @Test
  void tiesShareTheScoreOfTheirAverageRankAndNullsStayUnranked() {
    double[] scores = NormalScores.of(new double[] {30, 10, Double.NaN, 20, 20});

    // ranks among the four values: 10 -> 1, 20 and 20 -> 2.5, 30 -> 4; p = rank / 5
    assertThat(scores[1]).isCloseTo(NormalScores.inverseCdf(0.2), within(1e-12));
    assertThat(scores[3]).isEqualTo(scores[4]).isCloseTo(0, within(1e-9));
    assertThat(scores[0]).isCloseTo(-scores[1], within(1e-9));
    assertThat(scores[2]).isNaN();
  }

  @Test
  void monotoneButNonLinearDependenceHasCorrelationOne() {
    double[] x = new double[50];
    double[] y = new double[50];
    for (int i = 0; i < 50; i++) {
      x[i] = i;
      y[i] = Math.exp(i / 5.0);
    }

    assertThat(Correlations.pearson(NormalScores.of(x), NormalScores.of(y), 10))
        .isCloseTo(1, within(1e-12));
  }
}
