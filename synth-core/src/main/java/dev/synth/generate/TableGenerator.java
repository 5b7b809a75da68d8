package dev.synth.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the rows of one table. Row {@code i} of a run is a pure function of the seed, the table
 * and {@code offset + i}; a column's value depends only on its own cell, so adding a column does
 * not change the others.
 *
 * <pre>{@code
 * TableGenerator g = new TableGenerator("public.orders", 42, 0, 1000, columns, sources, refs, Set.of());
 * Object[] first = g.row(0);
 * }</pre>
 */
public final class TableGenerator {
  private static final long NULL_SALT = 0x6E756C6CL;

  private final long seed;
  private final long tableKey;
  private final long offset;
  private final long rows;
  private final List<String> columns;
  private final Map<String, Integer> indexOf = new HashMap<>();
  private final Source[] sources;
  private final Reference[] references;
  private final long[] referenceKeys;
  private final int[] referenceOf;
  private final int[] positionInReference;
  private final long[] columnKeys;
  private final boolean[] deferred;

  /**
   * @param tableName the table's seed key (stable, lower-case)
   * @param seed the run's seed
   * @param offset added to the run's row index before hashing (rows that exist already in append
   *     mode), so appended rows differ from earlier ones
   * @param rows rows this run generates
   * @param columns the table's columns in insert order
   * @param sources a source for each column not filled by a reference
   * @param references foreign keys whose columns come from parent rows
   * @param deferredReferences names of references inserted as NULL and set by a later UPDATE
   */
  public TableGenerator(
      String tableName,
      long seed,
      long offset,
      long rows,
      List<String> columns,
      Map<String, Source> sources,
      List<Reference> references,
      Set<String> deferredReferences) {
    this.seed = seed;
    this.tableKey = Seeds.key(tableName);
    this.offset = offset;
    this.rows = rows;
    this.columns = List.copyOf(columns);
    int n = columns.size();
    this.sources = new Source[n];
    this.references = references.toArray(Reference[]::new);
    this.referenceKeys = new long[this.references.length];
    this.referenceOf = new int[n];
    Arrays.fill(referenceOf, -1);
    this.positionInReference = new int[n];
    this.columnKeys = new long[n];
    this.deferred = new boolean[n];
    for (int c = 0; c < n; c++) {
      String name = columns.get(c);
      indexOf.put(name, c);
      columnKeys[c] = Seeds.key(name.toLowerCase(java.util.Locale.ROOT));
      this.sources[c] = sources.get(name);
    }
    for (int k = 0; k < this.references.length; k++) {
      Reference r = this.references[k];
      referenceKeys[k] = Seeds.combine(Seeds.combine(seed, tableKey), Seeds.key(r.name()));
      for (int p = 0; p < r.columns().size(); p++) {
        int c = index(r.columns().get(p));
        referenceOf[c] = k;
        positionInReference[c] = p;
        deferred[c] = deferredReferences.contains(r.name());
      }
    }
    for (int c = 0; c < n; c++) {
      if (this.sources[c] == null && referenceOf[c] < 0) {
        throw new IllegalArgumentException("column " + columns.get(c) + " has no source");
      }
    }
  }

  public long rows() {
    return rows;
  }

  /** Row {@code i} as inserted: references broken for a cycle are NULL here. */
  public Object[] row(long i) {
    Row r = new Row(i);
    Object[] out = new Object[columns.size()];
    for (int c = 0; c < out.length; c++) {
      out[c] = deferred[c] ? null : r.get(c);
    }
    return out;
  }

  /** The final values of some columns of row {@code i}, deferred references included. */
  public Object[] values(long i, List<String> wanted) {
    Row r = new Row(i);
    Object[] out = new Object[wanted.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = r.get(index(wanted.get(k)));
    }
    return out;
  }

  private int index(String column) {
    Integer c = indexOf.get(column);
    if (c == null) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return c;
  }

  private long cellStart(int column, long i) {
    return Seeds.cell(seed, tableKey, columnKeys[column], offset + i);
  }

  private Object generate(Row row, int c) {
    if (referenceOf[c] >= 0) {
      return row.parentKey(referenceOf[c])[positionInReference[c]];
    }
    long start = cellStart(c, row.index);
    Source source = sources[c];
    if (source instanceof Source.Generated g) {
      if (g.nullFraction() > 0 && unit(Seeds.combine(start, NULL_SALT)) < g.nullFraction()) {
        return null;
      }
      return g.generator().next(Cell.of(start, row.index, row::get));
    }
    if (source instanceof Source.Unique u) {
      long g = offset + row.index;
      long index = u.permutation() == null ? g : u.permutation().apply(g);
      return u.generator().at(index, Cell.of(start, row.index, row::get));
    }
    if (source instanceof Source.Sequence s) {
      long value = s.base() + row.index + 1;
      return s.wide() ? (Object) value : (Object) Math.toIntExact(value);
    }
    return null;
  }

  private static double unit(long h) {
    return (h >>> 11) * 0x1.0p-53;
  }

  /** The values of one row, computed on demand so columns can read each other. */
  private final class Row {
    private final long index;
    private final Object[] values = new Object[columns.size()];
    private final byte[] state = new byte[columns.size()];
    private Object[][] parents;

    Row(long index) {
      this.index = index;
    }

    Object get(String column) {
      return get(index(column));
    }

    Object get(int c) {
      if (state[c] == 2) {
        return values[c];
      }
      if (state[c] == 1) {
        throw new IllegalStateException(
            "columns depend on each other in a loop at " + columns.get(c));
      }
      state[c] = 1;
      values[c] = generate(this, c);
      state[c] = 2;
      return values[c];
    }

    Object[] parentKey(int reference) {
      if (parents == null) {
        parents = new Object[references.length][];
      }
      if (parents[reference] == null) {
        parents[reference] = choose(references[reference], referenceKeys[reference]);
      }
      return parents[reference];
    }

    private Object[] choose(Reference ref, long refKey) {
      long g = offset + index;
      if (ref.nullFraction() > 0 && unit(Seeds.combine(refKey, g)) < ref.nullFraction()) {
        return new Object[ref.columns().size()];
      }
      long p = ref.chooser().parent(index);
      if (p < 0) {
        return new Object[ref.columns().size()];
      }
      return ref.parent().key(p);
    }
  }
}
