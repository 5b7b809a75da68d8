package dev.synth.learn;

import dev.synth.profile.DepthCount;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The k gate on a tree's rows per depth: from the deepest level up, a level of fewer than k rows
 * (after what it received) is merged into the next shallower level, so the deepest rows of a thin
 * chain are counted one level up and no level describes fewer than k rows. The roots have no level
 * above them: if they still number fewer than k, the shallowest kept level below is merged into
 * them. With fewer than k rows in all, or no roots at all (rows only in cycles), no levels are
 * kept.
 */
final class DepthLevels {
  private DepthLevels() {}

  static List<DepthCount> gated(Map<Integer, Long> rowsByDepth, int k) {
    NavigableMap<Integer, Long> levels = new TreeMap<>(rowsByDepth);
    levels.values().removeIf(rows -> rows <= 0);
    long total = levels.values().stream().mapToLong(Long::longValue).sum();
    if (total < k || !levels.containsKey(0)) {
      return List.of();
    }
    Deque<DepthCount> kept = new ArrayDeque<>();
    long carried = 0;
    for (Map.Entry<Integer, Long> level : levels.descendingMap().entrySet()) {
      long rows = level.getValue() + carried;
      if (rows >= k) {
        kept.addFirst(new DepthCount(level.getKey(), rows));
        carried = 0;
      } else {
        carried = rows;
      }
    }
    if (carried > 0) {
      DepthCount below = kept.removeFirst();
      kept.addFirst(new DepthCount(0, carried + below.rows()));
    }
    return List.copyOf(kept);
  }
}
