package dev.synth.generate;

/**
 * A {@link UniqueGenerator} from a function of the index that is injective on {@code [0,
 * capacity)}.
 */
record IndexedValues(long capacity, String description, Value value) implements UniqueGenerator {

  /** The value for an index already checked to be in range. */
  @FunctionalInterface
  interface Value {
    Object at(long index, Cell cell);
  }

  IndexedValues {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be > 0 but was " + capacity);
    }
  }

  @Override
  public Object at(long index, Cell cell) {
    if (index < 0 || index >= capacity) {
      throw new IllegalArgumentException(
          "index must be in [0, " + capacity + ") but was " + index + " for " + description);
    }
    return value.at(index, cell);
  }

  @Override
  public String describe() {
    return capacity == Long.MAX_VALUE
        ? description
        : description + ", capacity " + String.format("%,d", capacity);
  }
}
