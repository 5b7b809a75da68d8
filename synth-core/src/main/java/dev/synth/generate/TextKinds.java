package dev.synth.generate;

import dev.synth.generate.TextRule.TextKind;
import java.util.List;
import java.util.Locale;

/** Text kinds that depend on the column length or the table: codes, statuses, names. */
final class TextKinds {
  private static final List<String> ORDER_STATUSES =
      List.of("NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED");
  private static final List<String> STATUSES =
      List.of("ACTIVE", "INACTIVE", "PENDING", "SUSPENDED");

  /** A formatted number, {@code (555) 123-4567}, needs this much room; shorter gets digits. */
  private static final int FORMATTED_PHONE = 14;

  private TextKinds() {}

  static TextKind email(int length) {
    return new TextKind(
        "email (Datafaker name)", PersonText.SHORTEST_EMAIL, c -> PersonText.email(c, length));
  }

  static TextKind countryCode(int length) {
    if (length == 3) {
      return new TextKind(
          "country code, 3 letters (Datafaker country)",
          3,
          c -> c.faker().country().countryCode3().toUpperCase(Locale.ROOT));
    }
    return new TextKind(
        "country code (Datafaker address)", 2, c -> c.faker().address().countryCode());
  }

  /** A country name, or its code when the column has room for a code only. */
  static TextKind country(int length) {
    return length == 2 || length == 3
        ? countryCode(length)
        : new TextKind("country (Datafaker address)", 4, c -> c.faker().address().country());
  }

  static TextKind phone(int length) {
    return length > 0 && length < FORMATTED_PHONE
        ? new TextKind("phone number, digits", 10, c -> PersonText.phone(c).replaceAll("\\D", ""))
        : new TextKind("phone number", FORMATTED_PHONE, PersonText::phone);
  }

  static TextKind region(int length) {
    return length == 2
        ? new TextKind(
            "state abbreviation (Datafaker address)", 2, c -> c.faker().address().stateAbbr())
        : new TextKind("state or region (Datafaker address)", 3, c -> c.faker().address().state());
  }

  /** Statuses of orders in order-like tables, of accounts elsewhere; those that fit. */
  static TextKind status(int length, TableContext table) {
    List<String> fitting =
        (table.ordersLike() ? ORDER_STATUSES : STATUSES)
            .stream().filter(s -> length == 0 || s.length() <= length).toList();
    if (fitting.isEmpty()) {
      return new TextKind("status", Integer.MAX_VALUE, c -> "");
    }
    return new TextKind(
        "status, one of " + fitting, 1, c -> fitting.get(c.nextInt(fitting.size())));
  }

  /** A plain {@code name}: a company's, a person's or a product's, by what the table holds. */
  static TextKind name(TableContext table) {
    if (table.organisations()) {
      return new TextKind("company (Datafaker company)", 4, c -> c.faker().company().name());
    }
    if (table.people()) {
      return new TextKind("full name (Datafaker name)", 4, PersonText::fullName);
    }
    return new TextKind(
        "product name (Datafaker commerce)", 4, c -> c.faker().commerce().productName());
  }
}
