package dev.synth.plan;

import dev.synth.schema.UniqueKey;

/**
 * How the planner treats a partial unique index ({@code CREATE UNIQUE INDEX ... WHERE active}): as
 * a unique key on every row, which is always correct but may ask more distinct values than the
 * columns hold; messages then say so.
 *
 * <pre>{@code
 * PartialKeys.describe(key); // "one_active [user_id] WHERE active (partial: ...)"
 * }</pre>
 */
final class PartialKeys {
  private PartialKeys() {}

  static String describe(UniqueKey key) {
    String base = key.name() + " " + key.columns();
    if (key.predicate() == null) {
      return base;
    }
    return base
        + " WHERE "
        + key.predicate()
        + " (a partial unique index, which Synth keeps unique on every row, not only where the"
        + " predicate holds)";
  }
}
