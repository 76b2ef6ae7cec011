/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
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
