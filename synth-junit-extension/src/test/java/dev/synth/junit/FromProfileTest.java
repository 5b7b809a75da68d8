package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A test class filled from a committed profile (learned with {@code synth:profile} from a database
 * of 400 customers and 1,169 orders, 61% of them PAID) at half its size.
 */
@SyntheticData(
    schema = "classpath:db/shop.sql",
    profile = "classpath:profiles/shop-profile.json",
    scale = 0.5)
class FromProfileTest {

  @Test
  void rowCountsAreTheProfilesTimesTheScale(Connection c) throws SQLException {
    assertThat(number(c, "SELECT COUNT(*) FROM customer")).isEqualTo(200);
    assertThat(number(c, "SELECT COUNT(*) FROM orders")).isEqualTo(585);
  }

  @Test
  void valuesFollowTheLearnedFrequenciesWithinTheSchemasChecks(Connection c) throws SQLException {
    double paid = number(c, "SELECT COUNT(*) FROM orders WHERE status = 'PAID'") / 585.0;

    assertThat(paid).isCloseTo(713 / 1169.0, within(0.06));
    assertThat(number(c, "SELECT COUNT(*) FROM orders WHERE total < 0")).isZero();
  }

  private static long number(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
