package dev.synth.profile;

/**
 * The shape language of short text values: one character per character of the value, {@code A} for
 * an upper-case ASCII letter, {@code a} for a lower-case one, {@code 9} for a digit, and any other
 * printable ASCII character (space, {@code -}, {@code .}, {@code /}, {@code #}, ...) for itself.
 * Since every letter and digit becomes its class, a shape holds no letter or digit but the three
 * class marks, so {@code A}, {@code a} and {@code 9} need no escaping: in a shape they always stand
 * for a class. A value with any other character (an accent, a tab, a non-Latin letter) has no
 * shape, so a shape never releases a character of a value beyond ASCII punctuation.
 *
 * <pre>{@code
 * ValueShape.of("AB-1234");   // "AA-9999"
 * ValueShape.of("Zürich");    // null: not ASCII
 * ValueShape.isShape("AA-9999"); // true
 * }</pre>
 */
public final class ValueShape {
  /** The longest shape: longer values are free text, never shaped. */
  public static final int MAX_LENGTH = 32;

  /** The characters that have a class, in the order of {@link #CLASSES}. */
  public static final String CLASSED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /**
   * The class of each character of {@link #CLASSED}: the two strings are the arguments of SQL's
   * {@code translate(value, CLASSED, CLASSES)}, which gives the shape of a value in the source.
   */
  public static final String CLASSES = "A".repeat(26) + "a".repeat(26) + "9".repeat(10);

  private ValueShape() {}

  /** The shape of {@code value}, or {@code null} when it is empty, too long or not ASCII. */
  public static String of(String value) {
    StringBuilder shape = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int classed = CLASSED.indexOf(c);
      shape.append(classed >= 0 ? CLASSES.charAt(classed) : c);
    }
    String s = shape.toString();
    return isShape(s) ? s : null;
  }

  /** Whether {@code text} is a shape: 1 to {@value #MAX_LENGTH} class marks or punctuation. */
  public static boolean isShape(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = c == 'A' || c == 'a' || c == '9';
      boolean punctuation = c >= ' ' && c <= '~' && !Character.isLetterOrDigit(c);
      if (!mark && !punctuation) {
        return false;
      }
    }
    return true;
  }
}
