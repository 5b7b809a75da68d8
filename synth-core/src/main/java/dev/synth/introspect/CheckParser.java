package dev.synth.introspect;

import dev.synth.schema.Check;
import dev.synth.schema.Condition;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Parser;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Parses a CHECK constraint's SQL with jOOQ's parser and keeps what the engine can honour:
 * comparisons with constants or other columns, BETWEEN, IN lists, lengths, IS NOT NULL, and AND /
 * OR of those. Any other part becomes {@link Condition.Unsupported} holding that part's SQL.
 *
 * <pre>{@code
 * Check c = new CheckParser(SQLDialect.H2)
 *     .parse("CK_QTY", "\"QTY\" > 0", ColumnNames.of(List.of("QTY")));
 * c.condition(); // Compare[column=QTY, op=>, value=0]
 * }</pre>
 */
final class CheckParser {
  static {
    JooqQuiet.apply();
  }

  private static final Pattern CHECK_KEYWORD =
      Pattern.compile("^\\s*CHECK\\s*(?=\\()", Pattern.CASE_INSENSITIVE);

  private final DSLContext dsl;
  private final Parser parser;

  CheckParser(SQLDialect dialect) {
    this.dsl = DSL.using(dialect);
    this.parser = dsl.parser();
  }

  /** The check named {@code name} whose condition is {@code sql}, over the given columns. */
  Check parse(String name, String sql, ColumnNames columns) {
    return new Check(name, sql, columns.mentionedIn(sql), condition(sql, columns));
  }

  /** The condition of a check's SQL; the whole text is unsupported when it does not parse. */
  Condition condition(String sql, ColumnNames columns) {
    String body = CHECK_KEYWORD.matcher(sql).replaceFirst("");
    try {
      org.jooq.Condition jooq = parser.parseCondition(body);
      Condition parsed = new ConditionMapper(new Operands(columns), dsl).condition(jooq);
      return parsed instanceof Condition.Unsupported ? unsupported(sql) : parsed;
    } catch (DataAccessException e) {
      return unsupported(sql);
    }
  }

  private static Condition.Unsupported unsupported(String sql) {
    return new Condition.Unsupported(sql.strip());
  }
}
