package dev.synth.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.LoadException;
import dev.synth.introspect.SchemaReader;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import dev.synth.servers.ServerDatabase;
import dev.synth.servers.ServerDatabase.Server;
import dev.synth.testing.Dumps;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** COPY and JDBC batches must store exactly the same values. */
class CopyWriterTest {
  private static final String COLUMNS =
      "(id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note TEXT, flag BOOLEAN,"
          + " amount NUMERIC(12, 4), born DATE, seen TIMESTAMP, at TIMESTAMPTZ, uid UUID,"
          + " doc JSONB, mood mood, raw BYTEA)";

  private static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    for (long i = 1; i <= 500; i++) {
      rows.add(
          new Object[] {
            i,
            i % 7 == 0 ? null : "tab\there, line\nbreak, back\\slash, ünïcødé " + i,
            i % 2 == 0,
            new BigDecimal("12.3456").multiply(BigDecimal.valueOf(i)),
            LocalDate.of(2020, 1, 1).plusDays(i),
            LocalDateTime.of(2021, 5, 6, 7, 8, 9).plusMinutes(i),
            OffsetDateTime.of(2022, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(2)).plusHours(i),
            new UUID(i, -i),
            "{\"id\": " + i + ", \"name\": \"x\\\\y\"}",
            i % 3 == 0 ? "happy" : "sad",
            new byte[] {(byte) i, 0, (byte) 255, 9, 10}
          });
    }
    return rows;
  }

  @Test
  void copyStoresTheSameValuesAsJdbcBatches() throws Exception {
    try (ServerDatabase db = ServerDatabase.create(Server.POSTGRES);
        Connection c = db.connect()) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')");
        st.execute("CREATE TABLE by_copy " + COLUMNS);
        st.execute("CREATE TABLE by_batch " + COLUMNS);
        st.execute("CREATE TABLE by_chunks " + COLUMNS);
      }
      Schema schema = SchemaReader.read(c, null);
      c.setAutoCommit(false);
      write(CopyWriter.open(c, table(schema, "by_copy"), columns(schema)));
      write(Writers.batchInsert(c, table(schema, "by_batch"), columns(schema), 64));
      writeInChunks(CopyWriter.open(c, table(schema, "by_chunks"), columns(schema)));
      c.commit();

      String copied = Dumps.of(c, "by_copy");
      assertThat(copied).contains("line\nbreak, back\\slash").contains("|\\x0100ff090a|");
      assertThat(db.count("SELECT COUNT(*) FROM by_copy")).isEqualTo(500);
      assertThat(copied).isEqualTo(Dumps.of(c, "by_batch")).isEqualTo(Dumps.of(c, "by_chunks"));
    }
  }

  @Test
  void aRowTheDatabaseRefusesFailsNamingTheTable() throws Exception {
    try (ServerDatabase db = ServerDatabase.create(Server.POSTGRES);
        Connection c = db.connect()) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE strict (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty > 0))");
      }
      Table strict = table(SchemaReader.read(c, null), "strict");
      c.setAutoCommit(false);

      assertThatThrownBy(
              () -> {
                try (RowWriter w = CopyWriter.open(c, strict, List.of("id", "qty"))) {
                  w.write(new Object[] {1, 5});
                  w.write(new Object[] {2, -1});
                }
              })
          .isInstanceOf(LoadException.class)
          .hasMessageContaining("strict")
          .hasMessageContaining("check");
      c.rollback();
    }
  }

  private static void write(RowWriter writer) {
    try (writer) {
      rows().forEach(writer::write);
    }
  }

  /** Single rows and encoded chunks mixed, as a pipeline and a caller could interleave them. */
  private static void writeInChunks(CopyWriter writer) {
    List<Object[]> rows = rows();
    try (writer) {
      writer.write(rows.get(0));
      for (int from = 1; from < rows.size(); from += 77) {
        Object[][] chunk =
            rows.subList(from, Math.min(rows.size(), from + 77)).toArray(Object[][]::new);
        writer.writeEncoded(writer.encode(chunk), chunk.length);
      }
      assertThat(writer.written()).isEqualTo(rows.size());
    }
  }

  private static Table table(Schema schema, String name) {
    return schema.table(name).orElseThrow();
  }

  private static List<String> columns(Schema schema) {
    return table(schema, "by_copy").writableColumnNames();
  }
}
