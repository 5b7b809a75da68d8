package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.junit.fixtures.Facts;
import dev.synth.junit.fixtures.InheritsShopData;
import dev.synth.junit.fixtures.MethodRefinesClass;
import dev.synth.junit.fixtures.NestedClasses;
import dev.synth.junit.fixtures.OnlyAMethodAnnotated;
import dev.synth.junit.fixtures.UsesShopData;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class AnnotationPlacementTest {

  @Test
  void aMethodAnnotationGivesThatMethodItsOwnDatabaseWithItsRowsAndSeed() {
    EngineExecutionResults results = EngineRun.of(MethodRefinesClass.class);

    EngineRun.assertPassed(results, 4);
    assertThat(Facts.get("ownRowsAndSeed.customers")).isEqualTo(5L);
    assertThat(Facts.get("ownRowsAndSeed.seed")).isEqualTo(99L);
    assertThat(Facts.get("ownRowsAndSeed.seedSource")).isEqualTo("method annotation");
    assertThat(Facts.get("ownRowsAndSeed.url")).isNotEqualTo(Facts.get("before.url"));
  }

  @Test
  void aMethodAnnotationWithoutASeedKeepsTheClassSeed() {
    EngineRun.of(MethodRefinesClass.class);

    assertThat(Facts.get("ownRowsClassSeed.customers")).isEqualTo(5L);
    assertThat(Facts.get("ownRowsClassSeed.seed")).isEqualTo(7L);
    assertThat(Facts.get("ownRowsClassSeed.url"))
        .isNotEqualTo(Facts.get("before.url"))
        .isNotEqualTo(Facts.get("ownRowsAndSeed.url"));
  }

  @Test
  void siblingMethodsKeepTheClassDatabaseAndRows() {
    EngineRun.of(MethodRefinesClass.class);

    assertThat(Facts.get("before.customers")).isEqualTo(20L);
    assertThat(Facts.get("after.customers")).isEqualTo(20L);
    assertThat(Facts.get("after.seed")).isEqualTo(7L);
    assertThat(Facts.get("after.seedSource")).isEqualTo("class annotation");
    assertThat(Facts.get("after.url")).isEqualTo(Facts.get("before.url"));
  }

  @Test
  void aComposedAnnotationCarryingSyntheticDataWorksLikeIt() {
    EngineExecutionResults results = EngineRun.of(UsesShopData.class);

    EngineRun.assertPassed(results, 1);
    assertThat(Facts.get("customers")).isEqualTo(12);
    assertThat(Facts.get("orders")).isEqualTo(30);
    assertThat(Facts.get("seed")).isEqualTo(11L);
  }

  @Test
  void aSubclassInheritsTheAnnotationOfItsSuperclass() {
    EngineExecutionResults results = EngineRun.of(InheritsShopData.class);

    EngineRun.assertPassed(results, 1);
    assertThat(Facts.get("customers")).isEqualTo(12);
  }

  @Test
  void aMethodAnnotationAloneGivesThatMethodADatabase() {
    EngineExecutionResults results = EngineRun.of(OnlyAMethodAnnotated.class);

    EngineRun.assertPassed(results, 1);
    assertThat(Facts.get("customers")).isEqualTo(2L);
    assertThat(Facts.get("seedSource")).isEqualTo("method annotation");
  }

  @Test
  void nestedClassesShareTheEnclosingClassDatabase() {
    EngineExecutionResults results = EngineRun.of(NestedClasses.class);

    EngineRun.assertPassed(results, 3);
    assertThat(Facts.get("inner.url")).isEqualTo(Facts.get("outer.url"));
    assertThat(Facts.get("inner.customers")).isEqualTo(8L);
    assertThat(Facts.get("inner.seed")).isEqualTo(3L);
  }

  @Test
  void aNestedClassWithItsOwnAnnotationGetsItsOwnDatabaseRefiningTheEnclosingOne() {
    EngineExecutionResults results = EngineRun.of(NestedClasses.class);

    assertThat(results.allEvents().failed().count()).as(EngineRun.failures(results)).isZero();
    assertThat(Facts.get("own.url")).isNotNull().isNotEqualTo(Facts.get("outer.url"));
    assertThat(Facts.get("own.customers")).isEqualTo(3L);
    assertThat(Facts.get("own.seed")).isEqualTo(3L);
  }
}
