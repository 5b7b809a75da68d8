package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.profile.Profile;
import dev.synth.profile.TableProfile;
import dev.synth.servers.ServerDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Quantiles of dates and times are ISO text that does not depend on the JVM's time zone. */
class TemporalTextTest {
  private static final String TABLE =
      "CREATE TABLE moment (at TIMESTAMP WITH TIME ZONE NOT NULL, local_at TIMESTAMP NOT NULL,"
          + " clock TIME NOT NULL)";
  private static final String ROWS =
      "INSERT INTO moment SELECT TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00' + i * INTERVAL"
          + " '1' HOUR, TIMESTAMP '2024-01-01 00:00:00' + i * INTERVAL '1' HOUR, TIME '00:00:00' +"
          + " i * INTERVAL '1' MINUTE FROM generate_series(1, 200) AS g(i)";

  @Test
  void postgresZonedTimestampsKeepTheirInstantWhateverTheJvmZone() throws SQLException {
    try (ServerDatabase db = ServerDatabase.create(ServerDatabase.Server.POSTGRES)) {
      try (Connection c = db.connect();
          Statement st = c.createStatement()) {
        st.execute(TABLE);
        st.execute(ROWS);
      }
      TableProfile moment = inZone("Asia/Tokyo", db.url(), db.user(), db.name());

      assertThat(moment.column("at").quantiles().get(50)).isEqualTo("2024-01-05T04:00Z");
      assertThat(moment.column("local_at").quantiles().get(50)).isEqualTo("2024-01-05T04:00");
      assertThat(moment.column("clock").quantiles().get(50)).isEqualTo("01:40");
    }
  }

  @Test
  void h2ZonedTimestampsAreIsoText() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection keep = DriverManager.getConnection(url, "sa", "");
        Statement st = keep.createStatement()) {
      st.execute(TABLE);
      st.execute(ROWS.replace("generate_series(1, 200) AS g(i)", "SYSTEM_RANGE(1, 200) AS g(i)"));
      TableProfile moment = inZone("Asia/Tokyo", url, "sa", "PUBLIC");

      assertThat(moment.column("at").quantiles().get(50)).matches("2024-01-05T0[34]:00Z");
      assertThat(moment.column("local_at").quantiles().get(50)).matches("2024-01-05T0[34]:00");
      st.execute("SHUTDOWN");
    }
  }

  private static TableProfile inZone(String zone, String url, String user, String schema) {
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try (Synth synth = Synth.connect(url, user, "")) {
      Profile profile = synth.profile(ProfileOptions.defaults().withSchema(schema));
      return profile.table("moment");
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
