package dev.synth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.ConfigException;
import dev.synth.PopulateReport;
import dev.synth.PopulateReport.TableReport;
import dev.synth.SynthException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecuteTest {
  @TempDir Path dir;
  private final PopulateMojo mojo = new PopulateMojo(new FakeDecrypter());

  @Test
  void skipDoesNothingEvenWithoutUrl() throws Exception {
    mojo.skip = true;

    assertThatCode(mojo::execute).doesNotThrowAnyException();
  }

  @Test
  void aMissingUrlSaysHowToPassIt() {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("No database URL: pass -Dsynth.url=jdbc:...");
  }

  @Test
  void anInvalidConfigFileFailsTheBuildNamingTheFile() throws Exception {
    Path file = dir.resolve("synth.yaml");
    Files.writeString(file, "rows: many\n");
    mojo.basedir = dir.toFile();
    mojo.url = "jdbc:h2:mem:unused";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("rows in " + file + " must be a non-negative integer but was 'many'");
  }

  @Test
  void aMissingProfileFailsBeforeTheInitScriptsChangeAnything() throws Exception {
    String url = "jdbc:h2:mem:profile_first;DB_CLOSE_DELAY=-1";
    Path script = dir.resolve("init.sql");
    Files.writeString(script, "CREATE TABLE marker (id INTEGER PRIMARY KEY);");
    mojo.basedir = dir.toFile();
    mojo.url = url;
    mojo.user = "sa";
    mojo.initScripts = List.of("init.sql");
    mojo.profile = new File("missing-profile.json");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "profile file "
                + dir.resolve("missing-profile.json")
                + " does not exist; learn one with synth:profile");
    try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
        var rs = c.getMetaData().getTables(null, null, "MARKER", null)) {
      assertThat(rs.next()).as("the init script did not run").isFalse();
    }
  }

  @Test
  void synthErrorsBecomeFailuresWithTheirMessage() {
    var failure = AbstractSynthMojo.failure(new ConfigException("no table 'custmer'"), "pw");

    assertThat(failure).isInstanceOf(MojoFailureException.class).hasMessage("no table 'custmer'");
    assertThat(failure.getCause()).isInstanceOf(ConfigException.class);
  }

  @Test
  void failuresNeverShowThePassword() {
    var failure = AbstractSynthMojo.failure(new SynthException("login s3cret refused"), "s3cret");

    assertThat(failure).hasMessage("login **** refused");
  }

  @Test
  void otherErrorsBecomeExecutionErrors() {
    var error = AbstractSynthMojo.unexpected(new IllegalStateException("boom s3cret"), "s3cret");

    assertThat(error)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Synth failed unexpectedly: java.lang.IllegalStateException: boom ****");
  }

  @Test
  void theSummaryGivesRowsTablesAndHowToReplay() {
    var report =
        new PopulateReport(
            42, List.of(new TableReport("customer", 1000, 0.5), new TableReport("orders", 234, 1)));

    assertThat(PopulateMojo.summary(report))
        .isEqualTo(
            String.format(
                "Synth wrote %,d rows into 2 tables with seed 42; replay with -Dsynth.seed=42",
                1234));
  }

  @Test
  void initScriptsAreResolvedAgainstTheBaseDirectory() {
    mojo.basedir = dir.toFile();
    String absolute = new File("/tmp/abs.sql").getAbsolutePath();
    mojo.initScripts = List.of("db/schema.sql", " ", absolute);

    assertThat(mojo.initScriptPaths())
        .containsExactly(dir.resolve("db/schema.sql"), Path.of(absolute));
  }
}
