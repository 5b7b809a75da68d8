package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that only say what is valid (a type's range, a sanity BETWEEN) leave dates in the
 * reference window 2015..2025; checks that exclude the window move values next to it; a user's
 * min/max rule is spread over as asked.
 */
class TemporalWindowOnH2Test {
  private static final String SCHEMA =
      """
      CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        happened DATE NOT NULL CHECK (happened BETWEEN DATE '1900-01-01' AND DATE '2100-12-31'),
        created_at TIMESTAMP NOT NULL CHECK (created_at BETWEEN TIMESTAMP '1970-01-02 00:00:00'
          AND TIMESTAMP '2038-01-18 00:00:00'),
        updated_at TIMESTAMP NOT NULL CHECK (updated_at BETWEEN TIMESTAMP '1970-01-02 00:00:00'
          AND TIMESTAMP '2038-01-18 00:00:00'),
        recent DATE NOT NULL CHECK (recent >= DATE '2024-06-01'),
        planned DATE NOT NULL CHECK (planned >= DATE '2030-01-01'),
        spread DATE NOT NULL
      )
      """;

  @Test
  void validityRangesKeepTheWindowAndUserRangesAreSpreadOver() throws Exception {
    try (InMemoryH2 db = new InMemoryH2(SCHEMA)) {
      db.populate(
          SynthConfig.defaults()
              .withTable(
                  "event",
                  new TableConfig(
                      2_000L,
                      null,
                      Map.of("spread", ColumnConfig.range("1990-01-01", "2030-12-31")))));

      assertThat(db.count("SELECT COUNT(*) FROM event")).isEqualTo(2_000);
      assertThat(outside(db, "happened")).isZero();
      assertThat(outside(db, "created_at")).isZero();
      assertThat(outside(db, "updated_at")).isZero();
      assertThat(db.count("SELECT COUNT(*) FROM event WHERE updated_at < created_at")).isZero();
      assertThat(
              db.count(
                  "SELECT COUNT(*) FROM event WHERE recent < DATE '2024-06-01'"
                      + " OR recent > DATE '2025-12-31'"))
          .isZero();
      assertThat(db.count("SELECT COUNT(*) FROM event WHERE planned < DATE '2030-01-01'")).isZero();
      assertThat(db.count("SELECT COUNT(*) FROM event WHERE spread < DATE '2015-01-01'"))
          .isGreaterThan(200);
      assertThat(db.count("SELECT COUNT(*) FROM event WHERE spread > DATE '2025-12-31'"))
          .isGreaterThan(200);
    }
  }

  private static long outside(InMemoryH2 db, String column) throws Exception {
    return db.count(
        "SELECT COUNT(*) FROM event WHERE "
            + column
            + " < DATE '2015-01-01' OR "
            + column
            + " >= DATE '2026-01-01'");
  }
}
