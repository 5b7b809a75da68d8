package dev.synth.generate;

/**
 * One column's learned distribution, inverted: the value at position {@code u} of its cumulative
 * distribution. The cell supplies any further randomness the value needs (the words of a text, a
 * value outside the learned categories), so {@code u} alone decides where in the distribution the
 * value lies and a {@link Copula} can correlate columns through it.
 *
 * <pre>{@code
 * Marginal m = ProfiledGenerators.forColumn(table, age, ageProfile, Bounds.NONE).orElseThrow().marginal();
 * Object age = m.at(0.5, cell); // the median age
 * }</pre>
 */
@FunctionalInterface
public interface Marginal {
  Object at(double u, Cell cell);

  /**
   * The stretches of {@code u} over which the value does not change (a category, the zeros of a
   * zero-inflated column): ties that weaken any correlation measured on ranks.
   */
  default java.util.List<Atom> atoms() {
    return java.util.List.of();
  }

  /**
   * Positions {@code from <= u < to} that all give one value.
   *
   * @param from where the stretch starts, in [0, 1]
   * @param to where it ends, in [from, 1]
   */
  record Atom(double from, double to) {}
}
