package dev.synth.learn;

import dev.synth.schema.QualifiedName;
import java.util.List;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The query for a bounded, repeatable sample of a table's rows. On PostgreSQL the rows come from
 * {@code TABLESAMPLE BERNOULLI (p) REPEATABLE (0)}, p chosen from the known row count to give about
 * a fifth more than {@code limit} rows, of which the {@code limit} with the smallest hash of their
 * {@code ctid} are kept: row-level (not block-level) sampling, so clustered tables are not
 * over-represented, and the same sample on every run of an unchanged table. H2 has no {@code
 * TABLESAMPLE}, and an {@code ORDER BY RAND()} would sort the whole table and differ on every run;
 * H2 sources are embedded development databases, so there the sample is the first {@code limit}
 * rows in scan order.
 */
final class SampledRows {
  private static final double OVERSAMPLE = 1.2;

  private SampledRows() {}

  static Query query(
      SourceSql sql, List<Field<?>> select, QualifiedName table, long tableRows, int limit) {
    Table<?> whole = SourceSql.table(table);
    if (!sql.isPostgres() || tableRows <= limit) {
      return sql.dsl().select(select).from(whole).limit(limit);
    }
    double percent = Math.min(100, 100 * OVERSAMPLE * limit / tableRows);
    Table<?> sample =
        DSL.table("{0} tablesample bernoulli ({1}) repeatable (0)", whole, DSL.inline(percent));
    // A synchronized seq scan may start mid-table, so the first rows of the sample vary from run
    // to run; a hash of the row's position picks the same rows, from the whole table, every time.
    return sql.dsl().select(select).from(sample).orderBy(DSL.field("md5(ctid::text)")).limit(limit);
  }
}
