package dev.synth.load;

import dev.synth.schema.Check;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import dev.synth.schema.UniqueKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a driver said about a constraint a row broke, read from H2, PostgreSQL and MariaDB/MySQL
 * messages and matched against the table model.
 *
 * @param kind which sort of constraint
 * @param constraint its name, or {@code null} when not known
 * @param columns the columns involved, as the model spells them; empty when not known
 */
record Violation(Kind kind, String constraint, List<String> columns) {

  enum Kind {
    NOT_NULL("NOT NULL constraint", "give the column a generator or a default"),
    UNIQUE(
        "unique key",
        "values repeat: the table may already hold rows (see synth.mode)"
            + " or the column's generator does not produce distinct values"),
    FOREIGN_KEY(
        "foreign key",
        "the referenced row is missing: the parent table must be filled"
            + " first or already hold the key"),
    CHECK("check constraint", "configure the column's values (min, max, values) to satisfy it"),
    OTHER("constraint", "compare the generated values with the column's definition");

    final String label;
    final String hint;

    Kind(String label, String hint) {
      this.label = label;
      this.hint = hint;
    }
  }

  private static final List<Pattern> CONSTRAINT =
      List.of(
          Pattern.compile("constraint \"([^\"]+)\""),
          Pattern.compile("CONSTRAINT `([^`]+)`"),
          Pattern.compile("for key '(?:[^'.]+\\.)?([^'.]+)'"),
          Pattern.compile("violation: \"([^\" :]+): "),
          Pattern.compile("violation: \"(?:[^\" .]+\\.)?([^\" .]+(?: KEY)?) ON "));
  private static final List<Pattern> COLUMNS =
      List.of(
          Pattern.compile("[Kk]ey \\(([^)]+)\\)="),
          Pattern.compile("FOREIGN KEY ?\\(([^)]+)\\)"),
          Pattern.compile("violation: \"[^\"]* ON [^(\"]+\\(([^)]+)\\)"),
          Pattern.compile("column \"([^\"]+)\""),
          Pattern.compile("Column '([^']+)' cannot be null"));

  static Violation of(SQLException e, Table table) {
    String text = DatabaseMessage.all(e);
    Kind kind = kind(e);
    String constraint = first(CONSTRAINT, text).orElse(null);
    List<String> columns = first(COLUMNS, text).map(c -> columns(c, table)).orElse(List.of());
    return resolve(kind, constraint, columns, table);
  }

  private static Kind kind(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      Kind kind = byState(s.getSQLState());
      if (kind == Kind.OTHER) {
        kind = byVendorCode(s.getErrorCode());
      }
      if (kind != Kind.OTHER) {
        return kind;
      }
    }
    return Kind.OTHER;
  }

  private static Kind byState(String state) {
    return switch (state == null ? "" : state) {
      case "23502" -> Kind.NOT_NULL;
      case "23505" -> Kind.UNIQUE;
      // H2 says 23506 for a missing parent, 23503 for a child still referencing a row.
      case "23503", "23506" -> Kind.FOREIGN_KEY;
      case "23513", "23514" -> Kind.CHECK;
      default -> Kind.OTHER;
    };
  }

  /** MySQL and MariaDB report every integrity violation as 23000; their error codes tell. */
  private static Kind byVendorCode(int code) {
    return switch (code) {
      case 1048 -> Kind.NOT_NULL;
      case 1062 -> Kind.UNIQUE;
      case 1451, 1452 -> Kind.FOREIGN_KEY;
      case 3819, 4025 -> Kind.CHECK;
      default -> Kind.OTHER;
    };
  }

  private static Violation resolve(Kind kind, String name, List<String> columns, Table table) {
    if (kind == Kind.UNIQUE) {
      for (UniqueKey key : table.allUniqueKeys()) {
        if (sameColumns(key.columns(), columns)
            || key.name() != null && key.name().equalsIgnoreCase(name)) {
          return new Violation(kind, key.name(), key.columns());
        }
      }
    } else if (kind == Kind.FOREIGN_KEY) {
      for (ForeignKey fk : table.foreignKeys()) {
        if (fk.name() != null && fk.name().equalsIgnoreCase(name)
            || name == null && sameColumns(fk.columns(), columns)) {
          return new Violation(kind, fk.name(), fk.columns());
        }
      }
    } else if (kind == Kind.CHECK && columns.isEmpty()) {
      for (Check check : table.checks()) {
        if (check.name() != null && check.name().equalsIgnoreCase(name)) {
          return new Violation(kind, check.name(), List.copyOf(check.columns()));
        }
      }
    }
    return new Violation(kind, name, columns);
  }

  private static boolean sameColumns(List<String> model, List<String> reported) {
    return !reported.isEmpty()
        && model.stream()
            .map(c -> c.toLowerCase(Locale.ROOT))
            .sorted()
            .toList()
            .equals(reported.stream().map(c -> c.toLowerCase(Locale.ROOT)).sorted().toList());
  }

  private static Optional<String> first(List<Pattern> patterns, String text) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** Reported column names, cleaned of quotes and index ordering words, spelled as the model. */
  private static List<String> columns(String reported, Table table) {
    List<String> names = new ArrayList<>();
    for (String part : reported.split(",")) {
      String name =
          part.strip()
              .replaceAll(" (NULLS FIRST|NULLS LAST|ASC|DESC)+$", "")
              .replaceAll("[`\"]", "")
              .strip();
      names.add(table.column(name).map(c -> c.name()).orElse(name));
    }
    return List.copyOf(names);
  }

  /** E.g. {@code unique key UQ_EMAIL (EMAIL)}. */
  String describe() {
    String what = kind.label + (constraint == null ? "" : " " + constraint);
    return columns.isEmpty() ? what : what + " " + columns;
  }
}
