package dev.synth.junit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Plain connections to the URL a test names; tests need few, so no pool. */
final class UrlDataSource extends PlainDataSource {
  private final Settings settings;

  UrlDataSource(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(settings.url(), username, password);
  }
}
