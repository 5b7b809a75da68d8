package dev.synth.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Every row of some tables as text, ordered by their first column, to compare two runs. */
public final class Dumps {
  private Dumps() {}

  public static String of(Connection c, String... tables) throws SQLException {
    StringBuilder out = new StringBuilder();
    for (String table : tables) {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            out.append(rs.getString(i)).append('|');
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }
}
