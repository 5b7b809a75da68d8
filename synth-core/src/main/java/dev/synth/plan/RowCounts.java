package dev.synth.plan;

import dev.synth.PlanException;
import dev.synth.config.PerParent;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.generate.Seeds;
import dev.synth.schema.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How many rows each filled table gets: its configured count, the learned or default count times
 * the scale, or the sum of a per-parent draw for child tables sized by their parent.
 *
 * <pre>{@code
 * RowCounts counts = new RowCounts(config, resolved, ProfileGuide.NONE, parentRows);
 * counts.rows(orderItem); // e.g. 2,987 for 1,000 orders with 1..5 items each
 * }</pre>
 */
final class RowCounts {
  private final SynthConfig config;
  private final ResolvedConfig resolved;
  private final ProfileGuide profile;
  private final Function<QualifiedName, Long> existingParentRows;
  private final Map<QualifiedName, Long> rows = new HashMap<>();
  private final Map<QualifiedName, long[]> firstChild = new HashMap<>();
  private final Set<QualifiedName> visiting = new HashSet<>();

  /**
   * @param existingParentRows rows of the parent of a child sized per parent, when that parent is
   *     not filled
   */
  RowCounts(
      SynthConfig config,
      ResolvedConfig resolved,
      ProfileGuide profile,
      Function<QualifiedName, Long> existingParentRows) {
    this.config = config;
    this.resolved = resolved;
    this.profile = profile;
    this.existingParentRows = existingParentRows;
  }

  long rows(QualifiedName table) {
    Long known = rows.get(table);
    if (known != null) {
      return known;
    }
    if (!visiting.add(table)) {
      throw new PlanException(
          "perParent sizing loops back to " + table + "; size one table by rows");
    }
    TableConfig tc = resolved.table(table);
    long n;
    if (tc.perParent() != null) {
      n = sizeByParent(table, tc.perParent());
    } else {
      n = unsized(config, tc, profile.rows(table));
    }
    visiting.remove(table);
    rows.put(table, n);
    return n;
  }

  /**
   * The rows of a table not sized by its parents: its own count, else the learned one (or the
   * default) times the scale.
   */
  static long unsized(SynthConfig config, TableConfig tc, Optional<Long> learned) {
    return tc.rows() != null ? tc.rows() : scaled(learned.orElse(config.rows()), config);
  }

  /** A row count times the run's scale, rounded; a non-empty table keeps at least one row. */
  private static long scaled(long rows, SynthConfig config) {
    if (config.scale() == 1 || rows == 0) {
      return rows;
    }
    return Math.max(1, Math.round(rows * config.scale()));
  }

  /** For a child sized per parent: the first child row of every parent row. */
  long[] firstChild(QualifiedName child) {
    rows(child);
    return firstChild.get(child);
  }

  private long sizeByParent(QualifiedName child, PerParent perParent) {
    QualifiedName parent =
        resolved.filled().stream()
            .filter(q -> q.matches(perParent.table()))
            .findFirst()
            .orElse(null);
    long parents = parent != null ? rows(parent) : existingParentRows.apply(child);
    if (parents > Integer.MAX_VALUE - 8) {
      throw new PlanException(
          "perParent sizing of " + child + " supports up to 2^31 parents but has " + parents);
    }
    long[] first = new long[(int) parents];
    long key = Seeds.combine(config.seed(), Seeds.key(child.seedKey() + "#perParent"));
    int spread = perParent.max() - perParent.min() + 1;
    long total = 0;
    for (int p = 0; p < parents; p++) {
      first[p] = total;
      total += perParent.min() + Math.floorMod(Seeds.combine(key, p), spread);
    }
    firstChild.put(child, first);
    return total;
  }
}
