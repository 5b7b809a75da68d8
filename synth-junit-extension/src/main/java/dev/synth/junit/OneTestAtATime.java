package dev.synth.junit;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Locks a class that shares one database across its tests, so that under parallel execution its
 * tests run one after the other (each in its own transaction) while other classes still run
 * concurrently. Registered by {@link SyntheticData}; classes with {@code PER_METHOD} lifecycle are
 * not locked.
 */
final class OneTestAtATime implements ResourceLocksProvider {

  @Override
  public Set<Lock> provideForClass(Class<?> testClass) {
    return lock(testClass);
  }

  @Override
  public Set<Lock> provideForNestedClass(
      List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
    return lock(testClass);
  }

  private static Set<Lock> lock(Class<?> testClass) {
    // A class lock forces the class's descendants onto one thread; the key is per class, so
    // classes do not wait for each other.
    return AnnotationSupport.findAnnotation(testClass, SyntheticData.class)
        .filter(a -> a.lifecycle() == SyntheticData.Lifecycle.PER_CLASS)
        .map(
            a ->
                Set.of(
                    new Lock(
                        "dev.synth.junit:" + testClass.getName(), ResourceAccessMode.READ_WRITE)))
        .orElse(Set.of());
  }
}
