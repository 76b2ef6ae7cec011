package se.westum.consortium.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.architecture.ArchitectureRules;

/**
 * The rules that need every module on the class path: the adapters never depend on each other, and
 * the core still keeps its rules when it sits beside them.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WholeArchitectureTest {

  private static final JavaClasses ALL = ArchitectureRules.productionClasses();

  @Test
  void the_adapters_do_not_depend_on_each_other() {
    ArchitectureRules.adaptersDoNotDependOnEachOther("se.westum.consortium").check(ALL);
  }

  @Test
  void the_adapters_and_examples_stay_out_of_the_core_internals() {
    ArchitectureRules.stayOutOfCoreInternals("se.westum.consortium").check(ALL);
  }

  @Test
  void the_core_rules_hold_over_the_whole_library() {
    ArchitectureRules.CORE_RULES.forEach(rule -> rule.check(ALL));
  }
}
