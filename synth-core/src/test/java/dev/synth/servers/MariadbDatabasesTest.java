package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import dev.synth.servers.ServerDatabase.Server;
import org.junit.jupiter.api.Test;

/**
 * Which MariaDB database is filled (the URL's, or the one {@code synth.schema} names), and foreign
 * keys into another database on the same server.
 */
class MariadbDatabasesTest {
  private static final String ITEM =
      "CREATE TABLE item (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL)";

  @Test
  void fillsTheDatabaseTheSchemaSettingNamesRatherThanTheUrlsOne() throws Exception {
    try (ServerDatabase url = ServerDatabase.create(Server.MARIADB);
        ServerDatabase named = ServerDatabase.create(Server.MARIADB);
        Synth synth = Synth.connect(url.url(), url.user(), "")) {
      synth.runScript(ITEM, "url item");
      try (Synth other = Synth.connect(named.url(), named.user(), "")) {
        other.runScript(ITEM, "named item");
      }

      synth.populate(SynthConfig.defaults().withRows(40).withSchema(named.name()));

      assertThat(named.count("SELECT COUNT(*) FROM item")).isEqualTo(40);
      assertThat(url.count("SELECT COUNT(*) FROM item")).isZero();
    }
  }

  @Test
  void foreignKeysIntoAnotherDatabaseReferenceItsExistingRowsAndLeaveThemAlone() throws Exception {
    try (ServerDatabase lookup = ServerDatabase.create(Server.MARIADB);
        ServerDatabase app = ServerDatabase.create(Server.MARIADB);
        Synth synth = Synth.connect(app.url(), app.user(), "")) {
      try (Synth other = Synth.connect(lookup.url(), lookup.user(), "")) {
        other.runScript(
            "CREATE TABLE country (code CHAR(2) PRIMARY KEY, name VARCHAR(20) NOT NULL);"
                + " INSERT INTO country VALUES ('NL', 'Netherlands'), ('DE', 'Germany');"
                + ITEM.replace("item", "customer"),
            "lookup");
      }
      synth.runScript(
          "CREATE TABLE customer (id INT AUTO_INCREMENT PRIMARY KEY, country CHAR(2) NOT NULL,"
              + " FOREIGN KEY (country) REFERENCES "
              + lookup.name()
              + ".country (code))",
          "app");

      synth.populate(SynthConfig.defaults().withRows(60));
      synth.populate(SynthConfig.defaults().withRows(30).withMode(Mode.TRUNCATE));

      assertThat(app.count("SELECT COUNT(*) FROM customer")).isEqualTo(30);
      assertThat(app.count("SELECT COUNT(DISTINCT country) FROM customer")).isEqualTo(2);
      assertThat(lookup.count("SELECT COUNT(*) FROM country")).isEqualTo(2);
      assertThat(lookup.count("SELECT COUNT(*) FROM customer")).isZero();
    }
  }

  @Test
  void twoSelectedDatabasesAreFilledTogetherAcrossTheirForeignKeys() throws Exception {
    try (ServerDatabase crm = ServerDatabase.create(Server.MARIADB);
        ServerDatabase sales = ServerDatabase.create(Server.MARIADB);
        Synth synth = Synth.connect(sales.url(), sales.user(), "")) {
      synth.runScript(
          "CREATE TABLE "
              + crm.name()
              + ".customer (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL);"
              + " CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL,"
              + " FOREIGN KEY (customer_id) REFERENCES "
              + crm.name()
              + ".customer (id))",
          "two databases");

      synth.populate(
          SynthConfig.defaults().withRows(25).withSchema(sales.name() + ", " + crm.name()));

      assertThat(crm.count("SELECT COUNT(*) FROM customer")).isEqualTo(25);
      assertThat(sales.count("SELECT COUNT(*) FROM orders")).isEqualTo(25);
      assertThat(
              sales.count(
                  "SELECT COUNT(*) FROM orders o LEFT JOIN "
                      + crm.name()
                      + ".customer c ON c.id = o.customer_id WHERE c.id IS NULL"))
          .isZero();
    }
  }
}
