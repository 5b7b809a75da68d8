package dev.synth.generate;

import java.util.List;
import java.util.Locale;

/** The realistic text kinds, in the order they are tried (email before address, ...). */
final class SemanticText {
  private static final List<String> ORDER_STATUSES =
      List.of("NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED");
  private static final List<String> STATUSES =
      List.of("ACTIVE", "INACTIVE", "PENDING", "SUSPENDED");

  private SemanticText() {}

  static final List<TextRule> RULES =
      List.of(
          TextRule.of(
              "uuid text",
              n -> n.contains("uuid", "guid"),
              36,
              c -> TypeGenerators.uuid(c).toString()),
          TextRule.of(
              "email (Datafaker name)",
              n -> n.contains("email") || n.is("mail"),
              PersonText.SHORTEST_EMAIL,
              c -> PersonText.email(c, 0)),
          TextRule.of(
              "ip address (Datafaker internet)",
              n -> n.has("ip", "ipv4") || n.contains("ipaddress", "ipaddr"),
              15,
              c -> c.faker().internet().ipV4Address()),
          TextRule.of(
              "iban (Datafaker finance)", n -> n.has("iban"), 15, c -> c.faker().finance().iban()),
          TextRule.of(
              "currency code (Datafaker money)",
              n -> n.contains("currency") || n.is("ccy"),
              3,
              c -> c.faker().money().currencyCode()),
          new TextRule("country code (Datafaker address)", SemanticText::countryCode, 2, c -> null),
          TextRule.of(
              "country (Datafaker address)",
              n -> n.contains("country"),
              4,
              c -> c.faker().address().country()),
          TextRule.of(
              "first name (Datafaker name)",
              n -> n.contains("firstname", "forename", "givenname") || n.is("fname"),
              2,
              c -> c.faker().name().firstName()),
          TextRule.of(
              "last name (Datafaker name)",
              n -> n.contains("lastname", "surname", "familyname") || n.is("lname"),
              2,
              c -> c.faker().name().lastName()),
          TextRule.of(
              "username (Datafaker credentials)",
              n -> n.contains("username", "login", "nickname") || n.is("handle", "user"),
              3,
              PersonText::username),
          TextRule.of(
              "full name (Datafaker name)",
              n ->
                  n.contains(
                      "fullname", "displayname", "contactname", "customername", "personname"),
              4,
              PersonText::fullName),
          TextRule.of(
              "company (Datafaker company)",
              n -> n.contains("company", "employer", "organisation", "organization"),
              4,
              c -> c.faker().company().name()),
          TextRule.of(
              "job title (Datafaker job)",
              n ->
                  n.contains("jobtitle", "occupation", "profession")
                      || n.has("job")
                      || n.is("position"),
              4,
              c -> c.faker().job().title()),
          TextRule.of(
              "url (Datafaker internet)",
              n -> n.contains("url", "website", "homepage") || n.is("web", "link", "uri"),
              12,
              c -> "https://www." + c.faker().internet().domainName() + "/"),
          TextRule.of(
              "domain (Datafaker internet)",
              n -> n.contains("domain", "hostname") || n.is("host"),
              6,
              c -> c.faker().internet().domainName()),
          TextRule.of(
              "phone number",
              n -> n.contains("phone", "mobile", "fax") || n.has("tel"),
              10,
              PersonText::phone),
          TextRule.of(
              "postal code (Datafaker address)",
              n -> n.contains("zip", "postal", "postcode"),
              5,
              c -> c.faker().address().zipCode()),
          TextRule.of(
              "city (Datafaker address)", SemanticText::city, 3, c -> c.faker().address().city()),
          new TextRule(
              "state or region (Datafaker address)",
              (n, t) ->
                  n.contains("province", "region", "county") || n.has("state") && t.hasAddress(),
              2,
              c -> c.faker().address().state()),
          TextRule.of(
              "street address (Datafaker address)",
              n ->
                  (n.contains("street", "address") || n.has("addr", "line1", "line2"))
                      && !n.has("mac"),
              8,
              c -> c.faker().address().streetAddress()),
          TextRule.of(
              "colour (Datafaker color)",
              n -> n.contains("color", "colour"),
              3,
              c -> c.faker().color().name()),
          new TextRule("status", (n, t) -> n.has("status", "state"), 1, c -> null),
          TextRule.of(
              "sentences (Datafaker lorem)",
              n ->
                  n.has(
                      "description",
                      "desc",
                      "comment",
                      "comments",
                      "note",
                      "notes",
                      "bio",
                      "summary",
                      "remarks",
                      "remark",
                      "about",
                      "message",
                      "body",
                      "content"),
              10,
              c -> String.join(" ", c.faker().lorem().sentences(2 + c.nextInt(3)))),
          TextRule.of(
              "title (Datafaker lorem)",
              n -> n.has("title", "subject", "headline", "caption"),
              4,
              PersonText::title),
          new TextRule("name", (n, t) -> n.is("name") || n.endsWith("name"), 3, c -> null));

  /** The value for rules whose text depends on the column or table (country code, status...). */
  static TextRule specialise(TextRule rule, int length, TableContext table) {
    return switch (rule.label()) {
      case "country (Datafaker address)" ->
          length == 2 || length == 3 ? specialise(RULES.get(5), length, table) : rule;
      case "country code (Datafaker address)" ->
          length == 3
              ? new TextRule(
                  "country code, 3 letters (Datafaker country)",
                  rule.names(),
                  3,
                  c -> c.faker().country().countryCode3().toUpperCase(Locale.ROOT))
              : new TextRule(rule.label(), rule.names(), 2, c -> c.faker().address().countryCode());
      case "state or region (Datafaker address)" ->
          length == 2
              ? new TextRule(rule.label(), rule.names(), 2, c -> c.faker().address().stateAbbr())
              : rule;
      case "status" -> status(length, table);
      case "name" -> name(table);
      case "email (Datafaker name)" ->
          new TextRule(
              rule.label(), rule.names(), rule.minLength(), c -> PersonText.email(c, length));
      case "phone number" ->
          length > 0 && length < 14
              ? new TextRule(
                  rule.label(), rule.names(), 10, c -> PersonText.phone(c).replaceAll("\\D", ""))
              : rule;
      default -> rule;
    };
  }

  /** {@code city}, {@code billingCity}, but not {@code capacity} or {@code ethnicity}. */
  private static boolean city(ColumnName n) {
    String j = n.joined();
    return n.has("city", "town")
        || j.endsWith("city") && j.length() > 4 && "aeiou".indexOf(j.charAt(j.length() - 5)) < 0;
  }

  private static boolean countryCode(ColumnName n, TableContext t) {
    return n.contains("country") && (n.has("code", "iso", "iso2", "iso3", "cc"));
  }

  private static TextRule status(int length, TableContext table) {
    List<String> fitting =
        (table.ordersLike() ? ORDER_STATUSES : STATUSES)
            .stream().filter(s -> length == 0 || s.length() <= length).toList();
    return new TextRule(
        "status, one of " + fitting,
        (n, t) -> true,
        fitting.isEmpty() ? 1000 : 1,
        c -> fitting.get(c.nextInt(fitting.size())));
  }

  private static TextRule name(TableContext table) {
    if (table.organisations()) {
      return new TextRule(
          "company (Datafaker company)", (n, t) -> true, 4, c -> c.faker().company().name());
    }
    if (table.people()) {
      return new TextRule("full name (Datafaker name)", (n, t) -> true, 4, PersonText::fullName);
    }
    return new TextRule(
        "product name (Datafaker commerce)",
        (n, t) -> true,
        4,
        c -> c.faker().commerce().productName());
  }
}
