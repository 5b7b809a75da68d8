package dev.synth.load;

import static dev.synth.load.Models.column;
import static dev.synth.load.Models.identity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentitiesTest {
  private static final Table ITEM =
      Models.table("ITEM", List.of(identity("ID"), column("NAME", TypeKind.VARCHAR)));

  @ParameterizedTest(name = "GENERATED {0} AS IDENTITY")
  @ValueSource(strings = {"BY DEFAULT", "ALWAYS"})
  void explicitIdsAreInsertedAndTheNextDefaultIdFollowsTheLargest(String generated)
      throws SQLException {
    try (H2Database db = new H2Database()) {
      db.execute(
          "create table item(id bigint generated "
              + generated
              + " as identity primary key, name varchar(20))");
      try (RowWriter w = Writers.batchInsert(db.connection, ITEM, List.of("ID", "NAME"), 30)) {
        for (long id = 1; id <= 100; id++) {
          w.write(new Object[] {id, "item" + id});
        }
      }
      db.connection.commit();

      Identities.moveAfterMax(db.connection, ITEM, ITEM.columns().get(0));
      db.execute("insert into item(id, name) values (default, 'next')");

      assertThat(db.single("select id from item where name = 'next'")).isEqualTo(101L);
    }
  }

  @ParameterizedTest(name = "GENERATED {0} AS IDENTITY")
  @ValueSource(strings = {"BY DEFAULT", "ALWAYS"})
  void anEmptyTableKeepsItsIdentityAsItWas(String generated) throws SQLException {
    try (H2Database db = new H2Database()) {
      db.execute(
          "create table item(id bigint generated "
              + generated
              + " as identity (start with 7) primary key, name varchar(20))");

      Identities.moveAfterMax(db.connection, ITEM, ITEM.columns().get(0));
      db.execute("insert into item(name) values ('first')");

      assertThat(db.single("select id from item")).isEqualTo(7L);
    }
  }
}
