package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.ColumnProfile;
import dev.synth.profile.FanOutBucket;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.Frequency;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import dev.synth.profile.TableProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profiling PostgreSQL's own types and a schema with cycles and self-references. */
class PostgresProfileShapesTest {

  @Test
  void everyPostgresTypeIsProfiledAndRoundTrips() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-types.sql")) {
      pg.populate(
          SynthConfig.defaults()
              .withRows(200)
              .withTable(
                  "needs_rule",
                  new TableConfig(
                      null,
                      null,
                      Map.of(
                          "spot",
                          ColumnConfig.fixed("(1.5,2)"),
                          "coords",
                          ColumnConfig.fixed("(3,4)")))));
      Profile profile = profile(pg);
      TableProfile everything = profile.table("everything");

      assertThat(everything.rows()).isEqualTo(200);
      assertThat(everything.column("colour").categories().values())
          .extracting(Frequency::value)
          .containsExactlyInAnyOrder("red", "green", "blue");
      assertThat(everything.column("docb").distinct()).isNull();
      assertThat(everything.column("uid").distinct()).isEqualTo(200);
      assertThat(everything.column("at").quantiles()).allMatch(t -> t.endsWith("Z"));
      assertThat(everything.column("price").quantiles())
          .allMatch(t -> t.matches("-?\\d+\\.\\d{3}"));
      assertThat(everything.column("note").lengths()).hasSize(ColumnProfile.POINTS);
      assertThat(ProfileFile.parse(ProfileFile.toJson(profile), "types")).isEqualTo(profile);
    }
  }

  @Test
  void everyForeignKeyCountsEachParentOnceInBucketsOfAtLeastKParents() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-shop.sql")) {
      pg.populate(SynthConfig.defaults().withRows(50).withExcludes(List.of("country")));
      Profile profile = profile(pg);

      for (TableProfile table : profile.tables()) {
        for (ForeignKeyProfile fk : table.foreignKeys()) {
          long parents = fk.children().stream().mapToLong(FanOutBucket::parents).sum();
          long parentRows = profile.table(fk.targetTable()).rows();
          // With fewer than k parents in all, the k gate keeps no histogram.
          assertThat(parents)
              .as(table.name() + " -> " + fk.targetTable())
              .isEqualTo(parentRows < profile.k() ? 0 : parentRows);
          assertThat(fk.children()).allMatch(b -> b.parents() >= profile.k());
        }
      }
      assertThat(profile.table("employee").foreignKeys())
          .extracting(ForeignKeyProfile::targetTable)
          .contains("employee");
    }
  }

  private static Profile profile(PostgresFixture pg) {
    try (Synth synth = Synth.connect(pg.url(), "postgres", "")) {
      return synth.profile(ProfileOptions.defaults().withSchema(pg.schema()));
    }
  }
}
