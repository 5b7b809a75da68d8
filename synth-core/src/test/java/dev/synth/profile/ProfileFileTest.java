package dev.synth.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.synth.ConfigException;
import dev.synth.schema.TypeKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFileTest {

  static Profile sample() {
    List<String> quantiles = new ArrayList<>();
    for (int p = 0; p <= 100; p++) {
      quantiles.add(String.valueOf(Math.max(1, Math.min(99, p))));
    }
    ColumnProfile amount =
        new ColumnProfile(
            "AMOUNT",
            "INTEGER",
            TypeKind.INTEGER,
            true,
            0.25,
            99L,
            quantiles,
            null,
            List.of(),
            null,
            null);
    ColumnProfile status =
        new ColumnProfile(
            "STATUS",
            "VARCHAR",
            TypeKind.VARCHAR,
            false,
            0,
            4L,
            List.of(),
            new Categories(List.of(new Frequency("PAID", 70), new Frequency("NEW", 22)), 8),
            List.of(),
            null,
            "status");
    ColumnProfile plate =
        new ColumnProfile(
            "PLATE",
            "VARCHAR",
            TypeKind.VARCHAR,
            false,
            0,
            100L,
            List.of(),
            null,
            lengths(),
            "AA-9999",
            null);
    ForeignKeyProfile fk =
        new ForeignKeyProfile(
            "FK_ORDERS_CUSTOMER",
            List.of("CUSTOMER_ID"),
            "PUBLIC",
            "CUSTOMER",
            0.1,
            List.of(new FanOutBucket(0, 0, 30), new FanOutBucket(1, 1, 70)),
            List.of());
    ForeignKeyProfile manager =
        new ForeignKeyProfile(
            "FK_ORDERS_PARENT",
            List.of("PARENT_ID"),
            "PUBLIC",
            "ORDERS",
            0.1,
            List.of(new FanOutBucket(0, 0, 60), new FanOutBucket(1, 9, 40)),
            List.of(new DepthCount(0, 10), new DepthCount(1, 60), new DepthCount(3, 30)));
    TableProfile orders =
        new TableProfile(
            "PUBLIC",
            "ORDERS",
            100,
            List.of(amount, status, plate),
            List.of(fk, manager),
            List.of(new Correlation("AMOUNT", "STATUS", -0.42)));
    return new Profile(
        10, List.of(orders), List.of(new Suppression("PUBLIC", "ORDERS", "STATUS", 2, 8)));
  }

  private static List<Long> lengths() {
    List<Long> lengths = new ArrayList<>();
    for (int p = 0; p <= 100; p++) {
      lengths.add(7L);
    }
    return lengths;
  }

  @Test
  void writtenProfileReadsBackEqual(@TempDir Path dir) {
    Path file = dir.resolve("profile.json");
    ProfileFile.write(sample(), file);

    assertThat(ProfileFile.read(file)).isEqualTo(sample());
  }

  @Test
  void sameProfileGivesTheSameTextWithOneArrayElementPerLine() {
    String json = ProfileFile.toJson(sample());

    assertThat(ProfileFile.toJson(ProfileFile.parse(json, "text"))).isEqualTo(json);
    assertThat(json)
        .startsWith("{\n  \"formatVersion\": 1,\n  \"k\": 10,\n")
        .contains("\n            \"CUSTOMER_ID\"\n")
        .doesNotContain("\r")
        .endsWith("}\n");
  }

  @Test
  void correlationsAreWrittenOnePairPerObjectAndReadBack() {
    String json = ProfileFile.toJson(sample());

    assertThat(json)
        .contains(
            "\"correlations\": [\n        {\n          \"a\": \"AMOUNT\",\n          \"b\":"
                + " \"STATUS\",\n          \"rho\": -0.42\n        }\n      ]");
    assertThat(ProfileFile.parse(json, "text").tables().get(0).correlations())
        .containsExactly(new Correlation("AMOUNT", "STATUS", -0.42));
  }

  @Test
  void profileWrittenBeforeCorrelationsReadsWithNone() {
    String json = ProfileFile.toJson(sample());
    String withoutCorrelations =
        json.substring(0, json.indexOf(",\n      \"correlations\""))
            + json.substring(json.indexOf("]", json.indexOf("\"correlations\"")) + 1);

    assertThat(withoutCorrelations).doesNotContain("correlations");
    assertThat(ProfileFile.parse(withoutCorrelations, "old.json").tables().get(0).correlations())
        .isEmpty();
  }

  @Test
  void shapeSemanticKindAndDepthsAreWrittenAndReadBackAndAbsentWhenNotLearned() {
    String json = ProfileFile.toJson(sample());
    Profile read = ProfileFile.parse(json, "text");

    assertThat(json)
        .contains("\"shape\": \"AA-9999\"", "\"semantic\": \"status\"")
        .contains("\"depths\": [\n            {\n              \"depth\": 0,\n")
        .containsOnlyOnce("\"shape\"")
        .containsOnlyOnce("\"semantic\"")
        .containsOnlyOnce("\"depths\"");
    assertThat(read.table("ORDERS").column("PLATE").shape()).isEqualTo("AA-9999");
    assertThat(read.table("ORDERS").column("STATUS").semantic()).isEqualTo("status");
    assertThat(read.table("ORDERS").column("AMOUNT").shape()).isNull();
    assertThat(read.table("ORDERS").foreignKeys().get(1).depths())
        .extracting(DepthCount::depth, DepthCount::rows)
        .containsExactly(tuple(0, 10L), tuple(1, 60L), tuple(3, 30L));
    assertThat(read.table("ORDERS").foreignKeys().get(0).depths()).isEmpty();
  }

  @Test
  void shapeHoldingALetterIsRejected() {
    String json = ProfileFile.toJson(sample()).replace("AA-9999", "AB-9999");

    assertThatThrownBy(() -> ProfileFile.parse(json, "edited.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("shape of column PLATE must be 1 to 32 characters of A, a, 9")
        .hasMessageContaining("but was 'AB-9999'");
  }

  @Test
  void depthsThatDoNotStartAtTheRootsAreRejected() {
    String json = ProfileFile.toJson(sample()).replace("\"depth\": 0,", "\"depth\": 2,");

    assertThatThrownBy(() -> ProfileFile.parse(json, "edited.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "depths of foreign key FK_ORDERS_PARENT must start at depth 0 and ascend but were"
                + " [2, 1, 3]");
  }

  @Test
  void correlationOutsideMinusOneToOneIsRejected() {
    String json = ProfileFile.toJson(sample()).replace("-0.42", "-1.5");

    assertThatThrownBy(() -> ProfileFile.parse(json, "edited.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("correlation of AMOUNT and STATUS must be between -1 and 1");
  }

  @Test
  void unknownFormatVersionFailsNamingBothVersions() {
    String json =
        ProfileFile.toJson(sample()).replace("\"formatVersion\": 1", "\"formatVersion\": 9");

    assertThatThrownBy(() -> ProfileFile.parse(json, "app-profile.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("app-profile.json has profile format version 9")
        .hasMessageContaining("reads version 1");
  }

  @Test
  void releasedValueRarerThanKIsRejected() {
    String json = ProfileFile.toJson(sample()).replace("\"count\": 22", "\"count\": 3");

    assertThatThrownBy(() -> ProfileFile.parse(json, "edited.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ORDERS.STATUS releases a value held by 3 rows, fewer than k = 10");
  }

  @Test
  void aTreeLevelOfFewerThanKRowsIsRejected() {
    String json =
        ProfileFile.toJson(sample())
            .replace(
                "\"depth\": 3,\n              \"rows\": 30",
                "\"depth\": 3,\n              \"rows\": 4");

    assertThatThrownBy(() -> ProfileFile.parse(json, "edited.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("releases a tree level of 4 rows at depth 3, fewer than k = 10");
  }

  @Test
  void unclippedQuantilesAreRejected() {
    List<String> raw = new ArrayList<>();
    for (int p = 0; p <= 100; p++) {
      raw.add(String.valueOf(p));
    }

    assertThatThrownBy(
            () ->
                new ColumnProfile(
                    "X",
                    "INTEGER",
                    TypeKind.INTEGER,
                    false,
                    0,
                    101L,
                    raw,
                    null,
                    List.of(),
                    null,
                    null))
        .hasMessageContaining("must be clipped (p0 = p1, p100 = p99) but were p0=0, p1=1");
  }

  static Profile noisySample() {
    Profile exact = sample();
    Privacy privacy =
        new Privacy(
            1.0,
            1e-6,
            List.of(
                new PrivacySpend("PUBLIC", "ORDERS", "rows", null, "geometric", 0.5, 0),
                new PrivacySpend(
                    "PUBLIC",
                    "ORDERS",
                    "histogram",
                    "STATUS",
                    "geometric, threshold 30",
                    0.5,
                    1e-6)));
    return new Profile(exact.k(), exact.tables(), exact.suppressed(), privacy);
  }

  @Test
  void aProfileWithPrivacyReadsBackEqualAndNamesWhereEpsilonWent(@TempDir Path dir) {
    Path file = dir.resolve("noisy.json");
    ProfileFile.write(noisySample(), file);

    assertThat(ProfileFile.read(file)).isEqualTo(noisySample());
    assertThat(ProfileFile.toJson(noisySample()))
        .contains("\"privacy\": {\n    \"epsilon\": 1.0,\n    \"delta\": 1.0E-6,\n    \"spent\": [")
        .contains("\"of\": \"STATUS\",\n        \"mechanism\": \"geometric, threshold 30\"");
  }

  @Test
  void aProfileWithoutPrivacyWritesNoPrivacyKey() {
    assertThat(ProfileFile.toJson(sample())).doesNotContain("privacy");
  }

  @Test
  void spendingMoreThanTheBudgetIsRejected() {
    String json =
        ProfileFile.toJson(noisySample()).replace("\"epsilon\": 0.5", "\"epsilon\": 0.75");

    assertThatThrownBy(() -> ProfileFile.parse(json, "edited.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("spent epsilon 1.5")
        .hasMessageContaining("more than the budget of epsilon 1.0");
  }

  @Test
  void missingFileSaysHowToMakeOne(@TempDir Path dir) {
    assertThatThrownBy(() -> ProfileFile.read(dir.resolve("absent.json")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("absent.json does not exist; learn one with synth:profile");
  }

  @Test
  void jsonWithoutFormatVersionIsNotTakenForAProfile() {
    assertThatThrownBy(() -> ProfileFile.parse("{\"tables\": []}", "other.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("other.json is not a Synth profile: it has no integer formatVersion");
  }
}
