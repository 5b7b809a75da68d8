package dev.synth.load;

import static dev.synth.load.Models.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableStateTest {
  private static final Table COUNTRY =
      Models.table(
          "COUNTRY",
          List.of(
              column("CODE", TypeKind.CHAR),
              column("REGION", TypeKind.INTEGER),
              column("JOINED", TypeKind.DATE)));

  @Test
  void countsKeysAndMaximumDescribeTheExistingRows() throws SQLException {
    try (H2Database db = new H2Database()) {
      db.execute("create table country(code char(2), region int, joined date)");
      db.execute(
          "insert into country values ('FR', 2, date '2001-01-01'),"
              + " ('BE', 2, date '1999-05-01'), ('AT', 1, date '2010-12-31')");

      assertThat(TableState.rowCount(db.connection, COUNTRY)).isEqualTo(3);
      assertThat(TableState.keys(db.connection, COUNTRY, List.of("REGION", "CODE"), 2))
          .containsExactly(new Object[] {1, "AT"}, new Object[] {2, "BE"});
      assertThat(TableState.max(db.connection, COUNTRY, "JOINED"))
          .isEqualTo(LocalDate.of(2010, 12, 31));
    }
  }

  @Test
  void anEmptyTableHasNoRowsNoKeysAndNoMaximum() throws SQLException {
    try (H2Database db = new H2Database()) {
      db.execute("create table country(code char(2), region int, joined date)");

      assertThat(TableState.rowCount(db.connection, COUNTRY)).isZero();
      assertThat(TableState.keys(db.connection, COUNTRY, List.of("CODE"), 10)).isEmpty();
      assertThat(TableState.max(db.connection, COUNTRY, "REGION")).isNull();
    }
  }
}
