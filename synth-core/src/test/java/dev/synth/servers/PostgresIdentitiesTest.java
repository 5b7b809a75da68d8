package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.SynthConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After a run, the application's own inserts continue after the generated keys. */
class PostgresIdentitiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"with_serial", "with_bigserial", "with_always", "with_by_default"})
  void anInsertWithoutIdGetsTheNextKeyAfterTheGeneratedOnes(String table) throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-identities.sql")) {
      pg.populate(SynthConfig.defaults().withRows(30));

      assertThat(pg.insertReturning("INSERT INTO " + table + " (name) VALUES ('app') RETURNING id"))
          .isEqualTo(31);
    }
  }

  @Test
  void aDefaultFromASequenceTheColumnDoesNotOwnContinuesWithoutGoingBack() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-identities.sql")) {
      pg.populate(SynthConfig.defaults().withRows(30));

      assertThat(pg.count("SELECT MAX(id) FROM with_custom")).isEqualTo(30);
      assertThat(pg.insertReturning("INSERT INTO with_custom (name) VALUES ('app') RETURNING id"))
          .as("custom_seq starts at 500: moving it back to 31 could collide elsewhere")
          .isEqualTo(500);
    }
  }

  @Test
  void tablesSharingOneSequenceBothContinueAfterTheirGeneratedKeys() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-identities.sql")) {
      pg.populate(SynthConfig.defaults().withRows(30));

      long a = pg.insertReturning("INSERT INTO shared_a (name) VALUES ('app') RETURNING id");
      long b = pg.insertReturning("INSERT INTO shared_b (name) VALUES ('app') RETURNING id");

      assertThat(a).isGreaterThan(30);
      assertThat(b).isGreaterThan(a);
    }
  }

  @Test
  void aSerialColumnBesideThePrimaryKeyContinuesToo() throws Exception {
    try (PostgresFixture pg = new PostgresFixture().script("postgres-identities.sql")) {
      pg.populate(SynthConfig.defaults().withRows(30));

      assertThat(
              pg.value("INSERT INTO ticket (title) VALUES ('app') RETURNING id || '/' || number"))
          .isEqualTo("31/31");
    }
  }
}
