package dev.synth.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * A histogram over a {@link QuantileGrid} at several levels, each level's bins {@link
 * QuantileGrid#factor()} times as wide as the one below, with noise, and the quantiles read from
 * it. Counts arrive bin by bin in ascending order (the source sorts them), so only one open bin per
 * level and the released bins are held: memory does not grow with the table.
 *
 * <p>A row falls in one bin per level, so each level gets an equal part of the epsilon and delta of
 * its share (sequential composition); a bin is released when its noisy count reaches the level's
 * {@link StableThreshold}. The quantiles come top-down: the released top bins hold the mass; each
 * passes to its released children their noisy counts and keeps the rest, spread evenly over its
 * width (the children that did not pass hold fewer rows than the bar, but where they are is
 * unknown). Where data is dense the fine bins pass and the quantiles are sharp; where it is sparse
 * only coarse bins do.
 */
final class NoisyTree {
  private final QuantileGrid grid;
  private final Noise noise;
  private final double epsilon;
  private final long bar;
  private final long[] open;
  private final long[] counts;
  private final List<List<long[]>> released = new ArrayList<>();
  private long last = Long.MIN_VALUE;

  /** A tree that spends {@code epsilon} with threshold {@code bar} on each level. */
  NoisyTree(QuantileGrid grid, Noise noise, double epsilon, long bar) {
    this.grid = grid;
    this.noise = noise;
    this.epsilon = epsilon;
    this.bar = bar;
    this.open = new long[grid.levels()];
    this.counts = new long[grid.levels()];
    for (int level = 0; level < grid.levels(); level++) {
      released.add(new ArrayList<>());
    }
  }

  /** Adds {@code count} values at {@code position}; positions must not decrease. */
  void add(double position, long count) {
    long bin = grid.bin(position);
    if (bin < last) {
      // The source sorts values as the grid orders them, so this only guards against a driver
      // that does not: a value out of order is left out rather than counted in a wrong bin.
      return;
    }
    last = bin;
    long width = 1;
    for (int level = 0; level < open.length; level++) {
      long node = Math.floorDiv(bin, width);
      if (counts[level] > 0 && node != open[level]) {
        close(level);
      }
      open[level] = node;
      counts[level] += count;
      width *= grid.factor();
    }
  }

  private void close(int level) {
    long noisy = counts[level] + noise.geometric(epsilon, 1);
    if (noisy >= bar) {
      released.get(level).add(new long[] {open[level], noisy});
    }
    counts[level] = 0;
  }

  /** Closes the last bins and reads quantiles p1..p99 as positions; empty when nothing passed. */
  List<Double> quantiles() {
    for (int level = 0; level < open.length; level++) {
      if (counts[level] > 0) {
        close(level);
      }
    }
    List<Piece> refining = new ArrayList<>();
    List<Piece> done = new ArrayList<>();
    int top = open.length - 1;
    for (long[] bin : released.get(top)) {
      refining.add(piece(top, bin[0], bin[1]));
    }
    for (int level = top - 1; level >= 0; level--) {
      refining = refine(refining, level, done);
    }
    done.addAll(refining);
    return quantiles(done);
  }

  /** Mass spread evenly over one bin of one level, from and to as bin positions. */
  private record Piece(int level, long node, double mass, double from, double to) {}

  private Piece piece(int level, long node, double mass) {
    return new Piece(level, node, mass, node * (double) width(level), (node + 1.0) * width(level));
  }

  /**
   * Passes each piece's mass one level down: its released children keep their noisy counts (scaled
   * down if they hold more than the piece), and what they do not explain stays spread over the
   * whole piece, in {@code done}.
   */
  private List<Piece> refine(List<Piece> pieces, int level, List<Piece> done) {
    List<long[]> children = released.get(level);
    List<Piece> out = new ArrayList<>();
    int next = 0;
    for (Piece piece : pieces) {
      List<long[]> mine = new ArrayList<>();
      while (next < children.size()
          && Math.floorDiv(children.get(next)[0], grid.factor()) <= piece.node()) {
        long[] child = children.get(next++);
        if (Math.floorDiv(child[0], grid.factor()) == piece.node()) {
          mine.add(child);
        }
      }
      double sum = mine.stream().mapToDouble(c -> c[1]).sum();
      double scale = sum > piece.mass() ? piece.mass() / sum : 1;
      mine.forEach(c -> out.add(piece(level, c[0], c[1] * scale)));
      if (piece.mass() > sum) {
        done.add(piece(piece.level(), piece.node(), piece.mass() - sum));
      }
    }
    return out;
  }

  private long width(int levels) {
    long width = 1;
    for (int i = 0; i < levels; i++) {
      width *= grid.factor();
    }
    return width;
  }

  /** The quantiles of the mixture of pieces, found by bisection on its cumulative mass. */
  private List<Double> quantiles(List<Piece> pieces) {
    double total = pieces.stream().mapToDouble(Piece::mass).sum();
    List<Double> points = new ArrayList<>();
    if (total <= 0) {
      return points;
    }
    double low = pieces.stream().mapToDouble(Piece::from).min().orElseThrow();
    double high = pieces.stream().mapToDouble(Piece::to).max().orElseThrow();
    for (int p = 1; p <= 99; p++) {
      double target = total * p / 100;
      double a = low;
      double b = high;
      for (int step = 0; step < 60; step++) {
        double mid = (a + b) / 2;
        if (below(pieces, mid) < target) {
          a = mid;
        } else {
          b = mid;
        }
      }
      points.add(grid.value(b));
    }
    return points;
  }

  private static double below(List<Piece> pieces, double position) {
    double mass = 0;
    for (Piece piece : pieces) {
      double share = (position - piece.from()) / (piece.to() - piece.from());
      mass += piece.mass() * Math.max(0, Math.min(1, share));
    }
    return mass;
  }
}
