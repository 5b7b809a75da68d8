package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.Synth;
import dev.synth.SynthException;
import dev.synth.servers.ServerDatabase;
import org.junit.jupiter.api.Test;

class ProfilerOnMariadbTest {

  @Test
  void profilingMariadbIsRefusedUpFrontWithWhatToDoInstead() throws Exception {
    try (ServerDatabase db = ServerDatabase.create(ServerDatabase.Server.MARIADB);
        Synth synth = Synth.connect(db.url(), db.user(), "")) {
      assertThatThrownBy(() -> synth.profile(ProfileOptions.defaults()))
          .isInstanceOf(SynthException.class)
          .hasMessageStartingWith("cannot profile a MariaDB database yet")
          .hasMessageContaining("supports PostgreSQL and H2 2.x");
    }
  }
}
