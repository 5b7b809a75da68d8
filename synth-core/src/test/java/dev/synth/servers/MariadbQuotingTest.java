package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import dev.synth.servers.ServerDatabase.Server;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names in mixed case, reserved words and names with spaces, end to end on MariaDB (whose
 * lower_case_table_names is 0 here, so {@code Team} and {@code team} are two tables).
 */
class MariadbQuotingTest {
  private ServerDatabase db;

  @BeforeEach
  void createDatabase() throws Exception {
    db = ServerDatabase.create(Server.MARIADB);
    db.runScript("servers/mariadb-quoting.sql");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    db.close();
  }

  private PopulateReport populate(SynthConfig config) {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      return synth.populate(config);
    }
  }

  private long appInsert(String insert) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.executeUpdate(insert);
      try (ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void assertKeysAndReferencesHold(long rows) throws Exception {
    assertThat(db.count("SELECT COUNT(*) FROM `Customer Account`")).isEqualTo(rows);
    assertThat(db.count("SELECT COUNT(*) FROM `line item`")).isEqualTo(rows);
    assertThat(db.count("SELECT COUNT(*) FROM `team`")).isEqualTo(rows);
    assertThat(db.count("SELECT COUNT(*) FROM `Customer Account` WHERE `Key` >= 100000")).isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM `line item` li LEFT JOIN `order` o ON o.id = li.`order`"
                    + " WHERE o.id IS NULL"))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM `Team` WHERE `Lead` IS NOT NULL")).isPositive();
  }

  @Test
  void fillsTablesAndColumnsWithSpacesReservedWordsAndMixedCase() throws Exception {
    populate(SynthConfig.defaults().withRows(80));

    assertKeysAndReferencesHold(80);
    assertThat(appInsert("INSERT INTO `order` (`Customer Id`, `from`) VALUES (1, CURDATE())"))
        .isEqualTo(81);
    assertThat(appInsert("INSERT INTO `Customer Account` (`select`, `Key`) VALUES ('app', 99999)"))
        .isEqualTo(81);
  }

  @Test
  void truncateAndIdentityResetWorkOnQuotedNames() throws Exception {
    populate(SynthConfig.defaults().withRows(80));

    populate(SynthConfig.defaults().withRows(40).withMode(Mode.TRUNCATE).withSeed(3));

    assertKeysAndReferencesHold(40);
    assertThat(appInsert("INSERT INTO `Team` (`Lead`) VALUES (NULL)")).isEqualTo(41);
    assertThat(appInsert("INSERT INTO `team` (`name`) VALUES ('app')")).isEqualTo(41);
    assertThat(appInsert("INSERT INTO `order` (`Customer Id`, `from`) VALUES (1, CURDATE())"))
        .isEqualTo(41);
  }
}
