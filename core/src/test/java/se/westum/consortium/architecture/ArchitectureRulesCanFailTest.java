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

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule reports the deliberately bad class kept for it under {@code
 * se.westum.consortium.archfixture}: a rule that cannot fail is not a rule.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectureRulesCanFailTest {

  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("se.westum.consortium.archfixture");

  private static void assertReports(ArchRule rule, String badClass) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains(badClass));
  }

  @Test
  void a_domain_class_with_a_framework_annotation_is_reported() {
    assertReports(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JDK, "AnnotatedDomainRecord");
  }

  @Test
  void a_concrete_class_among_the_inbound_ports_is_reported() {
    assertReports(ArchitectureRules.INBOUND_PORTS_ARE_INTERFACES_OR_RECORDS, "ConcreteUseCase");
  }

  @Test
  void a_concrete_class_among_the_outbound_ports_is_reported() {
    assertReports(ArchitectureRules.OUTBOUND_PORTS_ARE_INTERFACES, "ConcreteRepository");
  }

  @Test
  void a_public_service_is_reported() {
    assertReports(ArchitectureRules.SERVICES_ARE_NOT_PUBLIC, "PublicService");
  }

  @Test
  void money_as_a_double_is_reported() {
    assertReports(ArchitectureRules.NO_FLOATING_POINT_IN_CORE, "FloatingMoney");
  }

  @Test
  void printing_to_the_console_is_reported() {
    assertReports(ArchitectureRules.NO_PRINTING_IN_CORE, "PrintingPolicy");
  }

  @Test
  void asking_for_today_without_a_clock_is_reported() {
    assertReports(ArchitectureRules.NO_NOW_WITHOUT_A_CLOCK, "ClocklessDeadline");
  }

  @Test
  void an_adapter_using_another_adapter_is_reported() {
    assertReports(
        ArchitectureRules.adaptersDoNotDependOnEachOther("se.westum.consortium.archfixture"),
        "JdbcReadingCsv");
  }

  @Test
  void an_adapter_using_an_internal_class_of_the_core_is_reported() {
    assertReports(
        ArchitectureRules.stayOutOfCoreInternals("se.westum.consortium.archfixture"),
        "RestUsingCoreInternal");
  }
}
