package dev.synth.junit;

import dev.synth.SynthKeys;
import java.lang.reflect.AnnotatedElement;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions the databases {@link SyntheticData} asks for and injects them. Registered by the
 * annotation; not meant to be used on its own.
 *
 * <pre>{@code
 * @SyntheticData(schema = "classpath:db/schema.sql")
 * class ShopTest { @Test void t(DSLContext db) { ... } }
 * }</pre>
 */
public final class SyntheticDataExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SyntheticDataExtension.class);
  private static final Namespace NAMESPACE = Namespace.create(SyntheticDataExtension.class);
  private static final String DATABASE = "database";
  private static final Set<Class<?>> INJECTED =
      Set.of(DataSource.class, Connection.class, DSLContext.class, SyntheticDataset.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<SyntheticData> own = find(context.getRequiredTestClass());
    if (own.isEmpty()) {
      return; // a @Nested class without its own annotation shares its enclosing class's database
    }
    Settings settings = Settings.of(enclosing(context.getRequiredTestClass()), null);
    if (settings.lifecycle() == SyntheticData.Lifecycle.PER_CLASS) {
      store(context).put(DATABASE, TestDatabase.create(settings, name(context)));
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<SyntheticData> onMethod =
        AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), SyntheticData.class);
    List<SyntheticData> onClasses = enclosing(context.getRequiredTestClass());
    boolean perMethod =
        !onClasses.isEmpty()
            && onClasses.get(onClasses.size() - 1).lifecycle()
                == SyntheticData.Lifecycle.PER_METHOD;
    if (onMethod.isPresent() || perMethod) {
      Settings settings = Settings.of(onClasses, onMethod.orElse(null));
      store(context).put(DATABASE, TestDatabase.create(settings, name(context)));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    database(context).ifPresent(TestDatabase::rollback);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestDatabase db =
        database(context)
            .orElseThrow(
                () ->
                    new org.junit.jupiter.api.extension.ParameterResolutionException(
                        "no @SyntheticData database for parameter "
                            + parameter.getParameter()
                            + " of "
                            + parameter.getDeclaringExecutable()
                            + "; annotate the class or the method with @SyntheticData"));
    Class<?> type = parameter.getParameter().getType();
    if (type == DataSource.class) {
      return db.dataSource();
    }
    if (type == Connection.class) {
      return db.connection();
    }
    if (type == DSLContext.class) {
      return db.dsl();
    }
    return db.dataset();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    reportSeed(context);
    throw failure;
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    reportSeed(context);
    throw failure;
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    reportSeed(context);
    throw failure;
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    reportSeed(context);
    throw failure;
  }

  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    reportSeed(context);
    throw failure;
  }

  /** Publishes and logs the seed of the failed test's database and how to replay it. */
  private static void reportSeed(ExtensionContext context) {
    database(context)
        .ifPresent(
            db -> {
              long seed = db.dataset().seed();
              String source = db.dataset().seedSource();
              // An annotation's fixed seed beats -Dsynth.seed, so only other seeds replay by it.
              String hint =
                  source.endsWith("annotation")
                      ? "seed " + seed + " is fixed by the " + source + "; rerunning replays it"
                      : "replay with -D"
                          + SynthKeys.SEED
                          + "="
                          + seed
                          + " (or seed = "
                          + seed
                          + ")";
              context.publishReportEntry(SynthKeys.SEED, Long.toString(seed));
              context.publishReportEntry("synth.replay", hint);
              LOG.warn(
                  "{} failed on synthetic data with seed {} ({}); {}",
                  context.getDisplayName(),
                  seed,
                  source,
                  hint);
            });
  }

  private static Optional<TestDatabase> database(ExtensionContext context) {
    return Optional.ofNullable(store(context).get(DATABASE, TestDatabase.class));
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }

  private static Optional<SyntheticData> find(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, SyntheticData.class);
  }

  /**
   * The annotations of a class and of the classes enclosing it, outermost first: a {@code @Nested}
   * class's own annotation refines its enclosing class's.
   */
  private static List<SyntheticData> enclosing(Class<?> type) {
    List<SyntheticData> found = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      find(c).ifPresent(a -> found.add(0, a));
    }
    return found;
  }

  private static String name(ExtensionContext context) {
    return context.getRequiredTestClass().getSimpleName();
  }
}
