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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules of DESIGN.md §2, written once. The patterns are relative ({@code
 * ..domain..}) so each rule can also be shown to fail on the deliberately bad classes under {@code
 * se.westum.consortium.archfixture} (see {@code ArchitectureRulesCanFailTest}). ArchUnit's {@code
 * failOnEmptyShould} stays on: a rule that finds nothing to check fails.
 */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  /** The domain depends only on the JDK and itself: no framework, no annotations, no SQL. */
  public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JDK =
      classes()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "..domain..")
          .as("the domain depends only on java.. and itself");

  /** Inbound ports are use-case interfaces and their command/result records. */
  public static final ArchRule INBOUND_PORTS_ARE_INTERFACES_OR_RECORDS =
      classes()
          .that()
          .resideInAPackage("..application.port.in..")
          .and()
          .areTopLevelClasses()
          .should(beInterfacesOrRecords())
          .as("inbound ports are interfaces (use cases) or records (commands, results)");

  /** Outbound ports are interfaces; the values they return ({@code Saved}) are records. */
  public static final ArchRule OUTBOUND_PORTS_ARE_INTERFACES =
      classes()
          .that()
          .resideInAPackage("..application.port.out..")
          .and()
          .areNotRecords()
          .should()
          .beInterfaces()
          .as("outbound ports are interfaces (what they return may be a record)");

  /** Services are package-private behind the one public factory, {@code Consortium}. */
  public static final ArchRule SERVICES_ARE_NOT_PUBLIC =
      classes()
          .that()
          .resideInAPackage("..application.service..")
          .and()
          .areTopLevelClasses()
          .and()
          .doNotHaveSimpleName("Consortium")
          .should()
          .notBePublic()
          .as("application services are package-private; Consortium is the public entry point");

  /** Core code keeps money (and every other number) out of floating point. */
  public static final ArchRule NO_FLOATING_POINT_IN_CORE =
      classes()
          .that()
          .resideInAnyPackage("..domain..", "..application..")
          .should(notUseFloatingPointTypes())
          .as("core uses no double or float");

  /** No printing in core: the embedder decides where output goes. */
  public static final ArchRule NO_PRINTING_IN_CORE =
      noClasses()
          .that()
          .resideInAnyPackage("..domain..", "..application..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(Throwable.class, "printStackTrace")
          .as("core does not use System.out, System.err or printStackTrace");

  /** "Today" comes from the injected clock, so tests and reports are repeatable. */
  public static final ArchRule NO_NOW_WITHOUT_A_CLOCK =
      noClasses()
          .that()
          .resideInAnyPackage("..domain..", "..application..")
          .should()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(Instant.class, "now")
          .as("core never asks for now() without a clock");

  /** Every rule about the core, for one loop in the tests. */
  public static final List<ArchRule> CORE_RULES =
      List.of(
          DOMAIN_DEPENDS_ONLY_ON_JDK,
          INBOUND_PORTS_ARE_INTERFACES_OR_RECORDS,
          OUTBOUND_PORTS_ARE_INTERFACES,
          SERVICES_ARE_NOT_PUBLIC,
          NO_FLOATING_POINT_IN_CORE,
          NO_PRINTING_IN_CORE,
          NO_NOW_WITHOUT_A_CLOCK);

  /**
   * Adapters never depend on each other; only {@code examples} wires them together.
   *
   * @param base the package the adapters live under, {@code se.westum.consortium} in production
   */
  public static ArchRule adaptersDoNotDependOnEachOther(String base) {
    List<String> adapters = List.of("jdbc", "csv", "rest", "report");
    CompositeArchRule rule = null;
    for (String adapter : adapters) {
      String[] others =
          adapters.stream()
              .filter(a -> !a.equals(adapter))
              .map(a -> base + "." + a + "..")
              .toArray(String[]::new);
      ArchRule one =
          noClasses()
              .that()
              .resideInAPackage(base + "." + adapter + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(others)
              .as("the " + adapter + " adapter does not depend on the other adapters");
      rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
    }
    return rule.as("adapters do not depend on each other");
  }

  /**
   * The adapters and the examples use the core through its public API only: no class of theirs
   * depends on a class in one of the core's {@code internal} packages, whose {@code package-info}
   * says they are not API. (An adapter's own {@code internal} package is its own business.)
   *
   * @param base the package everything lives under, {@code se.westum.consortium} in production
   */
  public static ArchRule stayOutOfCoreInternals(String base) {
    DescribedPredicate<JavaClass> coreInternal =
        JavaClass.Predicates.resideInAnyPackage(base + ".domain..", base + ".application..")
            .and(JavaClass.Predicates.resideInAPackage("..internal.."))
            .as("reside in an internal package of the core");
    return noClasses()
        .that()
        .resideInAnyPackage(
            base + ".jdbc..",
            base + ".csv..",
            base + ".rest..",
            base + ".examples..",
            base + ".springhost..")
        .should()
        .dependOnClassesThat(coreInternal)
        .as("adapters and examples do not use the core's internal packages");
  }

  /** The production classes under {@code se.westum.consortium}, without tests or test-jars. */
  public static JavaClasses productionClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("se.westum.consortium");
  }

  private static ArchCondition<JavaClass> beInterfacesOrRecords() {
    return new ArchCondition<>("be interfaces or records") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean ok = type.isInterface() || type.isRecord() || type.isAnnotation();
        events.add(
            new SimpleConditionEvent(
                type,
                ok,
                type.getName() + (ok ? " is" : " is neither") + " an interface or a record"));
      }
    };
  }

  private static final Set<String> FLOATING =
      Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  private static ArchCondition<JavaClass> notUseFloatingPointTypes() {
    return new ArchCondition<>("not use double or float") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaField field : type.getFields()) {
          if (FLOATING.contains(field.getRawType().getName())) {
            events.add(
                SimpleConditionEvent.violated(field, field.getFullName() + " is floating point"));
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          boolean floating =
              FLOATING.contains(unit.getRawReturnType().getName())
                  || unit.getRawParameterTypes().stream()
                      .anyMatch(p -> FLOATING.contains(p.getName()));
          if (floating) {
            events.add(
                SimpleConditionEvent.violated(unit, unit.getFullName() + " uses floating point"));
          }
        }
      }
    };
  }
}
