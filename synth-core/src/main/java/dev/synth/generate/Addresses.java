package dev.synth.generate;

import dev.synth.schema.Column;
import java.util.Locale;

/**
 * IPv4 values for PostgreSQL's {@code inet} (a host, {@code 10.1.2.3}) and {@code cidr} (a network
 * with no host bits set, {@code 10.1.2.0/24}), as text the database parses.
 *
 * <pre>{@code
 * GeneratorChoice hosts = Addresses.random(inetColumn);      // "10.17.3.200"
 * UniqueGenerator nets = Addresses.unique(cidrColumn);       // at(5) = "10.0.5.0/24"
 * }</pre>
 */
final class Addresses {
  /** Distinct values: 10.0.0.0/8 holds 2^24 hosts, and as many /24 networks from 10.0.0.0 up. */
  static final long CAPACITY = 1L << 24;

  private Addresses() {}

  static GeneratorChoice random(Column column) {
    if (isNetwork(column)) {
      return new GeneratorChoice("random /24 network", cell -> network(cell.nextInt(1 << 24)));
    }
    return new GeneratorChoice("random host in 10.0.0.0/8", cell -> host(cell.nextInt(1 << 24)));
  }

  static UniqueGenerator unique(Column column) {
    boolean network = isNetwork(column);
    return new IndexedValues(
        CAPACITY,
        network ? "/24 network from the index" : "host in 10.0.0.0/8 from the index",
        (i, cell) -> network ? network(i) : host(i));
  }

  private static boolean isNetwork(Column column) {
    return column.type().sqlName().toLowerCase(Locale.ROOT).startsWith("cidr");
  }

  private static String host(long i) {
    return "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255);
  }

  // 10.0.0.0/24 upwards: the index's bytes fill the three octets before the zero host part.
  private static String network(long i) {
    return (10 + ((i >> 16) & 255)) % 256 + "." + ((i >> 8) & 255) + "." + (i & 255) + ".0/24";
  }
}
