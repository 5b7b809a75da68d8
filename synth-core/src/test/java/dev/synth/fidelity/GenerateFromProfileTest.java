package dev.synth.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.config.ColumnConfig;
import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.ProfileFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code populate} does with a profile besides reproducing it: scale, rules, drift. */
class GenerateFromProfileTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  @TempDir static Path dir;
  private static String profile;

  @BeforeAll
  static void learnTheShop() throws SQLException {
    String source = "jdbc:h2:mem:profile_rules_source;DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(source, "sa", "")) {
      ShopSource.create(c);
    }
    Path file = dir.resolve("shop-profile.json");
    try (Synth synth = Synth.connect(source, "sa", "")) {
      ProfileFile.write(synth.profile(ProfileOptions.defaults()), file);
    }
    profile = file.toString();
  }

  @Test
  void rowCountsComeFromTheProfileTimesTheScaleAndPerTableRowsWin() throws SQLException {
    String url = target(ShopSource.DDL);
    SynthConfig config =
        SynthConfig.defaults()
            .withProfile(profile)
            .withScale(0.25)
            .withTable("orders", new TableConfig(700L, null, Map.of()));

    populate(url, config);

    assertThat(count(url, "SELECT COUNT(*) FROM customer")).isEqualTo(ShopSource.CUSTOMERS / 4);
    assertThat(count(url, "SELECT COUNT(*) FROM orders")).isEqualTo(700);
    assertThat(count(url, "SELECT COUNT(*) FROM orders WHERE customer_id IS NULL")).isZero();
  }

  @Test
  void aColumnRuleWinsOverWhatWasLearned() throws SQLException {
    String url = target(ShopSource.DDL);
    SynthConfig config =
        SynthConfig.defaults()
            .withProfile(profile)
            .withScale(0.1)
            .withTable(
                "orders",
                new TableConfig(
                    null,
                    null,
                    Map.of(
                        "status", ColumnConfig.values(Map.<Object, Double>of("REFUNDED", 1.0)))));

    populate(url, config);

    assertThat(strings(url, "SELECT DISTINCT status FROM orders")).containsExactly("REFUNDED");
    assertThat(strings(url, "SELECT DISTINCT segment FROM customer"))
        .contains("bronze", "gold", "silver");
    // Six source rows held values rarer than k: about 0.05% of rows get fresh values instead.
    assertThat(
            count(
                url,
                "SELECT COUNT(*) FROM customer WHERE segment NOT IN ('bronze', 'gold', 'silver')"))
        .isLessThanOrEqualTo(5);
  }

  @Test
  void valuesRarerThanKInTheSourceNeverAppearInTheOutput() throws SQLException {
    String url = target(ShopSource.DDL);

    populate(url, SynthConfig.defaults().withProfile(profile));

    assertThat(count(url, "SELECT COUNT(*) FROM customer WHERE segment LIKE 'rare%'")).isZero();
  }

  @Test
  void theTargetsChecksHoldEvenWhereTheSourceWentFurther() throws SQLException {
    String url =
        target(
            ShopSource.DDL.replace(
                "age INTEGER NOT NULL,", "age INTEGER NOT NULL CHECK (age BETWEEN 21 AND 65),"));

    populate(url, SynthConfig.defaults().withProfile(profile).withScale(0.2));

    assertThat(count(url, "SELECT COUNT(*) FROM customer WHERE age < 21 OR age > 65")).isZero();
    assertThat(count(url, "SELECT COUNT(*) FROM customer WHERE age = 21")).isPositive();
  }

  @Test
  void aDriftedSchemaIsReportedWithWhatGenerationDoesAboutIt() throws SQLException {
    String drifted =
        ShopSource.DDL
            .replace("balance DOUBLE PRECISION NOT NULL,", "")
            .replace("income DECIMAL(12, 2) NOT NULL,", "income VARCHAR(20),")
            .replace("segment VARCHAR(12)", "segment VARCHAR(8)")
            .replace(
                "signup_on DATE NOT NULL",
                "signup_on DATE NOT NULL, loyalty_tier INTEGER NOT NULL");
    String url = target(drifted);
    SynthConfig config = SynthConfig.defaults().withProfile(profile).withScale(0.05);

    String plan;
    try (Synth synth = Synth.connect(url, "sa", "")) {
      plan = synth.describePlan(config);
      synth.populate(config);
    }

    assertThat(plan)
        .contains("PUBLIC.CUSTOMER.BALANCE was dropped since the profile was learned; ignored")
        .contains(
            "PUBLIC.CUSTOMER.INCOME changed type from NUMERIC(12,2) to CHARACTER VARYING(20); its learned"
                + " values are ignored and it is filled by type rules")
        .contains(
            "PUBLIC.CUSTOMER.SEGMENT changed type from CHARACTER VARYING(12) to CHARACTER"
                + " VARYING(8); learned values are converted to the new type")
        .contains(
            "PUBLIC.CUSTOMER.LOYALTY_TIER is new since the profile was learned (NOT NULL); it is"
                + " filled by type and name rules");
    assertThat(count(url, "SELECT COUNT(*) FROM customer WHERE loyalty_tier IS NULL")).isZero();
    assertThat(count(url, "SELECT COUNT(*) FROM customer")).isEqualTo(ShopSource.CUSTOMERS / 20);
  }

  private static String target(String ddl) throws SQLException {
    String url = "jdbc:h2:mem:profile_rules_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement st = c.createStatement()) {
      for (String statement : ddl.split(";")) {
        if (!statement.isBlank()) {
          st.execute(statement);
        }
      }
    }
    return url;
  }

  private static void populate(String url, SynthConfig config) {
    try (Synth synth = Synth.connect(url, "sa", "")) {
      synth.populate(config.withMode(Mode.FAIL_IF_NOT_EMPTY));
    }
  }

  private static long count(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(String url, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
