package dev.synth.learn;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A bounded sample of a table's text values, read by one query: at most {@value #ROWS} {@link
 * SampledRows sampled rows}, each value cut to {@value #LONGEST} characters, so memory stays
 * bounded whatever the table. It only guides learning ({@link SemanticKinds}, the candidate of
 * {@link Shapes}); no sampled value ever reaches the profile.
 */
final class TextSample {
  static final int ROWS = 1000;

  /** No values: what a private run samples, since no share of its budget covers a sample. */
  static final TextSample NONE = new TextSample(java.util.Map.of());

  /** Longer than any email, url, name or shape; free text cut here still reads as free text. */
  private static final int LONGEST = 256;

  private final Map<String, List<String>> byColumn;

  private TextSample(Map<String, List<String>> byColumn) {
    this.byColumn = byColumn;
  }

  /** The sampled non-null values of {@code column}; empty when it is not text or had none. */
  List<String> values(String column) {
    return byColumn.getOrDefault(column, List.of());
  }

  static TextSample read(SourceSql sql, Table table, ColumnCounts counts) throws SQLException {
    List<String> names = new ArrayList<>();
    List<Field<?>> select = new ArrayList<>();
    for (Column c : table.columns()) {
      if (c.type().kind().isText() && counts.nonNull().get(c.name()) > 0) {
        names.add(c.name());
        select.add(DSL.substring(DSL.field(DSL.name(c.name()), String.class), 1, LONGEST));
      }
    }
    Map<String, List<String>> byColumn = new HashMap<>();
    names.forEach(n -> byColumn.put(n, new ArrayList<>()));
    if (names.isEmpty()) {
      return new TextSample(byColumn);
    }
    sql.each(
        SampledRows.query(sql, select, table.name(), counts.rows(), ROWS),
        rs -> {
          for (int i = 0; i < names.size(); i++) {
            String value = rs.getString(i + 1);
            if (value != null) {
              byColumn.get(names.get(i)).add(value);
            }
          }
        });
    return new TextSample(byColumn);
  }
}
