package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.testcontainers.jdbc.ContainerDatabaseDriver;

/** What a {@code jdbc:tc:} URL on {@code @SyntheticData} relies on, checked without Docker. */
class JdbcTcUrlTest {

  @Test
  void theTestcontainersDriverOnTheTestClasspathClaimsJdbcTcUrls() throws Exception {
    // The extension opens its connections through DriverManager, which finds this driver.
    assertThat(DriverManager.getDriver("jdbc:tc:postgresql:15-alpine:///shop"))
        .isInstanceOf(ContainerDatabaseDriver.class);
    assertThat(DriverManager.getDriver("jdbc:tc:mariadb:10.11:///shop"))
        .isInstanceOf(ContainerDatabaseDriver.class);
  }
}
