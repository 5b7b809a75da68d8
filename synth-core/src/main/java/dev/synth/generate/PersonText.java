package dev.synth.generate;

import java.util.List;
import java.util.Locale;

/**
 * People-shaped text built from Datafaker's name lists directly: composing providers is several
 * times faster than {@code internet().emailAddress()} or {@code phoneNumber()}, which matters at
 * 100,000 rows.
 */
final class PersonText {
  /** Reserved for documentation (RFC 2606), so generated addresses can never reach anyone. */
  static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");

  private PersonText() {}

  /** The shortest column an email fits: one letter, {@code @} and the longest domain. */
  static final int SHORTEST_EMAIL = 13;

  /** {@code first.last@example.com}, its local part shortened to fit {@code max} (0: any). */
  static String email(Cell cell, int max) {
    String domain = DOMAINS.get(cell.nextInt(DOMAINS.size()));
    String local = localPart(cell);
    if (max > 0 && local.length() + 1 + domain.length() > max) {
      local = local.substring(0, Math.max(1, max - 1 - domain.length()));
      if (local.endsWith(".")) {
        local = local.substring(0, local.length() - 1);
      }
    }
    return local + "@" + domain;
  }

  /** {@code first.last} in lower-case letters only (apostrophes and spaces dropped). */
  static String localPart(Cell cell) {
    var name = cell.faker().name();
    return letters(name.firstName()) + "." + letters(name.lastName());
  }

  static String username(Cell cell) {
    return cell.faker().credentials().username();
  }

  static String fullName(Cell cell) {
    var name = cell.faker().name();
    return name.firstName() + " " + name.lastName();
  }

  /** A North American number, {@code (555) 123-4567}. */
  static String phone(Cell cell) {
    return String.format(
        Locale.ROOT,
        "(%03d) %03d-%04d",
        200 + cell.nextInt(800),
        200 + cell.nextInt(800),
        cell.nextInt(10_000));
  }

  static String title(Cell cell) {
    List<String> words = cell.faker().lorem().words(2 + cell.nextInt(4));
    StringBuilder s = new StringBuilder();
    for (String w : words) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return s.toString();
  }

  /** The lower-case ASCII letters of a name; {@code "x"} when it has none. */
  static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.length() == 0 ? "x" : b.toString();
  }
}
