package dev.synth.evaluate;

import dev.synth.introspect.SchemaReader;
import dev.synth.learn.ProfileOptions;
import dev.synth.learn.Profiler;
import dev.synth.profile.Profile;
import dev.synth.profile.TableProfile;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares a synthetic database with its reference, a source database or a profile of one: per
 * column 1 - KS (numbers, dates, text lengths) or 1 - TVD (categories), per table the mean absolute
 * difference of the correlations, per foreign key 1 - TVD of the children-per-parent histograms,
 * and, against a source database, the share of synthetic rows that copy a source row.
 *
 * <p>The synthetic side is measured on the reference's terms, not profiled on its own: a column is
 * compared by the statistic the reference holds for it, whatever the synthetic data looks like.
 * Every statistic is an aggregate the databases compute; only the exact-match check streams rows,
 * holding at most {@link CompareOptions#matchLimit()} hashes. Both databases are only read.
 *
 * <ul>
 *   <li>Numbers, dates and times: 1 - KS between the CDFs the 101 quantile points of each side
 *       describe, NULL counted as one more value below all others (so a changed null fraction costs
 *       its difference); resolution about 0.01. Text: the same on the values' lengths.
 *   <li>Categories: 1 - TVD over the reference's kept values, one "other" share (values the
 *       reference suppressed, and synthetic values it does not name) and the NULL share.
 *   <li>Correlations: the mean absolute difference over the reference's pairs, the synthetic side
 *       sampled like the reference with its category codes; a pair the synthetic side has no
 *       correlation for counts as 0; NaN when the reference has no pair.
 *   <li>Fan-outs: 1 - TVD of the parents' shares over the reference's buckets, plus one bin for
 *       child counts no reference bucket holds.
 *   <li>Exact matches (source databases only): the share of synthetic rows equal to a source row on
 *       every shared column except primary-key, foreign-key, identity and computed ones, by 64-bit
 *       row hashes; see {@link ExactMatches}.
 *   <li>Primary-key, foreign-key and identity columns are compared but marked {@link
 *       ColumnSimilarity#key()}, and left out of the worst column.
 * </ul>
 *
 * <pre>{@code
 * Comparison c = Evaluation.compare(ProfileFile.read(Path.of("app-profile.json")), synthetic);
 * Comparison d = Evaluation.compare(source, synthetic, CompareOptions.defaults());
 * d.table("customer").exactMatchShare(); // OptionalDouble[0.0]
 * }</pre>
 */
public final class Evaluation {
  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  private Evaluation() {}

  /** Compares the synthetic database's default schema with every table of {@code reference}. */
  public static Comparison compare(Profile reference, Connection synthetic) {
    return compare(reference, synthetic, CompareOptions.defaults());
  }

  /**
   * Compares the synthetic database with a profile; the profile holds no rows, so no exact-match
   * share is known. The options' source schema is not used.
   */
  public static Comparison compare(
      Profile reference, Connection synthetic, CompareOptions options) {
    Profile selected = selected(reference, options);
    Profile measured = Profiler.measure(synthetic, options.syntheticSchema(), selected);
    Schema syntheticModel = SchemaReader.read(synthetic, options.syntheticSchema());
    List<TableComparison> tables = new ArrayList<>();
    for (int i = 0; i < selected.tables().size(); i++) {
      TableProfile ref = selected.tables().get(i);
      Table syntheticTable = syntheticModel.table(ref.name()).orElseThrow();
      tables.add(logged(TableScores.of(ref, measured.tables().get(i), syntheticTable, null)));
    }
    return new Comparison(tables);
  }

  /** Compares the default schemas of two databases, every table of the source. */
  public static Comparison compare(Connection source, Connection synthetic) {
    return compare(source, synthetic, CompareOptions.defaults());
  }

  /**
   * Compares two databases. The source is profiled in memory with k = 1 (no value suppressed,
   * nothing written), the synthetic database measured on that profile's terms, and the exact-match
   * share counted. {@code source} and {@code synthetic} may be the same connection.
   */
  public static Comparison compare(
      Connection source, Connection synthetic, CompareOptions options) {
    Profile reference =
        Profiler.profile(
            source,
            ProfileOptions.defaults()
                .withSchema(options.sourceSchema())
                .withIncludes(options.includes())
                .withExcludes(options.excludes())
                .withK(1));
    Profile measured = Profiler.measure(synthetic, options.syntheticSchema(), reference);
    Schema sourceModel = SchemaReader.read(source, options.sourceSchema());
    Schema syntheticModel = SchemaReader.read(synthetic, options.syntheticSchema());
    List<TableComparison> tables = new ArrayList<>();
    for (int i = 0; i < reference.tables().size(); i++) {
      TableProfile ref = reference.tables().get(i);
      Table sourceTable = sourceModel.table(new QualifiedName(ref.schema(), ref.name()));
      Table syntheticTable = syntheticModel.table(ref.name()).orElseThrow();
      ExactMatches exact =
          ExactMatching.count(source, sourceTable, synthetic, syntheticTable, options.matchLimit())
              .orElse(null);
      tables.add(logged(TableScores.of(ref, measured.tables().get(i), syntheticTable, exact)));
    }
    return new Comparison(tables);
  }

  /** The reference's tables narrowed by the options' includes and excludes. */
  private static Profile selected(Profile reference, CompareOptions options) {
    Set<String> included = names(reference, options.includes());
    Set<String> excluded = names(reference, options.excludes());
    List<TableProfile> tables =
        reference.tables().stream()
            .filter(t -> included.isEmpty() || included.contains(t.name()))
            .filter(t -> !excluded.contains(t.name()))
            .toList();
    return new Profile(
        reference.formatVersion(),
        reference.k(),
        tables,
        reference.suppressed(),
        reference.privacy());
  }

  /** The profile's names of user-typed table names; an unknown name fails with the known ones. */
  private static Set<String> names(Profile reference, List<String> userNames) {
    Set<String> names = new LinkedHashSet<>();
    userNames.forEach(n -> names.add(reference.table(n).name()));
    return names;
  }

  private static TableComparison logged(TableComparison t) {
    LOG.info(
        "Compared {}: worst column {}, correlation MAD {}, exact-match share {}",
        t.table(),
        t.worstColumn().map(Object::toString).orElse("none"),
        Double.isNaN(t.correlationMad())
            ? "none"
            : String.format(Locale.ROOT, "%.3f", t.correlationMad()),
        t.exactMatchShare().isPresent()
            ? String.format(Locale.ROOT, "%.3f", t.exactMatchShare().getAsDouble())
            : "unknown");
    return t;
  }
}
