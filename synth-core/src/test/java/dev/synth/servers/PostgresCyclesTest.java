package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.PlanException;
import dev.synth.config.SynthConfig;
import org.junit.jupiter.api.Test;

/** Foreign key cycles without a nullable column on the real PostgreSQL server. */
class PostgresCyclesTest {

  @Test
  void aCycleBrokenOnlyByADeferrableConstraintIsFilledInOneTransaction() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-cycles.sql")) {
      String plan = pg.describePlan(SynthConfig.defaults().withRows(50));
      assertThat(plan).contains("Team's Captain").contains("checked at commit");

      pg.populate(SynthConfig.defaults().withRows(50));

      assertThat(pg.count("SELECT COUNT(*) FROM team t JOIN player p ON p.id = t.captain_id"))
          .isEqualTo(50);
      assertThat(pg.count("SELECT COUNT(*) FROM player p JOIN team t ON t.id = p.team_id"))
          .isEqualTo(50);
      assertThat(pg.count("SELECT COUNT(*) FROM author a JOIN book b ON b.id = a.first_book_id"))
          .isEqualTo(50);
      assertThat(pg.count("SELECT COUNT(*) FROM book b JOIN author a ON a.id = b.author_id"))
          .isEqualTo(50);
    }
  }

  @Test
  void aCycleWithoutANullableOrDeferrableKeyFailsBeforeWriting() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-strict-cycle.sql")) {
      assertThatThrownBy(() -> pg.populate(SynthConfig.defaults().withRows(10)))
          .isInstanceOf(PlanException.class)
          .hasMessageContaining("hen")
          .hasMessageContaining("egg")
          .hasMessageContaining("NOT DEFERRABLE")
          .hasMessageContaining("declare the constraint DEFERRABLE");
      assertThat(pg.count("SELECT COUNT(*) FROM hen")).isZero();
    }
  }
}
