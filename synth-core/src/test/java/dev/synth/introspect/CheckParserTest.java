package dev.synth.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.schema.Check;
import dev.synth.schema.Condition;
import dev.synth.schema.Condition.And;
import dev.synth.schema.Condition.Between;
import dev.synth.schema.Condition.ColumnCompare;
import dev.synth.schema.Condition.Compare;
import dev.synth.schema.Condition.InList;
import dev.synth.schema.Condition.LengthCompare;
import dev.synth.schema.Condition.NotNull;
import dev.synth.schema.Condition.Op;
import dev.synth.schema.Condition.Or;
import dev.synth.schema.Condition.Unsupported;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class CheckParserTest {
  private static final ColumnNames COLUMNS =
      ColumnNames.of(
          List.of(
              "QTY",
              "PRICE",
              "STATUS",
              "START_DATE",
              "END_DATE",
              "CODE",
              "A",
              "B",
              "EMAIL",
              "PAID",
              "CREATED",
              "OPENS"));

  private final CheckParser parser = new CheckParser(SQLDialect.H2);

  private Condition parse(String sql) {
    return parser.condition(sql, COLUMNS);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void readsPostgresqlsAnyOfArrayAsAnInList() {
    Condition c =
        new CheckParser(SQLDialect.POSTGRES)
            .condition("((status = ANY (ARRAY['NEW'::text, 'PAID'::text])))", COLUMNS);

    assertThat(c).isEqualTo(new InList("STATUS", List.of("NEW", "PAID")));
  }

  @Test
  void keepsAllOfArrayUnsupported() {
    Condition c =
        new CheckParser(SQLDialect.POSTGRES)
            .condition("status = ALL (ARRAY['NEW'::text, 'PAID'::text])", COLUMNS);

    assertThat(c).isInstanceOf(Unsupported.class);
  }

  @Test
  void readsAComparisonWithAConstantInH2sQuotedForm() {
    assertThat(parse("\"QTY\" > 0")).isEqualTo(new Compare("QTY", Op.GT, dec("0")));
  }

  @Test
  void flipsTheOperatorWhenTheConstantIsOnTheLeft() {
    assertThat(parse("0 < qty")).isEqualTo(new Compare("QTY", Op.GT, dec("0")));
    assertThat(parse("10 >= qty")).isEqualTo(new Compare("QTY", Op.LE, dec("10")));
  }

  @Test
  void readsEveryComparisonOperator() {
    assertThat(parse("qty = 1")).isEqualTo(new Compare("QTY", Op.EQ, dec("1")));
    assertThat(parse("qty <> 1")).isEqualTo(new Compare("QTY", Op.NE, dec("1")));
    assertThat(parse("qty != 1")).isEqualTo(new Compare("QTY", Op.NE, dec("1")));
    assertThat(parse("qty < 1")).isEqualTo(new Compare("QTY", Op.LT, dec("1")));
    assertThat(parse("qty <= 1")).isEqualTo(new Compare("QTY", Op.LE, dec("1")));
    assertThat(parse("qty >= 1")).isEqualTo(new Compare("QTY", Op.GE, dec("1")));
  }

  @Test
  void readsNegativeAndDecimalAndExponentNumbersAsBigDecimals() {
    assertThat(parse("price > -5")).isEqualTo(new Compare("PRICE", Op.GT, dec("-5")));
    assertThat(parse("price > -(5)")).isEqualTo(new Compare("PRICE", Op.GT, dec("-5")));
    assertThat(parse("price <= 999.99")).isEqualTo(new Compare("PRICE", Op.LE, dec("999.99")));
    assertThat(parse("price < 1e3")).isEqualTo(new Compare("PRICE", Op.LT, dec("1000.0")));
  }

  @Test
  void readsStringBooleanAndTypedTemporalLiterals() {
    assertThat(parse("status <> 'X'")).isEqualTo(new Compare("STATUS", Op.NE, "X"));
    assertThat(parse("paid = TRUE")).isEqualTo(new Compare("PAID", Op.EQ, Boolean.TRUE));
    assertThat(parse("start_date >= DATE '2020-01-31'"))
        .isEqualTo(new Compare("START_DATE", Op.GE, LocalDate.of(2020, 1, 31)));
    assertThat(parse("created < TIMESTAMP '2030-01-01 10:00:00'"))
        .isEqualTo(new Compare("CREATED", Op.LT, LocalDateTime.of(2030, 1, 1, 10, 0)));
    assertThat(parse("opens > TIME '08:30:00'"))
        .isEqualTo(new Compare("OPENS", Op.GT, LocalTime.of(8, 30)));
  }

  @Test
  void resolvesALiteralCastToADate() {
    assertThat(parse("start_date > CAST('2020-01-01' AS DATE)"))
        .isEqualTo(new Compare("START_DATE", Op.GT, LocalDate.of(2020, 1, 1)));
  }

  @Test
  void readsAComparisonBetweenTwoColumns() {
    assertThat(parse("\"END_DATE\" > \"START_DATE\""))
        .isEqualTo(new ColumnCompare("END_DATE", Op.GT, "START_DATE"));
  }

  @Test
  void readsBetweenWithInclusiveBounds() {
    assertThat(parse("\"PRICE\" BETWEEN 0 AND 1000"))
        .isEqualTo(new Between("PRICE", dec("0"), dec("1000")));
  }

  @Test
  void sortsTheBoundsOfASymmetricBetween() {
    assertThat(parse("price BETWEEN SYMMETRIC 10 AND 1"))
        .isEqualTo(new Between("PRICE", dec("1"), dec("10")));
  }

  @Test
  void readsAnInList() {
    assertThat(parse("\"STATUS\" IN('NEW', 'PAID')"))
        .isEqualTo(new InList("STATUS", List.of("NEW", "PAID")));
  }

  @Test
  void readsLengthComparisonsOnEitherSideAndAsBetween() {
    assertThat(parse("CHAR_LENGTH(\"CODE\") = 3")).isEqualTo(new LengthCompare("CODE", Op.EQ, 3));
    assertThat(parse("LENGTH(code) <= 10")).isEqualTo(new LengthCompare("CODE", Op.LE, 10));
    assertThat(parse("2 < char_length(code)")).isEqualTo(new LengthCompare("CODE", Op.GT, 2));
    assertThat(parse("OCTET_LENGTH(code) < 8")).isEqualTo(new LengthCompare("CODE", Op.LT, 8));
    assertThat(parse("LENGTH(code) BETWEEN 1 AND 5"))
        .isEqualTo(
            new And(
                List.of(new LengthCompare("CODE", Op.GE, 1), new LengthCompare("CODE", Op.LE, 5))));
  }

  @Test
  void readsIsNotNull() {
    assertThat(parse("email IS NOT NULL")).isEqualTo(new NotNull("EMAIL"));
  }

  @Test
  void nestsAndAndOrAsH2PrintsThem() {
    assertThat(parse("(\"A\" > 0)\n    AND ((\"B\" < 5)\n    OR (\"B\" > 10))"))
        .isEqualTo(
            new And(
                List.of(
                    new Compare("A", Op.GT, dec("0")),
                    new Or(
                        List.of(
                            new Compare("B", Op.LT, dec("5")),
                            new Compare("B", Op.GT, dec("10")))))));
  }

  @Test
  void flattensChainsOfTheSameConnective() {
    assertThat(parse("a = 1 AND b = 2 AND qty = 3"))
        .isEqualTo(
            new And(
                List.of(
                    new Compare("A", Op.EQ, dec("1")),
                    new Compare("B", Op.EQ, dec("2")),
                    new Compare("QTY", Op.EQ, dec("3")))));
  }

  @Test
  void keepsOnlyTheNotUnderstoodPartAsUnsupported() {
    Condition c = parse("qty > 0 AND MOD(qty, 2) = 0");

    assertThat(c).isInstanceOf(And.class);
    List<Condition> parts = ((And) c).parts();
    assertThat(parts.get(0)).isEqualTo(new Compare("QTY", Op.GT, dec("0")));
    assertThat(parts.get(1)).isInstanceOf(Unsupported.class);
    assertThat(((Unsupported) parts.get(1)).sql()).containsIgnoringCase("mod(").contains("2");
    assertThat(c.containsUnsupported()).isTrue();
  }

  @Test
  void keepsTheWholeTextWhenNothingIsUnderstood() {
    assertThat(parse("\"EMAIL\" LIKE '%@%'")).isEqualTo(new Unsupported("\"EMAIL\" LIKE '%@%'"));
    assertThat(parse("qty NOT IN (1, 2)")).isEqualTo(new Unsupported("qty NOT IN (1, 2)"));
    assertThat(parse("a > b + 1")).isEqualTo(new Unsupported("a > b + 1"));
    assertThat(parse("price > 'a' ||")).isEqualTo(new Unsupported("price > 'a' ||"));
  }

  @Test
  void treatsAReferenceToAnUnknownColumnAsUnsupported() {
    assertThat(parse("nosuchcolumn > 0")).isInstanceOf(Unsupported.class);
  }

  @Test
  void acceptsTheCheckKeywordAroundTheCondition() {
    assertThat(parse("CHECK ((qty > 0))")).isEqualTo(new Compare("QTY", Op.GT, dec("0")));
  }

  @Test
  void readsADomainCheckWithValueStandingForTheColumn() {
    Check check = parser.parse("POS_INT", "VALUE > 0", ColumnNames.forDomain("QTY"));

    assertThat(check.condition()).isEqualTo(new Compare("QTY", Op.GT, dec("0")));
    assertThat(check.columns()).containsExactly("QTY");
  }

  @Test
  void listsTheColumnsACheckMentionsIgnoringStringLiterals() {
    Check check =
        parser.parse("CK", "MOD(\"QTY\", 2) = 0 OR status = 'PRICE' OR \"A\" > b", COLUMNS);

    assertThat(check.columns()).containsExactlyInAnyOrder("QTY", "STATUS", "A", "B");
    assertThat(check.name()).isEqualTo("CK");
    assertThat(check.understood()).isFalse();
  }
}
