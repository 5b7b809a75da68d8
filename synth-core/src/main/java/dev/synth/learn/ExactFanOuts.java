package dev.synth.learn;

import dev.synth.SynthException;
import dev.synth.profile.FanOutBucket;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A foreign key of a measured table, found by the columns and target table a reference profile
 * names (its constraint name may differ), with its exact children-per-parent counts: one bucket per
 * count, as a measured database is not gated.
 */
final class ExactFanOuts {
  private ExactFanOuts() {}

  static ForeignKeyProfile read(SourceSql sql, Table target, ForeignKeyProfile ref, long rows)
      throws SQLException {
    ForeignKey fk = foreignKey(target, ref);
    double nullFraction = rows == 0 ? 0 : FanOuts.nullRows(sql, target, fk) / (double) rows;
    List<FanOutBucket> buckets = new ArrayList<>();
    FanOuts.childrenPerParent(sql, target, fk)
        .forEach((children, parents) -> buckets.add(new FanOutBucket(children, children, parents)));
    return new ForeignKeyProfile(
        ref.name(),
        ref.columns(),
        fk.target().schema(),
        ref.targetTable(),
        nullFraction,
        buckets,
        List.of());
  }

  private static ForeignKey foreignKey(Table target, ForeignKeyProfile ref) {
    return target.foreignKeys().stream()
        .filter(fk -> fk.target().name().equalsIgnoreCase(ref.targetTable()))
        .filter(fk -> ref.hasColumns(fk.columns()))
        .findFirst()
        .orElseThrow(
            () ->
                new SynthException(
                    "table "
                        + target.name()
                        + " has no foreign key "
                        + ref.columns()
                        + " to "
                        + ref.targetTable()
                        + ", which the reference describes as "
                        + ref.name()
                        + ". Compare tables of the same schema, or leave this table out"));
  }
}
