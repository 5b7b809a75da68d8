package dev.synth.load;

/**
 * One statement of a script.
 *
 * @param number its position in the script, from 1
 * @param line the script line where its code starts, from 1
 * @param sql the statement without the terminating semicolon or leading comments
 */
record ScriptStatement(int number, int line, String sql) {

  /** The first line of the statement, for messages. */
  String firstLine() {
    int newline = sql.indexOf('\n');
    return (newline < 0 ? sql : sql.substring(0, newline)).strip();
  }
}
