package dev.synth.profile;

/**
 * How many rows of a self-referencing table sit at one depth of its tree: depth 0 are the roots,
 * depth 1 their children, and so on.
 *
 * <pre>{@code
 * DepthCount managers = new DepthCount(1, 40);
 * }</pre>
 *
 * @param depth the distance from a root, from 0
 * @param rows the rows at that depth, at least 1
 */
public record DepthCount(int depth, long rows) {
  public DepthCount {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0 but was " + depth);
    }
    if (rows < 1) {
      throw new IllegalArgumentException(
          "rows at depth " + depth + " must be >= 1 but was " + rows);
    }
  }
}
