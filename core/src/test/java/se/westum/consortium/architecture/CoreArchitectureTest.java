package se.westum.consortium.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The core's production classes keep every rule of DESIGN.md §2. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoreArchitectureTest {

  private static final JavaClasses CORE = ArchitectureRules.productionClasses();

  static Stream<ArchRule> rules() {
    return ArchitectureRules.CORE_RULES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void the_core_keeps_the_rule(ArchRule rule) {
    rule.check(CORE);
  }
}
