package dev.synth.load;

import static dev.synth.load.Models.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static final Table PARENT =
      Models.table("PARENT", List.of(column("ID", TypeKind.INTEGER)));
  private static final Table CHILD =
      Models.table(
          "CHILD", List.of(column("ID", TypeKind.INTEGER), column("PARENT_ID", TypeKind.INTEGER)));

  @Test
  void emptiedTablesComeBackWhenTheCallerRollsBack() throws SQLException {
    try (H2Database db = withParentAndChildRows()) {
      Cleaner.empty(db.connection, List.of(CHILD, PARENT));
      assertThat(db.count("child")).isZero();
      assertThat(db.count("parent")).isZero();

      db.connection.rollback();

      assertThat(db.count("child")).isEqualTo(2);
      assertThat(db.count("parent")).isEqualTo(1);
    }
  }

  @Test
  void emptiedTablesStayEmptyWhenTheCallerCommits() throws SQLException {
    try (H2Database db = withParentAndChildRows()) {
      Cleaner.empty(db.connection, List.of(CHILD, PARENT));
      db.connection.commit();
      db.connection.rollback();

      assertThat(db.count("child") + db.count("parent")).isZero();
    }
  }

  @Test
  void h2TruncateCommitsImplicitlyWhichIsWhyTheCleanerDeletes() throws SQLException {
    try (H2Database db = withParentAndChildRows()) {
      db.execute("insert into parent values (2)");
      db.execute("truncate table child");
      db.connection.rollback();

      assertThat(db.count("child")).isZero();
      assertThat(db.count("parent")).isEqualTo(2);
    }
  }

  private static H2Database withParentAndChildRows() throws SQLException {
    H2Database db = new H2Database();
    db.execute("create table parent(id int primary key)");
    db.execute("create table child(id int primary key, parent_id int references parent(id))");
    db.execute("insert into parent values (1)");
    db.execute("insert into child values (1, 1), (2, 1)");
    db.connection.commit();
    return db;
  }
}
