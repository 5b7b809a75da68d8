package dev.synth.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Gives a test class (or method) a database with the given schema, filled with seeded synthetic
 * rows that satisfy every constraint. Parameters of type {@code DataSource}, {@code Connection},
 * jOOQ's {@code DSLContext} and {@link SyntheticDataset} are injected.
 *
 * <pre>{@code
 * @SyntheticData(schema = "classpath:db/schema.sql", rows = 50, seed = 42)
 * class OrderRepositoryTest {
 *   @Test void findsRecentOrders(DataSource ds, SyntheticDataset data) { ... }
 * }
 * }</pre>
 *
 * <p>A method's annotation refines its class's, and a {@code @Nested} class's refines its enclosing
 * class's: attributes it sets win, the others come from the outer one.
 *
 * <p>Under parallel execution, classes run concurrently, each with its own database; the tests of a
 * class that shares one database run one at a time.
 *
 * <p>Seeds: method, then class, then the {@code synth.seed} system property, then the config file's
 * {@code seed}, then 42.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SyntheticDataExtension.class)
@ResourceLock(providers = OneTestAtATime.class)
public @interface SyntheticData {

  /** The value of {@link #seed()} and {@link #rows()} when not set. */
  long UNSET = Long.MIN_VALUE;

  /** A fresh seed on every run; it is reported when a test fails, to replay with. */
  long RANDOM = Long.MIN_VALUE + 1;

  /** SQL scripts creating the schema: {@code classpath:db/schema.sql} or a file path. */
  String[] schema() default {};

  /** A {@code synth.yaml} file (classpath: or file path), the format the Maven plugin reads. */
  String config() default "";

  /**
   * A profile learned by {@code synth:profile} ({@code classpath:} or a file path; or the {@code
   * synth.profile} system property): the data reproduces its row counts, distributions, fan-outs
   * and correlations where the other settings do not say otherwise.
   */
  String profile() default "";

  /**
   * Multiplies every row count not set per table, e.g. {@code 0.01} of a production profile's
   * counts (or the {@code synth.scale} system property); 0 leaves it unset.
   */
  double scale() default 0;

  /** Default rows per table. */
  long rows() default UNSET;

  /** Rows of particular tables. */
  TableRows[] tables() default {};

  /** The seed every value derives from; {@link #RANDOM} for a fresh one. */
  long seed() default UNSET;

  /** Only these tables are filled (others are still referenced). */
  String[] include() default {};

  /** These tables are never filled. */
  String[] exclude() default {};

  /**
   * A JDBC URL to fill instead of a private in-memory H2 database; the {@code synth.url} system
   * property does the same for every test. The schema scripts are then optional.
   */
  String url() default "";

  /** User for {@link #url()} (or {@code synth.user}). */
  String user() default "";

  /** Password for {@link #url()} (or {@code synth.password}). */
  String password() default "";

  /** H2 compatibility mode of the in-memory database, e.g. {@code PostgreSQL} or {@code MySQL}. */
  String mode() default "";

  /** Whether the class shares one populated database or each method gets its own. */
  Lifecycle lifecycle() default Lifecycle.PER_CLASS;

  /** When a fresh database is populated. */
  enum Lifecycle {
    /**
     * Populate once per class; every test runs in a transaction rolled back afterwards, so its
     * writes never reach the next test ({@code commit()} on the injected connection is ignored).
     */
    PER_CLASS,
    /** Populate a fresh database before each test method. */
    PER_METHOD
  }
}
