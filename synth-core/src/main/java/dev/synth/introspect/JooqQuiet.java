package dev.synth.introspect;

import java.util.Map;

/**
 * Keeps jOOQ from printing its logo and tips and from logging every metadata fetch at INFO. Uses
 * jOOQ's own system properties, so a user who sets them differently wins, and touches no jOOQ
 * class, so it can run before jOOQ initialises.
 *
 * <pre>{@code
 * static {
 *   JooqQuiet.apply();
 * }
 * }</pre>
 */
final class JooqQuiet {
  private static final Map<String, String> PROPERTIES =
      Map.of(
          "org.jooq.no-logo", "true",
          "org.jooq.no-tips", "true",
          // jooq-meta reports "Tables fetched : 8 (8 included, 0 excluded)" and the like.
          "org.jooq.log.org.jooq.meta.AbstractDatabase", "WARN",
          // Logged once per DSLContext that meets a database: "Database version is supported".
          "org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport", "WARN",
          // Logged per computed column: their expressions are a commercial jOOQ feature, but
          // jooq-meta still says which columns are computed, which is all Synth needs.
          "org.jooq.log.org.jooq.meta.DefaultDataTypeDefinition.generateAlwaysAs", "WARN");

  private JooqQuiet() {}

  static void apply() {
    PROPERTIES.forEach(
        (key, value) -> {
          if (System.getProperty(key) == null) {
            System.setProperty(key, value);
          }
        });
  }
}
