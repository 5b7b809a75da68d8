package dev.synth.generate;

import dev.synth.profile.Categories;
import dev.synth.profile.Frequency;
import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values of a categorical column by their learned frequencies. The share of rows whose values the
 * rare-value gate suppressed ("other") is filled with values that are not among the kept ones: an
 * unused enum label or boolean, else a fresh value of the column's type, so no suppressed source
 * value is ever reproduced on purpose.
 *
 * <p>Order matters for correlation: numbers and times are laid out by value, text and enums by
 * frequency (most frequent first) with "other" last, the order the profile's correlations were
 * learned in.
 */
final class CategoryMarginal implements Marginal {
  private static final int FRESH_TRIES = 16;

  private final List<Object> values;
  private final double[] cumulative;
  private final ValueGenerator other;
  private final Set<Object> kept;

  private CategoryMarginal(
      List<Object> values, double[] cumulative, ValueGenerator other, Set<Object> kept) {
    this.values = values;
    this.cumulative = cumulative;
    this.other = other;
    this.kept = kept;
  }

  /**
   * @param fresh values of the column's type for the "other" share, or null when there are none
   * @return null when no learned value fits the column and there is no "other" share to fill
   */
  static CategoryMarginal of(Column column, Categories categories, ValueGenerator fresh) {
    List<Frequency> frequencies = new ArrayList<>(categories.values());
    TypeKind kind = column.type().kind();
    List<Object> values = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (Frequency f : frequencies) {
      Object v = fitting(column, f.value());
      if (v != null) {
        values.add(v);
        counts.add(f.count());
      }
    }
    if (kind.isNumeric() || kind.isTemporal()) {
      sortByValue(kind, values, counts);
    }
    Set<Object> kept = new HashSet<>(values);
    ValueGenerator other = otherValues(column, kept, fresh);
    long otherRows = other == null ? 0 : categories.other();
    if (values.isEmpty() && otherRows == 0) {
      return null;
    }
    double[] cumulative = new double[values.size() + 1];
    double total = 0;
    for (int i = 0; i < values.size(); i++) {
      total += counts.get(i);
      cumulative[i] = total;
    }
    cumulative[values.size()] = total + otherRows;
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total + otherRows;
    }
    return new CategoryMarginal(List.copyOf(values), cumulative, other, kept);
  }

  @Override
  public Object at(double u, Cell cell) {
    for (int i = 0; i < values.size(); i++) {
      if (u < cumulative[i]) {
        return values.get(i);
      }
    }
    if (other == null) {
      return values.get(values.size() - 1);
    }
    Object v = other.next(cell);
    for (int i = 1; i < FRESH_TRIES && kept.contains(v); i++) {
      v = other.next(cell);
    }
    return v;
  }

  /** Every category is one tie, and so is "other", as the correlations were learned. */
  @Override
  public List<Atom> atoms() {
    List<Atom> atoms = new ArrayList<>();
    double from = 0;
    for (double to : cumulative) {
      if (to > from) {
        atoms.add(new Atom(from, to));
      }
      from = to;
    }
    return atoms;
  }

  private static Object fitting(Column column, String text) {
    try {
      return JavaValues.convert(column, text);
    } catch (IllegalArgumentException e) {
      return null; // the target column no longer holds this value (its type or length changed)
    }
  }

  private static ValueGenerator otherValues(Column column, Set<Object> kept, ValueGenerator fresh) {
    TypeKind kind = column.type().kind();
    List<Object> unused = new ArrayList<>();
    if (kind == TypeKind.ENUM) {
      column.type().enumValues().stream().filter(v -> !kept.contains(v)).forEach(unused::add);
    } else if (kind == TypeKind.BOOLEAN) {
      List.of(Boolean.FALSE, Boolean.TRUE).stream()
          .filter(v -> !kept.contains(v))
          .forEach(unused::add);
    } else {
      return fresh;
    }
    return unused.isEmpty() ? null : cell -> unused.get(cell.nextInt(unused.size()));
  }

  private static void sortByValue(TypeKind kind, List<Object> values, List<Long> counts) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> Units.of(kind, values.get(i))));
    List<Object> v = order.stream().map(values::get).toList();
    List<Long> c = order.stream().map(counts::get).toList();
    values.clear();
    values.addAll(v);
    counts.clear();
    counts.addAll(c);
  }
}
