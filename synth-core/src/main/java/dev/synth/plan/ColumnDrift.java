package dev.synth.plan;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.TableProfile;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a table's columns with its profile's: dropped, new, retyped and now-NOT-NULL columns.
 */
final class ColumnDrift {
  private static final Set<TypeKind> DATES =
      Set.of(TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ);
  private static final Set<TypeKind> TIMES = Set.of(TypeKind.TIME, TypeKind.TIME_TZ);

  private ColumnDrift() {}

  static void report(Table table, TableProfile profile, List<String> drift) {
    String t = table.name().toString();
    for (ColumnProfile cp : profile.columns()) {
      if (table.column(cp.name()).isEmpty()
          && table.columns().stream().noneMatch(c -> c.name().equalsIgnoreCase(cp.name()))) {
        drift.add(t + "." + cp.name() + " was dropped since the profile was learned; ignored");
      }
    }
    for (Column column : table.columns()) {
      Optional<ColumnProfile> learned = profile.findColumn(column.name());
      if (learned.isEmpty()) {
        drift.add(
            t
                + "."
                + column.name()
                + " is new since the profile was learned"
                + (column.nullable() ? "" : " (NOT NULL)")
                + "; it is filled by type and name rules");
        continue;
      }
      ColumnProfile cp = learned.get();
      TypeKind now = column.type().kind();
      if (!sameType(cp, column)) {
        drift.add(
            t
                + "."
                + column.name()
                + " changed type from "
                + cp.sqlType()
                + " to "
                + column.type()
                + (compatible(cp.kind(), now)
                    ? "; learned values are converted to the new type"
                    : "; its learned values are ignored and it is filled by type rules"));
      }
      if (!column.nullable() && cp.nullFraction() > 0) {
        drift.add(
            t
                + "."
                + column.name()
                + " is NOT NULL now (it was NULL in a share of source rows);"
                + " no NULLs are written");
      }
    }
  }

  /**
   * The same family with the same length, precision and scale. Databases spell one type differently
   * ({@code timestamp without time zone} on PostgreSQL, {@code TIMESTAMP} on H2), so a profile of
   * one fills another without notes.
   */
  private static boolean sameType(ColumnProfile learned, Column column) {
    return learned.kind() == column.type().kind()
        && sizes(learned.sqlType()).equals(sizes(column.type().toString()));
  }

  /** The numbers in a type's parentheses: {@code NUMERIC(12,2)} gives [12, 2]. */
  private static List<String> sizes(String sqlType) {
    int open = sqlType.indexOf('(');
    int close = sqlType.indexOf(')', open + 1);
    if (open < 0 || close < 0) {
      return List.of();
    }
    return java.util.Arrays.stream(sqlType.substring(open + 1, close).split(","))
        .map(String::trim)
        .toList();
  }

  private static boolean textLike(TypeKind kind) {
    return kind.isText() || kind == TypeKind.ENUM;
  }

  /** Whether values learned as {@code learned} still mean something in a column of {@code now}. */
  static boolean compatible(TypeKind learned, TypeKind now) {
    return learned == now
        || (learned.isNumeric() && now.isNumeric())
        || (textLike(learned) && textLike(now))
        || (DATES.contains(learned) && DATES.contains(now))
        || (TIMES.contains(learned) && TIMES.contains(now));
  }
}
