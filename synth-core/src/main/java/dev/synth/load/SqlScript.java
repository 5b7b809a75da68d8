package dev.synth.load;

import dev.synth.SynthException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs SQL scripts (schema files, fixtures) statement by statement on the caller's connection; the
 * caller commits.
 *
 * <pre>{@code
 * SqlScript.run(connection, Files.readString(path), path.toString());
 * SqlScript.split("insert into t values ('a;b'); select 1"); // two statements
 * }</pre>
 *
 * <p>Semicolons end statements unless they are inside strings, quoted identifiers, comments or
 * PostgreSQL dollar-quoted bodies. MySQL's {@code DELIMITER} and backslash escapes are not
 * supported.
 */
public final class SqlScript {
  private static final Logger LOG = LoggerFactory.getLogger(SqlScript.class);

  private SqlScript() {}

  /** The statements of a script, without their terminating semicolons and leading comments. */
  public static List<String> split(String script) {
    return ScriptSplitter.split(script).stream().map(ScriptStatement::sql).toList();
  }

  /**
   * Executes every statement of {@code script} in order.
   *
   * @param sourceName names the script in error messages, e.g. its path
   * @throws SynthException naming the script, the statement and the database's message
   */
  public static void run(Connection c, String script, String sourceName) {
    List<ScriptStatement> statements = ScriptSplitter.split(script);
    LOG.debug("Running {} statements of {}", statements.size(), sourceName);
    try (Statement statement = c.createStatement()) {
      for (ScriptStatement s : statements) {
        execute(statement, s, sourceName);
      }
    } catch (SQLException e) {
      throw new SynthException("cannot run script " + sourceName + ": " + e.getMessage(), e);
    }
  }

  private static void execute(Statement statement, ScriptStatement s, String sourceName) {
    LOG.debug("{} statement {}: {}", sourceName, s.number(), s.firstLine());
    try {
      statement.execute(s.sql());
    } catch (SQLException e) {
      throw new SynthException(
          "script "
              + sourceName
              + " failed at statement "
              + s.number()
              + " (line "
              + s.line()
              + ": "
              + s.firstLine()
              + "): "
              + DatabaseMessage.of(e)
              + "; fix the statement or the order of the scripts",
          e);
    }
  }
}
