package dev.synth.generate;

import java.util.List;
import java.util.function.Supplier;

/**
 * The rows a foreign key may point at: the referenced key values by parent row index.
 *
 * <pre>{@code
 * ParentKeys customers = ParentKeys.existing(List.of(new Object[] {1L}, new Object[] {2L}));
 * customers.key(1); // [2]
 * }</pre>
 */
public interface ParentKeys {

  /** How many parent rows there are to choose from. */
  long size();

  /** The referenced column values of parent row {@code index}. */
  Object[] key(long index);

  /** Parent rows that exist already (a lookup table that is not filled). */
  static ParentKeys existing(List<Object[]> keys) {
    List<Object[]> copy = List.copyOf(keys);
    return new ParentKeys() {
      @Override
      public long size() {
        return copy.size();
      }

      @Override
      public Object[] key(long index) {
        return copy.get((int) index);
      }
    };
  }

  /**
   * Parent rows this run generates, read back from the parent's generator. The generator is looked
   * up on first use, so cycles and self-references can be wired before every generator exists.
   */
  static ParentKeys generated(long size, Supplier<TableGenerator> parent, List<String> columns) {
    return new ParentKeys() {
      @Override
      public long size() {
        return size;
      }

      @Override
      public Object[] key(long index) {
        return parent.get().values(index, columns);
      }
    };
  }
}
