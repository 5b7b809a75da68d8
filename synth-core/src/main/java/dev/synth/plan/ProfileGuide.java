package dev.synth.plan;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.Profile;
import dev.synth.profile.TableProfile;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a profile to the target schema and says where they differ. Tables match by name (exactly,
 * else ignoring case), whatever schema either lives in, so a profile of {@code prod} fills {@code
 * app_dev}. A column whose type changed family, a dropped column and a new column are each reported
 * with what generation does instead: the profile never overrides the target schema.
 */
final class ProfileGuide {
  static final ProfileGuide NONE = new ProfileGuide(null, Map.of(), List.of());

  private final Profile profile;
  private final Map<QualifiedName, TableProfile> tables;
  private final List<String> drift;

  private ProfileGuide(
      Profile profile, Map<QualifiedName, TableProfile> tables, List<String> drift) {
    this.profile = profile;
    this.tables = tables;
    this.drift = drift;
  }

  static ProfileGuide of(Profile profile, Schema schema) {
    if (profile == null) {
      return NONE;
    }
    Map<QualifiedName, TableProfile> matched = new HashMap<>();
    List<String> drift = new ArrayList<>();
    for (TableProfile tp : profile.tables()) {
      Optional<Table> table = find(schema, tp.name());
      if (table.isEmpty()) {
        drift.add("profile table " + tp.name() + " is not in the target schema; it is ignored");
        continue;
      }
      matched.put(table.get().name(), tp);
      ColumnDrift.report(table.get(), tp, drift);
    }
    return new ProfileGuide(profile, matched, List.copyOf(drift));
  }

  /**
   * Where the target schema differs from the profile's, and what generation does about it.
   *
   * @param filled the tables this run fills: only those are worth a note when the profile lacks
   *     them
   */
  List<String> drift(Collection<QualifiedName> filled) {
    List<String> notes = new ArrayList<>(drift);
    for (QualifiedName table : filled) {
      if (profile != null && !tables.containsKey(table)) {
        notes.add(table + " is not in the profile: its rows and values follow the configuration");
      }
    }
    return notes;
  }

  /** The learned row count of a table, or empty when the profile does not know the table. */
  Optional<Long> rows(QualifiedName table) {
    return Optional.ofNullable(tables.get(table)).map(TableProfile::rows);
  }

  Optional<TableProfile> table(QualifiedName table) {
    return Optional.ofNullable(tables.get(table));
  }

  /** What was learned of a column, when the target column still holds values of that family. */
  Optional<ColumnProfile> column(QualifiedName table, Column column) {
    TableProfile tp = tables.get(table);
    if (tp == null) {
      return Optional.empty();
    }
    return tp.findColumn(column.name())
        .filter(cp -> ColumnDrift.compatible(cp.kind(), column.type().kind()));
  }

  /** What was learned of a foreign key with the same referencing columns. */
  Optional<ForeignKeyProfile> foreignKey(QualifiedName table, ForeignKey fk) {
    TableProfile tp = tables.get(table);
    if (tp == null) {
      return Optional.empty();
    }
    return tp.foreignKeys().stream()
        .filter(f -> f.hasColumns(fk.columns()))
        .filter(f -> f.targetTable().equalsIgnoreCase(fk.target().name()))
        .findFirst();
  }

  private static Optional<Table> find(Schema schema, String name) {
    List<Table> inside = schema.tables().stream().filter(t -> !schema.isOutside(t.name())).toList();
    return inside.stream()
        .filter(t -> t.name().name().equals(name))
        .findFirst()
        .or(() -> inside.stream().filter(t -> t.name().name().equalsIgnoreCase(name)).findFirst());
  }
}
