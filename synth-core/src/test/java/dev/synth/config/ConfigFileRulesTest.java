package dev.synth.config;

import static dev.synth.config.ConfigFileTest.assertError;

import org.junit.jupiter.api.Test;

class ConfigFileRulesTest {

  @Test
  void aTableTakesRowsOrPerParentNotBoth() {
    assertError("tables: { item: { rows: 3, perParent: { table: orders, min: 1, max: 2 } } }")
        .hasMessage("tables.item in synth.yaml takes rows or perParent, not both");
  }

  @Test
  void perParentNeedsTableMinAndMax() {
    assertError("tables: { item: { perParent: { min: 1, max: 2 } } }")
        .hasMessage(
            "missing key 'table' at tables.item.perParent in synth.yaml;"
                + " it must be the parent table's name");
    assertError("tables: { item: { perParent: { table: orders, min: 1 } } }")
        .hasMessage(
            "missing key 'max' at tables.item.perParent in synth.yaml;"
                + " it must be a non-negative integer");
  }

  @Test
  void perParentNeedsMinUpToMax() {
    assertError("tables: { item: { perParent: { table: orders, min: 3, max: 2 } } }")
        .hasMessage("tables.item.perParent in synth.yaml needs min <= max but had min=3, max=2");
    assertError("tables: { item: { perParent: { table: orders, min: -1, max: 2 } } }")
        .hasMessage(
            "min at tables.item.perParent in synth.yaml must be a non-negative integer"
                + " but was '-1'");
  }

  @Test
  void aColumnTakesOnlyOneKindOfRule() {
    assertError("tables: { t: { columns: { c: { value: 1, faker: x } } } }")
        .hasMessage(
            "tables.t.columns.c in synth.yaml takes only one of value, values and faker"
                + " but had value and faker");
  }

  @Test
  void aValueMustBeAScalar() {
    assertError("tables: { t: { columns: { c: { value: [1] } } } }")
        .hasMessage(
            "value at tables.t.columns.c in synth.yaml must be a number, a text or a boolean"
                + " but was a list");
    assertError("tables: { t: { columns: { c: { value: ~ } } } }")
        .hasMessage(
            "value at tables.t.columns.c in synth.yaml must be a number, a text or a boolean"
                + " (for a column of NULLs use nullFraction: 1) but was empty");
  }

  @Test
  void valuesMustBeAMappingOrAList() {
    assertError("tables: { t: { columns: { c: { values: NEW } } } }")
        .hasMessage(
            "values at tables.t.columns.c in synth.yaml must be a mapping from value to weight"
                + " or a list of values, not empty but was 'NEW'");
    assertError("tables: { t: { columns: { c: { values: [] } } } }")
        .hasMessage(
            "values at tables.t.columns.c in synth.yaml must be a mapping from value to weight"
                + " or a list of values, not empty but was an empty list");
  }

  @Test
  void weightsMustBeNonNegativeNumbers() {
    assertError("tables: { t: { columns: { c: { values: { NEW: lots } } } } }")
        .hasMessage(
            "NEW at tables.t.columns.c.values in synth.yaml must be a weight"
                + " (a non-negative number) but was 'lots'");
    assertError("tables: { t: { columns: { c: { values: { NEW: -0.5 } } } } }")
        .hasMessage(
            "NEW at tables.t.columns.c.values in synth.yaml must be a weight"
                + " (a non-negative number) but was '-0.5'");
  }

  @Test
  void someWeightMustBePositive() {
    assertError("tables: { t: { columns: { c: { values: { A: 0, B: 0 } } } } }")
        .hasMessage(
            "tables.t.columns.c in synth.yaml gives every one of its values weight 0;"
                + " make at least one positive");
  }

  @Test
  void listedValuesMustBeScalarsAndDistinct() {
    assertError("tables: { t: { columns: { c: { values: [A, { B: 1 }] } } } }")
        .hasMessage(
            "values at tables.t.columns.c in synth.yaml must be a list of numbers, texts or"
                + " booleans but was a list");
    assertError("tables: { t: { columns: { c: { values: [A, B, A] } } } }")
        .hasMessage("tables.t.columns.c in synth.yaml lists the value 'A' twice in values");
  }

  @Test
  void fakerMustBeText() {
    assertError("tables: { t: { columns: { c: { faker: 5 } } } }")
        .hasMessage(
            "faker at tables.t.columns.c in synth.yaml must be a Datafaker expression such as"
                + " \"#{Internet.emailAddress}\" but was '5'");
  }

  @Test
  void boundsMustBeNumbersOrDates() {
    assertError("tables: { t: { columns: { c: { min: true } } } }")
        .hasMessage(
            "min at tables.t.columns.c in synth.yaml must be a number or an ISO date/time such as"
                + " \"2020-01-01\" but was 'true'");
  }

  @Test
  void numericBoundsMustBeOrdered() {
    assertError("tables: { t: { columns: { c: { min: 50, max: 0.5 } } } }")
        .hasMessage("tables.t.columns.c in synth.yaml needs min <= max but had min=50, max=0.5");
  }
}
