package dev.synth.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.SynthException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void semicolonsInsideStringsAndQuotedIdentifiersDoNotEndStatements() {
    assertThat(SqlScript.split("insert into \"a;b\" values ('x;y', 'it''s;'); select 1;"))
        .containsExactly("insert into \"a;b\" values ('x;y', 'it''s;')", "select 1");
  }

  @Test
  void commentsAreSkippedBeforeStatementsAndDoNotHideOrAddSemicolons() {
    String script =
        "-- header; not a statement\n"
            + "create table t(id int); /* a; b */\n"
            + "select /* ; */ 1 -- trailing;\n"
            + ";\n-- only a comment;\n";
    assertThat(SqlScript.split(script))
        .containsExactly("create table t(id int)", "select /* ; */ 1 -- trailing;");
  }

  @Test
  void dollarQuotedBodiesKeepTheirSemicolons() {
    String script =
        "create function f() returns int as $$ begin return 1; end; $$ language plpgsql;"
            + "do $body$ begin perform 1; end $body$;"
            + "prepare p as select $1; select 2";
    assertThat(SqlScript.split(script))
        .containsExactly(
            "create function f() returns int as $$ begin return 1; end; $$ language plpgsql",
            "do $body$ begin perform 1; end $body$",
            "prepare p as select $1",
            "select 2");
  }

  @Test
  void emptyStatementsAndBlankScriptsYieldNothing() {
    assertThat(SqlScript.split(" ;; \n ; ")).isEmpty();
    assertThat(SqlScript.split("")).isEmpty();
  }

  @Test
  void aScriptCreatesAndFillsTables() throws SQLException {
    try (H2Database db = new H2Database()) {
      SqlScript.run(
          db.connection,
          "create table customer(id int primary key, name varchar(20));\n"
              + "-- a comment with ; inside\n"
              + "insert into customer values (1, 'a;b'), (2, 'O''Hara');\n"
              + "create table orders(id int primary key, customer_id int references customer(id));",
          "schema.sql");
      assertThat(db.column("select name from customer order by id"))
          .containsExactly("a;b", "O'Hara");
      assertThat(db.count("orders")).isZero();
    }
  }

  @Test
  void aFailingStatementIsNamedWithScriptNumberLineAndDatabaseMessage() throws SQLException {
    try (H2Database db = new H2Database()) {
      String script = "create table t(id int);\n\ninsert into missing\n  values (1);";
      assertThatThrownBy(() -> SqlScript.run(db.connection, script, "data.sql"))
          .isInstanceOf(SynthException.class)
          .hasMessageContaining("data.sql")
          .hasMessageContaining("statement 2 (line 3: insert into missing)")
          .hasMessageContaining("MISSING")
          .hasMessageContaining("42S02")
          .hasCauseInstanceOf(SQLException.class);
    }
  }
}
