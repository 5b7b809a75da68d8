package dev.synth.load;

import static dev.synth.load.Models.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import dev.synth.schema.UniqueKey;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages as PostgreSQL 42.7 and MariaDB Connector/J 3.5 report them, captured from servers. */
class ViolationTest {
  private static final Table CHILD =
      new Table(
          new QualifiedName("public", "synth_child"),
          List.of(
              column("id", TypeKind.INTEGER),
              column("t_id", TypeKind.BIGINT),
              column("s", TypeKind.VARCHAR)),
          null,
          List.of(new UniqueKey("synth_child_s_key", List.of("s"), false, null)),
          List.of(
              new ForeignKey(
                  "fk_child_t",
                  List.of("t_id"),
                  new QualifiedName("public", "t"),
                  List.of("id"),
                  false)),
          List.of());

  @Test
  void postgresDuplicateKeyNamesTheConstraintAndItsColumnsFromTheNextException() {
    BatchUpdateException batch =
        new BatchUpdateException(
            "Batch entry 1 insert into \"public\".\"synth_child\" (\"s\") values (('a')) was aborted:"
                + " ERROR: duplicate key value violates unique constraint \"synth_child_s_key\"",
            "23505",
            new int[0]);
    batch.setNextException(
        new SQLException(
            "ERROR: duplicate key value violates unique"
                + " constraint \"synth_child_s_key\"\n  Detail: Key (s)=(a) already exists.",
            "23505"));

    assertThat(Violation.of(batch, CHILD))
        .isEqualTo(new Violation(Violation.Kind.UNIQUE, "synth_child_s_key", List.of("s")));
  }

  @Test
  void postgresNotNullNamesTheColumn() {
    SQLException e =
        new SQLException(
            "ERROR: null value in column \"id\" of relation"
                + " \"synth_child\" violates not-null constraint",
            "23502");

    assertThat(Violation.of(e, CHILD))
        .isEqualTo(new Violation(Violation.Kind.NOT_NULL, null, List.of("id")));
  }

  @Test
  void mariaDbForeignKeyIsRecognisedByItsErrorCodeAndNamed() {
    SQLException e =
        new SQLException(
            "(conn=9) Cannot add or update a child row: a foreign key"
                + " constraint fails (`test`.`synth_child`, CONSTRAINT `fk_child_t` FOREIGN KEY (`t_id`)"
                + " REFERENCES `synth_t` (`id`))",
            "23000",
            1452);

    assertThat(Violation.of(e, CHILD))
        .isEqualTo(new Violation(Violation.Kind.FOREIGN_KEY, "fk_child_t", List.of("t_id")));
  }

  @Test
  void mariaDbDuplicateEntryFindsTheUniqueKeyByName() {
    SQLException e =
        new SQLException("(conn=9) Duplicate entry 'a' for key 'synth_child_s_key'", "23000", 1062);

    assertThat(Violation.of(e, CHILD))
        .isEqualTo(new Violation(Violation.Kind.UNIQUE, "synth_child_s_key", List.of("s")));
  }
}
