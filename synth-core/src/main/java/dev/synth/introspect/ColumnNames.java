package dev.synth.introspect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns a check may mention, resolving identifiers as a parser or the database's own text
 * spells them to the exact names of the table's columns.
 *
 * <pre>{@code
 * ColumnNames names = ColumnNames.of(List.of("QTY", "PRICE"));
 * names.resolve("qty");                        // Optional[QTY]
 * names.mentionedIn("\"QTY\" > 0 AND x = 'PRICE'"); // [QTY]
 * }</pre>
 */
final class ColumnNames {
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern IDENTIFIER =
      Pattern.compile("\"((?:[^\"]|\"\")+)\"|`([^`]+)`|([\\p{L}_][\\p{L}\\p{N}_$]*)");

  private final List<String> columns;
  private final String valueColumn;

  private ColumnNames(List<String> columns, String valueColumn) {
    this.columns = List.copyOf(columns);
    this.valueColumn = valueColumn;
  }

  static ColumnNames of(List<String> columns) {
    return new ColumnNames(columns, null);
  }

  /** Names for a domain's check, where the keyword {@code VALUE} denotes {@code column}. */
  static ColumnNames forDomain(String column) {
    return new ColumnNames(List.of(column), column);
  }

  /** The column an identifier denotes: an exact match first, then ignoring case. */
  Optional<String> resolve(String identifier) {
    if (valueColumn != null && identifier.equalsIgnoreCase("VALUE")) {
      return Optional.of(valueColumn);
    }
    if (columns.contains(identifier)) {
      return Optional.of(identifier);
    }
    return columns.stream().filter(c -> c.equalsIgnoreCase(identifier)).findFirst();
  }

  /** The columns whose names appear in SQL text as identifiers, outside string literals. */
  Set<String> mentionedIn(String sql) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = IDENTIFIER.matcher(STRING_LITERAL.matcher(sql).replaceAll("''"));
    while (m.find()) {
      if (m.group(1) != null) {
        resolve(m.group(1).replace("\"\"", "\"")).ifPresent(found::add);
      } else {
        resolve(m.group(2) != null ? m.group(2) : m.group(3)).ifPresent(found::add);
      }
    }
    return found;
  }
}
