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
}
