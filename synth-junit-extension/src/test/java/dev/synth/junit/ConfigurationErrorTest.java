package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.junit.fixtures.AsksForAString;
import dev.synth.junit.fixtures.BrokenSchemaScript;
import dev.synth.junit.fixtures.MissingSchemaScript;
import dev.synth.junit.fixtures.TooManyJoinRows;
import dev.synth.junit.fixtures.UnknownTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;

class ConfigurationErrorTest {

  /** The one failure of the fixture class's container, which must be a configuration error. */
  private static String classFailure(Class<?> fixture) {
    var results = EngineRun.of(fixture);
    results.testEvents().assertStatistics(s -> s.started(0));
    var failed = results.containerEvents().failed().list();
    assertThat(failed).hasSize(1);
    Throwable thrown =
        failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    assertThat(thrown).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(failed.get(0).getTestDescriptor().getDisplayName())
        .isEqualTo(fixture.getSimpleName());
    return thrown.getMessage();
  }

  @Test
  void aMissingSchemaScriptFailsTheClassNamingTheScript() {
    assertThat(classFailure(MissingSchemaScript.class))
        .contains("classpath:db/no-such-schema.sql")
        .contains("src/test/resources/db/no-such-schema.sql");
  }

  @Test
  void anSqlErrorInTheSchemaScriptFailsTheClassNamingTheScriptAndTheError() {
    assertThat(classFailure(BrokenSchemaScript.class))
        .contains("classpath:fixtures/broken.sql")
        .containsIgnoringCase("customr");
  }

  @Test
  void anUnknownTableInTableRowsFailsTheClassNamingTheTable() {
    assertThat(classFailure(UnknownTable.class)).containsIgnoringCase("invoice");
  }

  @Test
  void moreJoinRowsThanPairsFailsTheClassNamingTheTable() {
    assertThat(classFailure(TooManyJoinRows.class)).containsIgnoringCase("product_tag");
  }

  @Test
  void aParameterTheExtensionCannotSupplyFailsNamingTheParameterAndTheMethod() {
    var results = EngineRun.of(AsksForAString.class);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    Throwable thrown =
        results
            .testEvents()
            .failed()
            .list()
            .get(0)
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .orElseThrow();
    assertThat(thrown).isInstanceOf(ParameterResolutionException.class);
    assertThat(thrown.getMessage()).contains("java.lang.String").contains("wantsText");
  }
}
