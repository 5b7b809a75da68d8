package dev.synth.generate;

import dev.synth.profile.ValueShape;

/**
 * Text of one {@link ValueShape shape}: {@code A} an upper-case letter, {@code a} a lower-case one,
 * {@code 9} a digit, anything else itself. Random values draw each class position from the cell's
 * stream; distinct values map the row index, through a keyed permutation, to a number in the
 * shape's mixed-radix space, whose size is the product of the class sizes (26, 26, 10; 1 for a
 * literal character).
 *
 * <pre>{@code
 * TextShape plate = TextShape.of("AA-9999");
 * plate.capacity();                         // 6,760,000
 * plate.generator().generator().next(cell); // e.g. "QX-0417"
 * plate.unique(rows, key).at(i, cell);      // distinct for every i < rows
 * }</pre>
 */
public final class TextShape {
  /** Above this a permutation is not exact; beyond it the space is not used. */
  private static final long LARGEST_PERMUTED = 1L << 62;

  private final String shape;
  private final long capacity;

  private TextShape(String shape) {
    this.shape = shape;
    long c = 1;
    for (int i = 0; i < shape.length(); i++) {
      int size = classSize(shape.charAt(i));
      c = c > Long.MAX_VALUE / size ? Long.MAX_VALUE : c * size;
    }
    this.capacity = c;
  }

  /**
   * The shape's generators.
   *
   * @throws IllegalArgumentException when {@code shape} is not one
   */
  public static TextShape of(String shape) {
    if (!ValueShape.isShape(shape)) {
      throw new IllegalArgumentException(
          "'"
              + shape
              + "' is not a text shape: it must be 1 to "
              + ValueShape.MAX_LENGTH
              + " characters of A (upper-case letter), a (lower-case letter), 9 (digit) or ASCII"
              + " punctuation");
    }
    return new TextShape(shape);
  }

  public String shape() {
    return shape;
  }

  /** The length of every value, as each position is one character. */
  public int length() {
    return shape.length();
  }

  /** How many distinct values the shape has, {@code Long.MAX_VALUE} when more. */
  public long capacity() {
    return capacity;
  }

  /** A value drawn from the cell's stream, each class position on its own. */
  public String random(Cell cell) {
    char[] value = shape.toCharArray();
    for (int i = 0; i < value.length; i++) {
      value[i] = draw(value[i], cell.nextInt(classSize(value[i])));
    }
    return new String(value);
  }

  /** A generator of {@link #random} values. */
  public GeneratorChoice generator() {
    return new GeneratorChoice("text shaped " + shape, this::random);
  }

  /**
   * The value numbered {@code index} in the shape's mixed-radix space, the last position counting
   * fastest: distinct indexes below the capacity give distinct values.
   */
  public String at(long index) {
    char[] value = shape.toCharArray();
    long rest = index;
    for (int i = value.length - 1; i >= 0; i--) {
      int size = classSize(value[i]);
      value[i] = draw(value[i], (int) (rest % size));
      rest /= size;
    }
    return new String(value);
  }

  /**
   * Distinct values for indexes below the capacity (at most 2^62): the index is permuted by a
   * Feistel network keyed by {@code key}, then read in the shape's mixed radix, so values look
   * drawn at random yet never repeat.
   */
  public UniqueGenerator unique(long key) {
    long space = Math.min(capacity, LARGEST_PERMUTED);
    Permutation permutation = new Permutation(space, key);
    return new IndexedValues(space, "text shaped " + shape, (i, cell) -> at(permutation.apply(i)));
  }

  /**
   * {@link #unique(long)} for {@code rows} rows.
   *
   * @throws IllegalArgumentException when the shape has fewer distinct values than rows
   */
  public UniqueGenerator unique(long rows, long key) {
    UniqueGenerator unique = unique(key);
    if (rows > unique.capacity()) {
      throw new IllegalArgumentException(
          String.format(
              "%,d rows need distinct values but the text shape %s has only %,d; generate at most"
                  + " %,d rows, or drop the shape for this column",
              rows, shape, unique.capacity(), unique.capacity()));
    }
    return unique;
  }

  private static int classSize(char c) {
    return c == 'A' || c == 'a' ? 26 : c == '9' ? 10 : 1;
  }

  /** The {@code n}-th member of the class {@code c}; a literal is its own only member. */
  private static char draw(char c, int n) {
    return switch (c) {
      case 'A' -> (char) ('A' + n);
      case 'a' -> (char) ('a' + n);
      case '9' -> (char) ('0' + n);
      default -> c;
    };
  }

  @Override
  public String toString() {
    return "TextShape[" + shape + "]";
  }
}
