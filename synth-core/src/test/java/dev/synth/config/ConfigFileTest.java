package dev.synth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.ConfigException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  private static final String DOCUMENTED =
      """
      seed: 42
      rows: 100                      # default rows per table
      mode: fail-if-not-empty        # | truncate | append
      batchSize: 1000
      nullFraction: 0.1
      schema: PUBLIC                 # optional
      include: [customer, orders]    # optional
      exclude: [audit_log]           # optional
      tables:
        customer:
          rows: 1000
          columns:
            email:    { faker: "#{Internet.emailAddress}" }
            status:   { values: { NEW: 0.2, PAID: 0.7, CANCELLED: 0.1 } }
            country:  { value: "NL" }
            discount: { nullFraction: 0.3, min: 0, max: 50 }
            signup:   { min: "2020-01-01", max: "2024-12-31" }
        order_item:
          perParent: { table: orders, min: 1, max: 5 }
        audit_log: { rows: 0 }
      """;

  @Test
  void readsTheDocumentedExample() {
    SynthConfig config = ConfigFile.parse(DOCUMENTED, "synth.yaml");

    assertThat(config.seed()).isEqualTo(42);
    assertThat(config.rows()).isEqualTo(100);
    assertThat(config.mode()).isEqualTo(Mode.FAIL_IF_NOT_EMPTY);
    assertThat(config.batchSize()).isEqualTo(1000);
    assertThat(config.nullFraction()).isEqualTo(0.1);
    assertThat(config.schema()).isEqualTo("PUBLIC");
    assertThat(config.includes()).containsExactly("customer", "orders");
    assertThat(config.excludes()).containsExactly("audit_log");
    assertThat(config.tables()).containsOnlyKeys("customer", "order_item", "audit_log");
    assertThat(config.tables().get("audit_log").rows()).isZero();
    assertThat(config.tables().get("order_item").perParent())
        .isEqualTo(new PerParent("orders", 1, 5));
  }

  @Test
  void readsTheDocumentedColumnRules() {
    TableConfig customer = ConfigFile.parse(DOCUMENTED, "synth.yaml").tables().get("customer");

    assertThat(customer.rows()).isEqualTo(1000L);
    assertThat(customer.columns())
        .containsExactly(
            Map.entry("email", ColumnConfig.faker("#{Internet.emailAddress}")),
            Map.entry(
                "status", ColumnConfig.values(Map.of("NEW", 0.2, "PAID", 0.7, "CANCELLED", 0.1))),
            Map.entry("country", ColumnConfig.fixed("NL")),
            Map.entry("discount", ColumnConfig.range(0, 50).withNullFraction(0.3)),
            Map.entry("signup", ColumnConfig.range("2020-01-01", "2024-12-31")));
    assertThat(customer.columns().get("status").values().keySet())
        .containsExactly("NEW", "PAID", "CANCELLED");
  }

  @Test
  void anEmptyDocumentGivesTheDefaults() {
    assertThat(ConfigFile.parse("", "synth.yaml")).isEqualTo(SynthConfig.defaults());
    assertThat(ConfigFile.parse("# nothing yet\n", "synth.yaml")).isEqualTo(SynthConfig.defaults());
  }

  @Test
  void missingKeysKeepTheDefaults() {
    SynthConfig config = ConfigFile.parse("rows: 7\n", "synth.yaml");

    assertThat(config).isEqualTo(SynthConfig.defaults().withRows(7));
  }

  @Test
  void modesAreReadInAnyCase() {
    assertThat(ConfigFile.parse("mode: truncate", "f").mode()).isEqualTo(Mode.TRUNCATE);
    assertThat(ConfigFile.parse("mode: APPEND", "f").mode()).isEqualTo(Mode.APPEND);
  }

  @Test
  void aNegativeSeedIsAllowed() {
    assertThat(ConfigFile.parse("seed: -5", "f").seed()).isEqualTo(-5);
  }

  @Test
  void scalarsKeepTheirYamlTypes() {
    Map<String, ColumnConfig> columns =
        columns(
            """
            a: { value: 7 }
            b: { value: 12345678901 }
            c: { value: 1.5 }
            d: { value: 123456789012345678901234567890 }
            e: { value: true }
            f: { value: "7" }
            """);

    assertThat(columns.get("a").value()).isEqualTo(7);
    assertThat(columns.get("b").value()).isEqualTo(12345678901L);
    assertThat(columns.get("c").value()).isEqualTo(1.5);
    assertThat(columns.get("d").value())
        .isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(columns.get("e").value()).isEqualTo(Boolean.TRUE);
    assertThat(columns.get("f").value()).isEqualTo("7");
  }

  @Test
  void valueMapKeysStayText() {
    ColumnConfig column = columns("n: { values: { 1: 0.5, 2: 0.5 } }").get("n");

    assertThat(column.values()).containsExactly(Map.entry("1", 0.5), Map.entry("2", 0.5));
  }

  @Test
  void aValueListWeighsEveryValueTheSame() {
    ColumnConfig column = columns("size: { values: [S, M, 3] }").get("size");

    assertThat(column.values())
        .containsExactly(Map.entry("S", 1.0), Map.entry("M", 1.0), Map.entry(3, 1.0));
  }

  @Test
  void aTableWithoutSettingsUsesTheDefaults() {
    assertThat(ConfigFile.parse("tables:\n  customer:\n", "f").tables())
        .containsExactly(Map.entry("customer", TableConfig.DEFAULT));
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("synth.yaml");
    Files.writeString(file, "rows: 3\n");
    assertThat(ConfigFile.read(file).rows()).isEqualTo(3);

    Files.writeString(file, "rowz: 3\n");
    assertThatThrownBy(() -> ConfigFile.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("unknown key 'rowz' in " + file + ";");
  }

  @Test
  void aRelativeProfileIsFoundNextToTheConfigFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("synth.yaml");
    Files.writeString(file, "profile: profiles/app.json\nscale: 0.5\n");

    SynthConfig config = ConfigFile.read(file);

    assertThat(Path.of(config.profile())).isEqualTo(dir.resolve("profiles/app.json"));
    assertThat(config.scale()).isEqualTo(0.5);
  }

  @Test
  void aMissingFileIsAConfigError(@TempDir Path dir) {
    Path file = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config file " + file + " does not exist");
  }

  static Map<String, ColumnConfig> columns(String yaml) {
    String indented = yaml.lines().map(l -> "      " + l).reduce("", (a, b) -> a + b + "\n");
    return ConfigFile.parse("tables:\n  t:\n    columns:\n" + indented, "f")
        .tables()
        .get("t")
        .columns();
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertError(String yaml) {
    return assertThatThrownBy(() -> ConfigFile.parse(yaml, "synth.yaml"))
        .isInstanceOf(ConfigException.class);
  }
}
