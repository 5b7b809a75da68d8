package dev.synth.profile;

import java.util.List;

/**
 * What was learned from a source database: per-table statistics that hold no row-level data, and
 * what the privacy gates suppressed. It holds no seed: generation chooses its own.
 *
 * <pre>{@code
 * Profile profile = synth.profile(ProfileOptions.defaults());
 * ProfileFile.write(profile, Path.of("app-profile.json"));
 * profile.table("ORDERS").rows();
 * }</pre>
 *
 * @param formatVersion the version of the file format, {@value #FORMAT_VERSION} for this release
 * @param k the rare-value threshold: every released categorical value is held by at least k rows,
 *     and every fan-out bucket describes at least k parents
 * @param tables the profiled tables
 * @param suppressed per column, what the rare-value gate merged into "other"
 * @param privacy how the differential-privacy budget was spent, {@code null} (and absent from the
 *     file) when the profile was learned without epsilon
 */
public record Profile(
    int formatVersion,
    int k,
    List<TableProfile> tables,
    List<Suppression> suppressed,
    Privacy privacy) {

  /** The format version this release writes and reads. */
  public static final int FORMAT_VERSION = 1;

  public Profile {
    if (formatVersion < 1) {
      throw new IllegalArgumentException("formatVersion must be >= 1 but was " + formatVersion);
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1 but was " + k);
    }
    tables = List.copyOf(tables);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
    tables.forEach(t -> t.columns().forEach(c -> checkGate(t, c, k)));
    tables.forEach(t -> t.foreignKeys().forEach(fk -> checkGate(t, fk, k)));
  }

  /** A profile in the current format, learned without differential privacy. */
  public Profile(int k, List<TableProfile> tables, List<Suppression> suppressed) {
    this(FORMAT_VERSION, k, tables, suppressed, null);
  }

  /** A profile in the current format whose statistics spent {@code privacy}'s budget. */
  public Profile(int k, List<TableProfile> tables, List<Suppression> suppressed, Privacy privacy) {
    this(FORMAT_VERSION, k, tables, suppressed, privacy);
  }

  /** The table profile named {@code name} (exactly, or case-insensitively when unique). */
  public TableProfile table(String name) {
    return tables.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .or(() -> tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the profile has no table "
                        + name
                        + "; it has "
                        + tables.stream().map(TableProfile::name).toList()));
  }

  private static void checkGate(TableProfile table, ForeignKeyProfile fk, int k) {
    for (FanOutBucket bucket : fk.children()) {
      if (bucket.parents() < k) {
        throw new IllegalArgumentException(
            "foreign key "
                + fk.name()
                + " of "
                + table.name()
                + " releases a fan-out bucket of "
                + bucket.parents()
                + " parents, fewer than k = "
                + k);
      }
    }
    for (DepthCount level : fk.depths()) {
      if (level.rows() < k) {
        throw new IllegalArgumentException(
            "foreign key "
                + fk.name()
                + " of "
                + table.name()
                + " releases a tree level of "
                + level.rows()
                + " rows at depth "
                + level.depth()
                + ", fewer than k = "
                + k);
      }
    }
  }

  private static void checkGate(TableProfile table, ColumnProfile column, int k) {
    if (column.categories() != null && column.categories().smallestCount() < k) {
      throw new IllegalArgumentException(
          "column "
              + table.name()
              + "."
              + column.name()
              + " releases a value held by "
              + column.categories().smallestCount()
              + " rows, fewer than k = "
              + k);
    }
  }
}
