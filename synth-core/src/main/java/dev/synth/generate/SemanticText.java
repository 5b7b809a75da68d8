package dev.synth.generate;

import java.util.List;

/**
 * The recognised text columns as one table of rules, tried in order (email and ip address before
 * street address, status last but one). It is long because it is a list, one entry per kind.
 */
final class SemanticText {
  private static final List<String> ORDER_STATUSES =
      List.of("NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED");
  private static final List<String> STATUSES =
      List.of("ACTIVE", "INACTIVE", "PENDING", "SUSPENDED");

  private SemanticText() {}

  static final List<TextRule> RULES =
      List.of(
          TextRule.of(
              "uuid",
              "uuid text",
              n -> n.contains("uuid", "guid"),
              36,
              c -> TypeGenerators.uuid(c).toString()),
          new TextRule(
              "email",
              (n, t) -> n.contains("email") || n.is("mail"),
              (length, t) -> TextKinds.email(length)),
          TextRule.of(
              "ip-address",
              "ip address (Datafaker internet)",
              n -> n.has("ip", "ipv4") || n.contains("ipaddress", "ipaddr"),
              15,
              c -> c.faker().internet().ipV4Address()),
          TextRule.of(
              "iban",
              "iban (Datafaker finance)",
              n -> n.has("iban"),
              15,
              c -> c.faker().finance().iban()),
          TextRule.of(
              "currency-code",
              "currency code (Datafaker money)",
              n -> n.contains("currency") || n.is("ccy"),
              3,
              c -> c.faker().money().currencyCode()),
          new TextRule(
              "country-code",
              (n, t) -> n.contains("country") && n.has("code", "iso", "iso2", "iso3", "cc"),
              (length, t) -> TextKinds.countryCode(length)),
          new TextRule(
              "country", (n, t) -> n.contains("country"), (length, t) -> TextKinds.country(length)),
          TextRule.of(
              "first-name",
              "first name (Datafaker name)",
              n -> n.contains("firstname", "forename", "givenname") || n.is("fname"),
              2,
              c -> c.faker().name().firstName()),
          TextRule.of(
              "last-name",
              "last name (Datafaker name)",
              n -> n.contains("lastname", "surname", "familyname") || n.is("lname"),
              2,
              c -> c.faker().name().lastName()),
          TextRule.of(
              "username",
              "username (Datafaker credentials)",
              n -> n.contains("username", "login", "nickname") || n.is("handle", "user"),
              3,
              PersonText::username),
          TextRule.of(
              "full-name",
              "full name (Datafaker name)",
              n ->
                  n.contains(
                      "fullname", "displayname", "contactname", "customername", "personname"),
              4,
              PersonText::fullName),
          TextRule.of(
              "company",
              "company (Datafaker company)",
              n -> n.contains("company", "employer", "organisation", "organization"),
              4,
              c -> c.faker().company().name()),
          TextRule.of(
              "job-title",
              "job title (Datafaker job)",
              n ->
                  n.contains("jobtitle", "occupation", "profession")
                      || n.has("job")
                      || n.is("position"),
              4,
              c -> c.faker().job().title()),
          TextRule.of(
              "url",
              "url (Datafaker internet)",
              n -> n.contains("url", "website", "homepage") || n.is("web", "link", "uri"),
              12,
              c -> "https://www." + c.faker().internet().domainName() + "/"),
          TextRule.of(
              "domain",
              "domain (Datafaker internet)",
              n -> n.contains("domain", "hostname") || n.is("host"),
              6,
              c -> c.faker().internet().domainName()),
          new TextRule(
              "phone",
              (n, t) -> n.contains("phone", "mobile", "fax") || n.has("tel"),
              (length, t) -> TextKinds.phone(length)),
          TextRule.of(
              "postal-code",
              "postal code (Datafaker address)",
              n -> n.contains("zip", "postal", "postcode"),
              5,
              c -> c.faker().address().zipCode()),
          TextRule.of(
              "city",
              "city (Datafaker address)",
              SemanticText::city,
              3,
              c -> c.faker().address().city()),
          new TextRule(
              "region",
              (n, t) ->
                  n.contains("province", "region", "county") || n.has("state") && t.hasAddress(),
              (length, t) -> TextKinds.region(length)),
          TextRule.of(
              "street-address",
              "street address (Datafaker address)",
              n ->
                  (n.contains("street", "address") || n.has("addr", "line1", "line2"))
                      && !n.has("mac"),
              8,
              c -> c.faker().address().streetAddress()),
          TextRule.of(
              "colour",
              "colour (Datafaker color)",
              n -> n.contains("color", "colour"),
              3,
              c -> c.faker().color().name()),
          new TextRule("status", (n, t) -> n.has("status", "state"), TextKinds::status),
          TextRule.of(
              "sentences",
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
              "title",
              "title (Datafaker lorem)",
              n -> n.has("title", "subject", "headline", "caption"),
              4,
              PersonText::title),
          new TextRule(
              "name",
              (n, t) -> n.is("name") || n.endsWith("name"),
              (length, t) -> TextKinds.name(t)));

  /** {@code city}, {@code billingCity}, but not {@code capacity} or {@code ethnicity}. */
  private static boolean city(ColumnName n) {
    String j = n.joined();
    return n.has("city", "town")
        || j.endsWith("city") && j.length() > 4 && "aeiou".indexOf(j.charAt(j.length() - 5)) < 0;
  }
}
