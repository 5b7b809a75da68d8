/**
 * Evaluation: how alike a synthetic database is to its source, or to the source's profile. The
 * synthetic side is measured on the reference's terms by {@link dev.synth.learn.Profiler#measure}
 * (aggregates the database computes), then compared statistic by statistic here; the exact-match
 * check streams row hashes through a bounded set. No SQL is built in this package.
 *
 * <pre>{@code
 * Comparison comparison = Evaluation.compare(source, synthetic, CompareOptions.defaults());
 * System.out.println(comparison.summary());
 * }</pre>
 */
package dev.synth.evaluate;
