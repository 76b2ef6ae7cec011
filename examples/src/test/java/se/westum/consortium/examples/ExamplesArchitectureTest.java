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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExamplesArchitectureTest {

  private static final JavaClasses EXAMPLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.westum.consortium.examples");

  @Test
  void the_command_line_is_the_only_public_class() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleName("ConsortiumCli")
        .check(EXAMPLES);
  }

  @Test
  void no_class_prints_a_stack_trace() {
    noClasses().should().callMethod(Throwable.class, "printStackTrace").check(EXAMPLES);
  }

  @Test
  void the_command_line_reaches_storage_only_through_the_core_and_the_jdbc_adapter() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jdbi..", "org.flywaydb..", "io.javalin..")
        .check(EXAMPLES);
  }
}
