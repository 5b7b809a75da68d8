package dev.synth.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.ConnectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolTest {
  private static final String SECRET = "s3cret-" + UUID.randomUUID();

  @Test
  void opensConnectionsWithAutoCommitOff() throws SQLException {
    try (Pool pool = Pool.open("jdbc:h2:mem:pool-" + UUID.randomUUID(), "sa", "");
        Connection c = pool.dataSource().getConnection()) {
      assertThat(c.getAutoCommit()).isFalse();
      assertThat(c.isValid(1)).isTrue();
    }
  }

  @Test
  void aUrlNoDriverAcceptsSaysSoAndSuggestsAddingTheDriver() {
    assertThatThrownBy(() -> Pool.open("jdbc:foo:bar", "sa", SECRET))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("no JDBC driver accepts jdbc:foo:bar")
        .hasMessageContaining("add the driver as a plugin dependency")
        .message()
        .doesNotContain(SECRET);
  }

  @Test
  void anUnreachableServerFailsWithinSecondsNamingTheUrl() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> Pool.open("jdbc:postgresql://127.0.0.1:1/x", "sa", SECRET))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("cannot reach the database at jdbc:postgresql://127.0.0.1:1/x")
        .hasMessageContaining("check host, port")
        .message()
        .doesNotContain(SECRET);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aWrongPasswordNamesUserAndUrlButNeverThePassword(@TempDir Path dir) throws SQLException {
    String url = "jdbc:h2:" + dir.resolve("app").toAbsolutePath();
    DriverManager.getConnection(url, "sa", "right-password").close();

    assertThatThrownBy(() -> Pool.open(url, "sa", SECRET))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("authentication failed for user 'sa' at " + url)
        .hasMessageContaining("synth.user / synth.password or synth.serverId")
        .message()
        .doesNotContain(SECRET);
  }

  @Test
  void aPasswordWrittenIntoTheUrlIsMaskedInMessages() {
    assertThatThrownBy(
            () -> Pool.open("jdbc:postgresql://127.0.0.1:1/x?password=" + SECRET, "sa", ""))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("password=***")
        .message()
        .doesNotContain(SECRET);
  }
}
