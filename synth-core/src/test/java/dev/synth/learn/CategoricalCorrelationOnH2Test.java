package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.profile.Correlation;
import dev.synth.profile.TableProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategoricalCorrelationOnH2Test {

  /**
   * Country c0..c11 is held by 300 - 20 * i rows (so its frequency rank is i), two rare countries
   * by 3 rows each; the amount grows with the rank, the rare ones having the largest.
   */
  private static void createShop(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE shop (id INTEGER PRIMARY KEY, country VARCHAR(10) NOT NULL,"
              + " amount INTEGER NOT NULL)");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO shop VALUES (?, ?, ?)")) {
      int id = 0;
      for (int i = 0; i < 14; i++) {
        int rows = i < 12 ? 300 - 20 * i : 3;
        for (int n = 0; n < rows; n++) {
          ps.setInt(1, ++id);
          ps.setString(2, "c" + i);
          ps.setInt(3, i * 10 + n % 7);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  @Test
  void categoricalColumnTakesPartByFrequencyRankWithRareValuesRankedLast() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      createShop(c);
      TableProfile shop = Profiler.profile(c, ProfileOptions.defaults()).table("shop");

      assertThat(shop.column("country").categories().values()).hasSize(12);
      List<Correlation> pairs = shop.correlations();
      assertThat(pairs)
          .filteredOn(p -> p.a().equals("COUNTRY") && p.b().equals("AMOUNT"))
          .singleElement()
          .satisfies(p -> assertThat(p.rho()).isGreaterThan(0.95));
    }
  }
}
