package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class IdentifierColumnsOnH2Test {

  @Test
  void aColumnOfDistinctValuesKeepsNoValueEvenInASmallTableWithKOfOne() throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:mem:identifiers;DB_CLOSE_DELAY=-1", "sa", "");
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE voucher (id INTEGER PRIMARY KEY, code VARCHAR(12) NOT NULL, kind VARCHAR(5))");
      st.execute(
          "INSERT INTO voucher SELECT x, 'VC-' || (4711 * x), CASE WHEN MOD(x, 2) = 0 THEN 'gift' ELSE 'promo' END"
              + " FROM SYSTEM_RANGE(1, 30)");

      Profile profile = Profiler.profile(c, ProfileOptions.defaults().withK(1));

      ColumnProfile code = profile.table("VOUCHER").column("CODE");
      assertThat(code.categories()).isNull();
      assertThat(code.lengths()).hasSize(ColumnProfile.POINTS);
      assertThat(profile.table("VOUCHER").column("ID").categories()).isNull();
      assertThat(ProfileFile.toJson(profile)).doesNotContain("VC-");
      assertThat(profile.table("VOUCHER").column("KIND").categories().values()).hasSize(2);
    }
  }
}
