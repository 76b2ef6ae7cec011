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
