package dev.synth.junit;

import java.sql.Connection;
import java.util.function.Supplier;

/** A data source that hands every caller the test's shared connection. */
final class SharedDataSource extends PlainDataSource {
  private final Supplier<Connection> connection;

  SharedDataSource(Supplier<Connection> connection) {
    this.connection = connection;
  }

  @Override
  public Connection getConnection() {
    return connection.get();
  }
}
