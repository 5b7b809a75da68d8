package dev.synth.learn;

import dev.synth.SynthException;
import dev.synth.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jooq.Field;

/**
 * Streams one 64-bit hash per row of some columns of a table, computed from each value's text as a
 * profile writes it (plain decimals, ISO dates and times, zoned ones at UTC), so equal rows hash
 * equally whichever database holds them. Only one row is in memory at a time, and the connection is
 * read-only for the run, as when profiling.
 *
 * <p>The hash is FNV-1a over the values' characters, each value framed by its length (NULL by its
 * own mark), finished by MurmurHash3's 64-bit mixer so that every bit of the hash is spread evenly:
 * callers may keep a share of rows by the hash's leading bits. Two different rows collide with a
 * probability near 2^-64.
 *
 * <pre>{@code
 * long rows = RowHashes.each(connection, new QualifiedName("PUBLIC", "CUSTOMER"),
 *     List.of("NAME", "EMAIL"), hash -> seen.add(hash));
 * }</pre>
 */
public final class RowHashes {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final int NULL_MARK = -1;

  private RowHashes() {}

  /**
   * Hands the hash of every row of {@code columns} of {@code table} to {@code sink}.
   *
   * @return how many rows were read
   */
  public static long each(
      Connection connection, QualifiedName table, List<String> columns, LongConsumer sink) {
    try (ReadOnlySource readOnly = ReadOnlySource.open(connection)) {
      SourceSql sql = new SourceSql(readOnly.connection());
      List<Field<?>> select = new ArrayList<>();
      columns.forEach(c -> select.add(SourceSql.field(c)));
      long[] rows = new long[1];
      sql.each(
          sql.dsl().select(select).from(SourceSql.table(table)),
          rs -> {
            long h = FNV_OFFSET;
            for (int i = 1; i <= columns.size(); i++) {
              h = mix(h, canonical(rs, i));
            }
            sink.accept(finish(h));
            rows[0]++;
          });
      return rows[0];
    } catch (SQLException e) {
      throw new SynthException(
          "could not read the rows of " + table + " " + columns + ": " + e.getMessage(), e);
    }
  }

  /**
   * The value's profile text, but a zoned timestamp or time at UTC: H2 keeps the offset a value was
   * written with and PostgreSQL returns UTC, and the same instant must hash the same.
   */
  private static String canonical(ResultSet rs, int index) throws SQLException {
    Object value = rs.getObject(index);
    if (value instanceof Timestamp && ValueText.isZoned(rs, index)) {
      value = rs.getObject(index, OffsetDateTime.class);
    } else if (value instanceof Time && ValueText.isZoned(rs, index)) {
      value = rs.getObject(index, OffsetTime.class);
    }
    if (value instanceof OffsetDateTime t) {
      return t.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
    if (value instanceof OffsetTime t) {
      return t.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
    return ValueText.of(rs, index);
  }

  /** The hash of one row's values as text, for tests and callers holding values already. */
  public static long of(List<String> values) {
    long h = FNV_OFFSET;
    for (String value : values) {
      h = mix(h, value);
    }
    return finish(h);
  }

  private static long mix(long h, String value) {
    int length = value == null ? NULL_MARK : value.length();
    h = (h ^ length) * FNV_PRIME;
    if (value != null) {
      for (int i = 0; i < value.length(); i++) {
        h = (h ^ value.charAt(i)) * FNV_PRIME;
      }
    }
    return h;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
