package dev.synth.load;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/** The database's own words for a failure, trimmed of the SQL text that some drivers append. */
final class DatabaseMessage {
  private DatabaseMessage() {}

  /** The first line of the message, plus the SQLState. */
  static String of(SQLException e) {
    return firstLine(e.getMessage()) + " (SQLState " + e.getSQLState() + ")";
  }

  /** Every message of the exception, its next-exception chain and its causes, once each. */
  static String all(SQLException e) {
    Set<String> messages = new LinkedHashSet<>();
    for (SQLException s = e; s != null; s = s.getNextException()) {
      for (Throwable t = s; t != null; t = t.getCause()) {
        if (t.getMessage() != null) {
          messages.add(t.getMessage());
        }
      }
      if (messages.size() > 20) {
        break;
      }
    }
    return String.join("\n", messages);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    String line = message.strip();
    int newline = line.indexOf('\n');
    line = newline < 0 ? line : line.substring(0, newline).strip();
    // H2 appends "; SQL statement:" and the statement on the next lines.
    return line.endsWith("; SQL statement:")
        ? line.substring(0, line.length() - "; SQL statement:".length())
        : line;
  }
}
