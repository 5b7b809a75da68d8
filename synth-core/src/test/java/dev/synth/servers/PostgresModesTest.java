package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.PlanException;
import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** fail-if-not-empty, truncate and append on the real PostgreSQL server. */
class PostgresModesTest {
  private static final SynthConfig BASE =
      SynthConfig.defaults().withRows(50).withExcludes(List.of("audit", "capital"));

  @Test
  void failIfNotEmptyRefusesNamingTheTablesAndKeepsTheirRows() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-modes.sql")) {
      pg.populate(BASE);
      List<String> before = pg.rows("SELECT * FROM customer ORDER BY id");

      assertThatThrownBy(() -> pg.populate(BASE.withSeed(7)))
          .isInstanceOf(PlanException.class)
          .hasMessageContaining(pg.schema() + ".customer (50 rows)")
          .hasMessageContaining(pg.schema() + ".orders (50 rows)")
          .hasMessageContaining("truncate")
          .hasMessageContaining("append");
      assertThat(pg.rows("SELECT * FROM customer ORDER BY id")).isEqualTo(before);
    }
  }

  @Test
  void truncateReplacesTheRowsAndEmptiesEmptyReferencingTablesAlongside() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-modes.sql")) {
      pg.populate(BASE);
      List<String> before = pg.rows("SELECT * FROM customer ORDER BY id");

      pg.populate(BASE.withSeed(7).withRows(30).withMode(Mode.TRUNCATE));

      assertThat(pg.count("SELECT COUNT(*) FROM customer")).isEqualTo(30);
      assertThat(pg.count("SELECT COUNT(*) FROM orders")).isEqualTo(30);
      assertThat(pg.rows("SELECT * FROM customer ORDER BY id")).isNotEqualTo(before.subList(0, 30));
      assertThat(
              pg.insertReturning(
                  "INSERT INTO customer (email, name) VALUES ('a@b.c', 'x') RETURNING id"))
          .isEqualTo(51);
    }
  }

  @Test
  void truncateRefusesWhenATableItDoesNotFillStillReferencesTheRows() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-modes.sql")) {
      pg.populate(BASE);
      pg.run("INSERT INTO audit (customer_id, what) VALUES (1, 'kept')", "audit row");

      assertThatThrownBy(() -> pg.populate(BASE.withMode(Mode.TRUNCATE)))
          .isInstanceOf(PlanException.class)
          .hasMessageContaining(pg.schema() + ".audit[customer_id] -> " + pg.schema() + ".customer")
          .hasMessageContaining("Nothing was written")
          .hasMessageContaining("append");
      assertThat(pg.count("SELECT COUNT(*) FROM customer")).isEqualTo(50);
      assertThat(pg.count("SELECT COUNT(*) FROM audit")).isEqualTo(1);
    }
  }

  @Test
  void truncateKeepsTheRowsOfAnInheritingTableItDoesNotFill() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-modes.sql")) {
      pg.run("INSERT INTO capital (name, state) VALUES ('Paris', 'FR')", "capital row");

      pg.populate(BASE.withMode(Mode.TRUNCATE));

      assertThat(pg.rows("SELECT name, state FROM capital")).containsExactly("Paris|FR");
      assertThat(pg.count("SELECT COUNT(*) FROM ONLY city")).isEqualTo(50);
    }
  }

  @Test
  void aParentWhoseInheritingTableHasRowsCountsAsEmptyAndKeepsThem() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-modes.sql")) {
      pg.run("INSERT INTO capital (id, name, state) VALUES (900, 'Paris', 'FR')", "capital row");

      pg.populate(BASE);

      assertThat(pg.count("SELECT COUNT(*) FROM ONLY city")).isEqualTo(50);
      assertThat(pg.rows("SELECT id, name, state FROM capital")).containsExactly("900|Paris|FR");
    }
  }

  @Test
  void appendAddsRowsAfterTheExistingKeysAndLeavesTheOldRowsUntouched() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-modes.sql")) {
      pg.populate(BASE);
      List<String> customers = pg.rows("SELECT * FROM customer ORDER BY id");
      List<String> orders = pg.rows("SELECT * FROM orders ORDER BY id");

      pg.populate(BASE.withRows(30).withMode(Mode.APPEND));

      assertThat(pg.rows("SELECT * FROM customer WHERE id <= 50 ORDER BY id")).isEqualTo(customers);
      assertThat(pg.rows("SELECT * FROM orders WHERE id <= 50 ORDER BY id")).isEqualTo(orders);
      assertThat(pg.rows("SELECT min(id) || '..' || max(id) FROM customer WHERE id > 50"))
          .containsExactly("51..80");
      assertThat(pg.count("SELECT COUNT(*) FROM orders")).isEqualTo(80);
      assertThat(
              pg.insertReturning(
                  "INSERT INTO orders (customer_id, total) VALUES (1, 1) RETURNING id"))
          .isEqualTo(81);
    }
  }
}
