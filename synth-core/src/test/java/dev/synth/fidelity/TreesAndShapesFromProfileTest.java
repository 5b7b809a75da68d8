package dev.synth.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.Profile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A manager tree, badge codes and emails in a column whose name says nothing: generated from their
 * profile, the tree keeps its depths, the codes their shape (and uniqueness), the emails their
 * kind.
 */
class TreesAndShapesFromProfileTest {
  private static final String DDL =
      "CREATE TABLE employee (id INTEGER PRIMARY KEY, manager_id INTEGER REFERENCES employee(id),"
          + " badge VARCHAR(10) NOT NULL UNIQUE, c7 VARCHAR(80) NOT NULL)";
  private static final int[] LEVELS = {20, 60, 200, 220};
  private static final String TARGET = "jdbc:h2:mem:trees_target;DB_CLOSE_DELAY=-1";
  private static Profile profile;

  @BeforeAll
  static void learnAndGenerate() throws SQLException {
    String source = "jdbc:h2:mem:trees_source;DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(source, "sa", "")) {
      c.createStatement().execute(DDL);
      fill(c);
    }
    try (Synth synth = Synth.connect(source, "sa", "")) {
      profile = synth.profile(ProfileOptions.defaults());
    }
    try (Synth synth = Synth.connect(TARGET, "sa", "")) {
      synth.runScript(DDL, "ddl");
      synth.populate(SynthConfig.defaults().withScale(2), null, profile);
    }
  }

  @Test
  void theTreeKeepsItsLearnedDepthsAtTwiceTheSize() throws SQLException {
    assertThat(depths()).containsExactly(40L, 120L, 400L, 440L);
  }

  @Test
  void codesKeepTheirShapeAndStayUnique() throws SQLException {
    assertThat(profile.table("EMPLOYEE").column("BADGE").shape()).isEqualTo("AA-9999");
    assertThat(
            count(
                "SELECT COUNT(*) FROM employee WHERE NOT REGEXP_LIKE(badge, '^[A-Z]{2}-[0-9]{4}$')"))
        .isZero();
    assertThat(count("SELECT COUNT(DISTINCT badge) FROM employee")).isEqualTo(1000);
  }

  @Test
  void emailsInAColumnNamedC7AreGeneratedAsEmails() throws SQLException {
    assertThat(profile.table("EMPLOYEE").column("C7").semantic()).isEqualTo("email");
    assertThat(count("SELECT COUNT(*) FROM employee WHERE c7 NOT LIKE '%_@_%._%'")).isZero();
  }

  private static List<Long> depths() throws SQLException {
    List<Long> out = new ArrayList<>();
    String sql =
        "WITH RECURSIVE t(id, depth) AS (SELECT id, 0 FROM employee WHERE manager_id IS NULL"
            + " UNION ALL SELECT e.id, t.depth + 1 FROM employee e JOIN t ON e.manager_id = t.id)"
            + " SELECT depth, COUNT(*) FROM t GROUP BY depth ORDER BY depth";
    try (Connection c = DriverManager.getConnection(TARGET, "sa", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(2));
      }
    }
    return out;
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(TARGET, "sa", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void fill(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO employee VALUES (?, ?, ?, ?)")) {
      int id = 0;
      int levelStart = 0;
      for (int level = 0; level < LEVELS.length; level++) {
        int previousStart = levelStart - (level == 0 ? 0 : LEVELS[level - 1]);
        for (int i = 0; i < LEVELS[level]; i++) {
          id++;
          ps.setInt(1, id);
          ps.setObject(
              2, level == 0 ? null : previousStart + 1 + i % LEVELS[level - 1], Types.INTEGER);
          ps.setString(
              3, (char) ('A' + id % 26) + "" + (char) ('A' + id / 26 % 26) + "-" + (1000 + id));
          ps.setString(4, "person" + id + "@example.org");
          ps.addBatch();
        }
        levelStart += LEVELS[level];
      }
      ps.executeBatch();
    }
  }
}
