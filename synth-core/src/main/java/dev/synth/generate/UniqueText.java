package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Distinct text: a realistic part from the cell plus the index in digits where the realistic part
 * has none (emails, usernames), otherwise a code {@code PRE-000A7} of the index in base 36.
 */
final class UniqueText {
  private static final String EMAIL_DOMAIN = "@example.com";
  private static final int CODE_WIDTH = 8;
  private static final int MIN_CODE_DIGITS = 4;

  private UniqueText() {}

  static UniqueGenerator forColumn(Column column, Bounds bounds) {
    if (bounds.min() != null || bounds.max() != null) {
      throw Impossible.bounds(column, bounds, "ranges on unique text are not supported");
    }
    int length = column.type().length();
    int max =
        bounds.maxLength() > 0 && (length == 0 || bounds.maxLength() < length)
            ? bounds.maxLength()
            : length;
    if (max > 0 && bounds.minLength() > max) {
      throw Impossible.bounds(column, bounds, "no text length is left");
    }
    ColumnName name = ColumnName.of(column.name());
    boolean plain = bounds.excluded().isEmpty() && bounds.minLength() <= 1;
    if (plain && name.contains("email") && (max == 0 || max > EMAIL_DOMAIN.length() + 1)) {
      return withDigits(
          "first.last{index}" + EMAIL_DOMAIN, max, EMAIL_DOMAIN, PersonText::localPart);
    }
    if (plain
        && (name.contains("username", "login", "nickname") || name.is("user", "handle"))
        && (max == 0 || max > 1)) {
      return withDigits("first.last{index}", max, "", PersonText::localPart);
    }
    if (plain && name.contains("uuid", "guid") && (max == 0 || max >= 36)) {
      return new IndexedValues(
          UniqueIds.UUID_CAPACITY,
          "UUID text from the index",
          (i, cell) -> UniqueIds.uuid(i).toString());
    }
    return code(column, bounds, max);
  }

  /** Letters from the cell, then the index in decimal: the digits alone identify the value. */
  private static UniqueGenerator withDigits(
      String shape, int max, String suffix, java.util.function.Function<Cell, String> letters) {
    int digits = max == 0 ? 19 : max - 1 - suffix.length();
    long capacity = digits >= 19 ? Long.MAX_VALUE : BigIntegerPowers.pow(10, digits);
    return new IndexedValues(
        capacity,
        shape,
        (i, cell) -> {
          String number = Long.toString(i);
          String head = letters.apply(cell);
          if (max > 0 && head.length() + number.length() + suffix.length() > max) {
            head = head.substring(0, max - number.length() - suffix.length());
          }
          while (head.length() > 1 && head.endsWith(".")) {
            head = head.substring(0, head.length() - 1);
          }
          return head + number + suffix;
        });
  }

  private static UniqueGenerator code(Column column, Bounds bounds, int max) {
    String prefix = prefix(column.name());
    if (max > 0 && max - prefix.length() < MIN_CODE_DIGITS) {
      prefix = "";
    }
    int available = max == 0 ? Integer.MAX_VALUE : max - prefix.length();
    int width =
        column.type().kind() == TypeKind.CHAR && max > 0
            ? available
            : Math.min(available, CODE_WIDTH);
    width = Math.max(width, bounds.minLength() - prefix.length());
    long capacity = available >= 13 ? Long.MAX_VALUE : BigIntegerPowers.pow(36, available);
    Code code = new Code(prefix, width);
    List<Long> skipped = new ArrayList<>();
    for (Object e : bounds.excluded()) {
      long index = code.indexOf(String.valueOf(e));
      if (index >= 0 && index < capacity && code.at(index).equals(e)) {
        skipped.add(index);
      }
    }
    UnitRange indexes = UnitRange.of(0, capacity - 1, skipped);
    if (indexes == null) {
      throw Impossible.bounds(column, bounds, "every code is excluded");
    }
    return new IndexedValues(
        indexes.size(),
        "code " + prefix + "{base-36 index, width " + width + "}",
        (i, cell) -> code.at(indexes.at(i)));
  }

  private static String prefix(String columnName) {
    StringBuilder p = new StringBuilder();
    for (char c : columnName.toCharArray()) {
      if (Character.isLetter(c) && c < 128 && p.length() < 3) {
        p.append(Character.toUpperCase(c));
      }
    }
    return p.length() == 0 ? "" : p + "-";
  }

  /** The index in upper-case base 36 after a prefix, left-padded with zeros to a width. */
  private record Code(String prefix, int width) {
    String at(long index) {
      String digits = Long.toString(index, 36).toUpperCase(Locale.ROOT);
      return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    long indexOf(String value) {
      if (!value.startsWith(prefix) || value.length() == prefix.length()) {
        return -1;
      }
      try {
        return Long.parseLong(value.substring(prefix.length()), 36);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
