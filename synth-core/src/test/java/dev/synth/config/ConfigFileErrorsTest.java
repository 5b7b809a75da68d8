package dev.synth.config;

import static dev.synth.config.ConfigFileTest.assertError;

import org.junit.jupiter.api.Test;

class ConfigFileErrorsTest {

  @Test
  void anUnknownTopLevelKeyListsTheValidKeys() {
    assertError("seeds: 1")
        .hasMessage(
            "unknown key 'seeds' in synth.yaml; valid keys are seed, rows, mode, batchSize,"
                + " nullFraction, schema, include, exclude, tables, profile, scale");
  }

  @Test
  void aScaleMustBePositive() {
    assertError("scale: 0").hasMessageContaining("scale").hasMessageContaining("a positive number");
  }

  @Test
  void anUnknownColumnKeyNamesItsPath() {
    assertError(
            """
            tables:
              customer:
                columns:
                  email: { fakr: "#{Internet.emailAddress}" }
            """)
        .hasMessage(
            "unknown key 'fakr' at tables.customer.columns.email in synth.yaml; valid keys are"
                + " value, values, faker, min, max, nullFraction");
  }

  @Test
  void anUnknownTableKeyListsTheTableKeys() {
    assertError("tables: { customer: { row: 3 } }")
        .hasMessage(
            "unknown key 'row' at tables.customer in synth.yaml;"
                + " valid keys are rows, perParent, columns");
  }

  @Test
  void anUnknownPerParentKeyListsItsKeys() {
    assertError("tables: { item: { perParent: { parent: orders } } }")
        .hasMessage(
            "unknown key 'parent' at tables.item.perParent in synth.yaml;"
                + " valid keys are table, min, max");
  }

  @Test
  void tableRowsMustBeANonNegativeInteger() {
    assertError("tables: { customer: { rows: many } }")
        .hasMessage(
            "rows at tables.customer in synth.yaml must be a non-negative integer but was 'many'");
    assertError("tables: { customer: { rows: -1 } }")
        .hasMessage(
            "rows at tables.customer in synth.yaml must be a non-negative integer but was '-1'");
  }

  @Test
  void topLevelRowsMustBeANonNegativeInteger() {
    assertError("rows: 1.5")
        .hasMessage("rows in synth.yaml must be a non-negative integer but was '1.5'");
  }

  @Test
  void seedMustBeAnInteger() {
    assertError("seed: [1]").hasMessage("seed in synth.yaml must be an integer but was a list");
    assertError("seed: 123456789012345678901234567890")
        .hasMessage(
            "seed in synth.yaml must be an integer but was '123456789012345678901234567890'");
  }

  @Test
  void batchSizeMustBePositive() {
    assertError("batchSize: 0")
        .hasMessage("batchSize in synth.yaml must be a positive integer but was '0'");
  }

  @Test
  void nullFractionMustBeBetweenZeroAndOne() {
    assertError("nullFraction: 1.5")
        .hasMessage("nullFraction in synth.yaml must be a number between 0 and 1 but was '1.5'");
    assertError("tables: { t: { columns: { c: { nullFraction: 'half' } } } }")
        .hasMessage(
            "nullFraction at tables.t.columns.c in synth.yaml must be a number between 0 and 1"
                + " but was 'half'");
  }

  @Test
  void anInvalidModeListsTheModes() {
    assertError("mode: replace")
        .hasMessage(
            "mode in synth.yaml must be one of fail-if-not-empty, truncate, append"
                + " but was 'replace'");
    assertError("mode: 3")
        .hasMessage(
            "mode in synth.yaml must be one of fail-if-not-empty, truncate, append but was '3'");
  }

  @Test
  void schemaMustBeText() {
    assertError("schema: ''").hasMessage("schema in synth.yaml must be a schema name but was ''");
  }

  @Test
  void includeAndExcludeMustBeListsOfNames() {
    assertError("include: customer")
        .hasMessage("include in synth.yaml must be a list of table names but was 'customer'");
    assertError("exclude: [a, [b]]")
        .hasMessage("exclude in synth.yaml must be a list of table names but was a list");
  }

  @Test
  void theRootMustBeAMapping() {
    assertError("- rows: 3")
        .hasMessage(
            "synth.yaml must be a YAML mapping of settings such as seed, rows and tables"
                + " but was a list");
  }

  @Test
  void tablesAndColumnsMustBeMappings() {
    assertError("tables: [customer]")
        .hasMessage(
            "tables in synth.yaml must be a mapping from table name to its settings"
                + " but was a list");
    assertError("tables: { customer: 5 }")
        .hasMessage(
            "customer at tables in synth.yaml must be a mapping with rows, perParent or columns"
                + " but was '5'");
    assertError("tables: { customer: { columns: { email: faker } } }")
        .hasMessage(
            "email at tables.customer.columns in synth.yaml must be a mapping with value, values"
                + " or faker but was 'faker'");
  }

  @Test
  void yamlSyntaxErrorsGiveLineAndColumn() {
    assertError("rows: 3\ntables: [a, b\nseed: 4\n")
        .hasMessageStartingWith("synth.yaml is not valid YAML at line 3, column 5: ");
  }

  @Test
  void duplicateKeysAreSyntaxErrors() {
    assertError("rows: 3\nrows: 4\n")
        .hasMessage("synth.yaml is not valid YAML at line 2, column 5: Duplicate field 'rows'");
  }
}
