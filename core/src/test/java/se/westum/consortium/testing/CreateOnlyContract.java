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
package se.westum.consortium.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.westum.consortium.testing.ProjectFixtures.erasmus;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.ChangeMemberCommand;
import se.westum.consortium.application.port.in.RecordGoalCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.CreateOnlyPolicy;

/**
 * Create-only writes ({@link Consortium#createOnly()}), written once and run by every storage: a
 * create-only record use case records a new record, refuses a stored one with a 409-style conflict
 * naming it and leaves it as it was, and of several creates of one new id racing on real threads
 * exactly one wins. An implementation extends this class and returns a fresh, empty storage.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class CreateOnlyContract {

  private static final String MEMBER = MemberBuilder.organisationNumber(1).value();

  private Consortium consortium;

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  /** How many rounds the race runs. */
  protected int raceRounds() {
    return 20;
  }

  // built on first use: an implementation's own @BeforeEach, which runs after this class's,
  // prepares the storage
  private Consortium consortium() {
    if (consortium == null) {
      consortium =
          Consortium.builder().storage(emptyStorage()).clock(Clock.systemDefaultZone()).build();
    }
    return consortium;
  }

  @Test
  void a_create_only_write_records_a_new_record() {
    // when
    consortium().createOnly().projects().recordProgramme(programme("ERASMUS-KA1", "First"));

    // then
    assertThat(consortium().projects().programmes())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("First"));
  }

  @Test
  void a_create_only_write_of_a_stored_id_is_refused_naming_the_record_and_replaces_nothing() {
    // given
    consortium().projects().recordProgramme(programme("ERASMUS-KA1", "First"));

    // when
    ConflictException refused =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                consortium()
                    .createOnly()
                    .projects()
                    .recordProgramme(programme("ERASMUS-KA1", "Second")));

    // then
    assertThat(refused.code()).isEqualTo(CreateOnlyPolicy.CODE);
    assertThat(refused.getMessage())
        .isEqualTo(
            "programme 'ERASMUS-KA1' is already recorded: a create-only write does not replace it");
    assertThat(consortium().projects().programmes())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("First"));
  }

  @Test
  void the_default_core_still_replaces_a_stored_record() {
    // given
    consortium().projects().recordProgramme(programme("ERASMUS-KA1", "First"));

    // when
    consortium().projects().recordProgramme(programme("ERASMUS-KA1", "Second"));

    // then
    assertThat(consortium().projects().programmes())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Second"));
  }

  @Test
  void every_kind_of_record_refuses_a_create_only_write_over_a_stored_one() {
    // given: a project, a goal, a member and its fee, each stored once
    consortium().projects().importDataset(ProjectLists.none().with(erasmus()));
    consortium().projects().recordProject(project("Erasmus+ mobilitet"));
    consortium().governance().recordGoal(goal("Kompetens"));
    consortium().membership().register(member());
    consortium().membership().setFee(fee("12000"));
    Consortium createOnly = consortium().createOnly();

    // when
    List<ConflictException> refusals =
        List.of(
            refused(() -> createOnly.projects().recordProject(project("Changed"))),
            refused(() -> createOnly.governance().recordGoal(goal("Changed"))),
            refused(() -> createOnly.membership().setFee(fee("99"))),
            refused(() -> createOnly.membership().change(change())));

    // then
    assertThat(refusals)
        .extracting(ConflictException::getMessage)
        .containsExactly(
            "project 'EPLUS-2015' is already recorded: a create-only write does not replace it",
            "goal 'G-2016-I' is already recorded: a create-only write does not replace it",
            "fee '"
                + MEMBER
                + " 2016' is already recorded: a create-only write does not replace it",
            "member '" + MEMBER + "' is already recorded: a create-only write does not replace it");
    assertThat(refusals).allSatisfy(e -> assertThat(e.code()).isEqualTo(CreateOnlyPolicy.CODE));
    assertThat(
            consortium()
                .projects()
                .project(new se.westum.consortium.domain.project.ProjectId("EPLUS-2015"))
                .orElseThrow()
                .name())
        .isEqualTo("Erasmus+ mobilitet");
    assertThat(consortium().governance().goals(2016))
        .singleElement()
        .satisfies(g -> assertThat(g.title()).isEqualTo("Kompetens"));
    assertThat(
            consortium()
                .membership()
                .fees(new se.westum.consortium.domain.shared.OrganisationNumber(MEMBER)))
        .singleElement()
        .satisfies(f -> assertThat(f.amount().amount()).isEqualByComparingTo("12000"));
  }

  @Test
  void of_four_creates_of_one_new_id_racing_on_threads_exactly_one_wins() throws Exception {
    Consortium createOnly = consortium().createOnly();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      for (int round = 1; round <= raceRounds(); round++) {
        // given
        String id = "RACE-" + round;
        CyclicBarrier start = new CyclicBarrier(4);
        List<Future<Boolean>> creates = new ArrayList<>();

        // when
        for (int writer = 1; writer <= 4; writer++) {
          String name = "Programme of writer " + writer;
          creates.add(
              threads.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                      createOnly.projects().recordProgramme(programme(id, name));
                      return true;
                    } catch (ConflictException lost) {
                      return false;
                    }
                  }));
        }
        int winners = 0;
        for (Future<Boolean> create : creates) {
          winners += create.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        // then
        assertThat(winners).as("round %d", round).isEqualTo(1);
        assertThat(consortium().projects().programmes())
            .filteredOn(p -> p.id().value().equals(id))
            .hasSize(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static ConflictException refused(Runnable write) {
    return catchThrowableOfType(ConflictException.class, write::run);
  }

  private static RecordProgrammeCommand programme(String id, String name) {
    return new RecordProgrammeCommand(id, name, ProgrammeKind.ERASMUS_PLUS_KA1);
  }

  private static RecordProjectCommand project(String name) {
    return new RecordProjectCommand(
        "EPLUS-2015",
        name,
        erasmus().id().value(),
        erasmusProject().period().start(),
        erasmusProject().period().end(),
        "Westum",
        null,
        null,
        null,
        null);
  }

  private static RecordGoalCommand goal(String title) {
    return new RecordGoalCommand("G-2016-I", 2016, "I", title);
  }

  private static RegisterMemberCommand member() {
    return new RegisterMemberCommand(
        MEMBER,
        "Skövde kommun",
        MemberKind.MUNICIPALITY,
        List.of("1496"),
        LocalDate.of(2010, 1, 1),
        null);
  }

  private static ChangeMemberCommand change() {
    return new ChangeMemberCommand(
        MEMBER,
        "Skövde kommun",
        MemberKind.MUNICIPALITY,
        List.of("1496"),
        LocalDate.of(2010, 1, 1),
        null,
        1L);
  }

  private static SetAnnualFeeCommand fee(String amount) {
    return new SetAnnualFeeCommand(MEMBER, 2016, new BigDecimal(amount), "SEK");
  }
}
