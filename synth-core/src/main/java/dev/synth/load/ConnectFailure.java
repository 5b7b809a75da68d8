package dev.synth.load;

import dev.synth.ConnectException;
import java.sql.SQLException;
import java.util.regex.Pattern;

/** Turns the ways opening a pool fails into messages that say what to check, never the password. */
final class ConnectFailure {
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|pwd)=([^&;]*)");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):([^/@]*)@");

  private ConnectFailure() {}

  static ConnectException translate(RuntimeException e, String url, String user, String password) {
    String shownUrl = redact(url, password);
    SQLException sql = sqlCause(e);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String reason = DatabaseMessage.firstLine(sql == null ? e.getMessage() : sql.getMessage());
    String message;
    if (reason.contains("No suitable driver")
        || String.valueOf(e.getMessage()).startsWith("Failed to get driver instance")) {
      message =
          "no JDBC driver accepts "
              + shownUrl
              + "; check the URL"
              + " (jdbc:postgresql://host:port/db, jdbc:mariadb://host:port/db, jdbc:h2:...)"
              + " or add the driver as a plugin dependency";
    } else if (state.startsWith("28")) {
      message =
          "authentication failed for user '"
              + user
              + "' at "
              + shownUrl
              + ": check synth.user / synth.password or synth.serverId ("
              + reason
              + ")";
    } else if (state.startsWith("08")) {
      message =
          "cannot reach the database at "
              + shownUrl
              + ": check host, port and that the server is running and accepts connections ("
              + reason
              + ")";
    } else if (state.equals("3D000")) {
      message =
          "the database named in " + shownUrl + " does not exist: check the URL (" + reason + ")";
    } else {
      message = "cannot connect to " + shownUrl + " as '" + user + "': " + reason;
    }
    return new ConnectException(scrub(message, password), e);
  }

  /** The URL with password parameters and {@code user:password@} parts masked. */
  static String redact(String url, String password) {
    if (url == null) {
      return "null";
    }
    String shown = PASSWORD_PARAM.matcher(url).replaceAll("$1=***");
    shown = USER_INFO.matcher(shown).replaceAll("//$1:***@");
    return scrub(shown, password);
  }

  private static String scrub(String text, String password) {
    if (password == null || password.isEmpty()) {
      return text;
    }
    return text.replace(password, "***");
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
