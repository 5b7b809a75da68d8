package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KendallTauTest {

  @Test
  void agreesWithCountingEveryPairIncludingTiesAndNulls() {
    SplittableRandom random = new SplittableRandom(3);
    double[] x = new double[400];
    double[] y = new double[400];
    for (int i = 0; i < x.length; i++) {
      x[i] = i % 17 == 0 ? Double.NaN : random.nextInt(30);
      y[i] = i % 23 == 0 ? Double.NaN : x[i] + random.nextInt(20);
    }

    KendallTau tau = KendallTau.of(x.clone(), y.clone());

    assertThat(tau.value()).isCloseTo(byPairs(x, y), within(1e-12));
    assertThat(tau.n()).isEqualTo(count(x, y));
  }

  @Test
  void perfectOrderIsOneAndReversedOrderMinusOne() {
    double[] up = {1, 2, 3, 4, 5};
    double[] down = {9, 7, 5, 3, 1};

    assertThat(KendallTau.of(up, up).value()).isEqualTo(1);
    assertThat(KendallTau.of(up, down).value()).isEqualTo(-1);
    assertThat(KendallTau.of(new double[] {1}, new double[] {2}).value()).isZero();
  }

  @Test
  void oneChangedRowMovesTauByAtMostFourOverN() {
    SplittableRandom random = new SplittableRandom(4);
    int n = 200;
    double worst = 0;
    for (int trial = 0; trial < 200; trial++) {
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextDouble();
        y[i] = x[i] + random.nextDouble() * (trial % 5);
      }
      double before = KendallTau.of(x.clone(), y.clone()).value();
      x[0] = random.nextBoolean() ? -1 : 2;
      y[0] = random.nextBoolean() ? -10 : 20;
      worst = Math.max(worst, Math.abs(KendallTau.of(x, y).value() - before));
    }

    assertThat(worst).isGreaterThan(0).isLessThanOrEqualTo(4.0 / n + 1e-12);
  }

  private static double byPairs(double[] x, double[] y) {
    long score = 0;
    int n = count(x, y);
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        if (!Double.isNaN(x[i] + y[i] + x[j] + y[j])) {
          score += (long) (Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]));
        }
      }
    }
    return score / (n * (n - 1) / 2.0);
  }

  private static int count(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      n += Double.isNaN(x[i]) || Double.isNaN(y[i]) ? 0 : 1;
    }
    return n;
  }
}
