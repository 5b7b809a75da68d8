package dev.synth.learn;

import dev.synth.Synth;
import dev.synth.profile.Profile;
import dev.synth.servers.ServerDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class TreeAndTextOnPostgresTest extends TreeAndTextProfileContract {
  private static ServerDatabase db;
  private static Profile profile;

  @BeforeAll
  static void profileTheSource() throws SQLException {
    db = ServerDatabase.create(ServerDatabase.Server.POSTGRES);
    try (Connection c = db.connect()) {
      TreeAndTextSource.create(c);
    }
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      profile = synth.profile(ProfileOptions.defaults().withSchema(db.name()));
    }
  }

  @AfterAll
  static void dropTheSource() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Override
  Profile profile() {
    return profile;
  }
}
