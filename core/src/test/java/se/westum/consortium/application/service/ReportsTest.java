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
package se.westum.consortium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.report.NarrativeFragment;
import se.westum.consortium.domain.report.ProjectSection;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.domain.report.SectionId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingPlan;
import se.westum.consortium.testing.GovernanceFixtures;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.ProjectFixtures;
import se.westum.consortium.testing.TrainingStorageFixtures;

/** The report use case over the in-memory storage: the rules of its figures, shown to fail. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportsTest {

  private static final Clock JUNE_2017 =
      Clock.fixed(
          LocalDate.of(2017, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Consortium consortium =
      Consortium.builder().storage(storage).clock(JUNE_2017).build();

  private static Meeting meeting(String id, MeetingKind kind, LocalDate start, LocalDate end) {
    return new Meeting(
        new MeetingId(id), kind, new DateRange(start, end), "Skövde", new TreeSet<>());
  }

  private long count(AnnualReport report, String key) {
    return report.figure(key).map(Figure::number).orElseThrow().longValueExact();
  }

  @Test
  void board_sessions_are_board_meetings_plus_the_days_of_strategy_meetings() {
    // given
    storage.boardTerms().save(GovernanceFixtures.board2016());
    storage
        .meetings()
        .saveAll(
            List.of(
                meeting(
                    "B1",
                    MeetingKind.BOARD_MEETING,
                    LocalDate.of(2016, 2, 4),
                    LocalDate.of(2016, 2, 4)),
                meeting(
                    "B2",
                    MeetingKind.BOARD_MEETING,
                    LocalDate.of(2016, 3, 4),
                    LocalDate.of(2016, 3, 4)),
                meeting(
                    "SD",
                    MeetingKind.STRATEGY_DAY,
                    LocalDate.of(2016, 8, 25),
                    LocalDate.of(2016, 8, 27)),
                meeting(
                    "B0",
                    MeetingKind.BOARD_MEETING,
                    LocalDate.of(2015, 12, 4),
                    LocalDate.of(2015, 12, 4))));

    // when
    AnnualReport report = consortium.reports().annual(2016);

    // then
    assertThat(count(report, "board.board-meeting.meetings")).isEqualTo(2);
    assertThat(count(report, "board.strategy-day.days")).isEqualTo(3);
    assertThat(count(report, "board.sessions")).isEqualTo(5);
    assertThat(report.figure("board.sessions").orElseThrow().trace().recordIds())
        .containsExactly("B1", "B2", "SD");
  }

  @Test
  void an_event_linked_to_a_goal_is_in_the_goals_section_and_others_are_apart() {
    // given
    storage.goals().save(GovernanceFixtures.goal2016());
    storage.events().save(GovernanceFixtures.conference2016());

    // when
    AnnualReport report = consortium.reports().annual(2016);

    // then
    assertThat(report.goalSections())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.id()).isEqualTo(SectionId.goal("I"));
              assertThat(g.events()).extracting(e -> e.event()).containsExactly("2016-conference");
            });
    assertThat(report.otherEvents().events()).isEmpty();
    assertThat(count(report, "event.2016-conference.participants")).isEqualTo(35);
    assertThat(count(report, "event.2016-conference.organisations")).isEqualTo(2);
    assertThat(count(report, "event.2016-conference.country.no")).isEqualTo(15);
  }

  @Test
  void a_project_is_in_full_under_its_first_goal_and_also_linked_under_its_others_not_its_events() {
    // given: EPLUS names goals III and I, and organises an event of goal II
    GoalId first = new GoalId("2016-I");
    GoalId second = new GoalId("2016-II");
    GoalId third = new GoalId("2016-III");
    storage.goals().save(GovernanceFixtures.goal2016());
    storage.goals().save(new Goal(second, Year.of(2016), "II", "Flexibel leverans"));
    storage.goals().save(new Goal(third, Year.of(2016), "III", "Internationell samverkan"));
    storage.goals().save(new Goal(new GoalId("2016-IV"), Year.of(2016), "IV", "Nätverk"));
    storage.programmes().save(ProjectFixtures.erasmus());
    Project eplus = ProjectFixtures.erasmusProject();
    storage
        .projects()
        .save(
            new Project(
                eplus.id(),
                eplus.name(),
                eplus.programme(),
                eplus.period(),
                eplus.coordinator(),
                eplus.status(),
                eplus.applicationDeadline(),
                eplus.finalReportDeadline(),
                eplus.audits(),
                List.of(third, first)));
    Event conference = GovernanceFixtures.conference2016();
    storage
        .events()
        .save(
            new Event(
                conference.id(),
                conference.kind(),
                conference.name(),
                conference.dates(),
                conference.place(),
                conference.country(),
                eplus.id().value(),
                Optional.of(second),
                conference.participation()));

    // when
    AnnualReport report = consortium.reports().annual(2016);

    // then (the event is under goal II; organising it does not link EPLUS to II)
    assertThat(report.goalSections())
        .extracting(g -> g.number(), g -> ids(g.projects()), g -> g.alsoProjects())
        .containsExactly(
            tuple("I", List.of(), List.of("EPLUS-2015")),
            tuple("II", List.of(), List.of()),
            tuple("III", List.of("EPLUS-2015"), List.of()),
            tuple("IV", List.of(), List.of()));
    assertThat(report.goalSections().get(1).events())
        .extracting(e -> e.event())
        .containsExactly("2016-conference");
    assertThat(report.otherProjects().projects()).isEmpty();
  }

  @Test
  void a_training_and_its_approval_are_under_the_goal_it_serves_and_focus_areas_where_in_full() {
    // given: KOBRA names goals I and II (in full under I); T1 serves II, T2 names no goal
    GoalId first = new GoalId("2016-I");
    GoalId second = new GoalId("2016-II");
    TrainingStorageFixtures.withKobra(storage);
    storage.goals().save(GovernanceFixtures.goal2016());
    storage.goals().save(new Goal(second, Year.of(2016), "II", "Flexibel leverans"));
    Project kobra = TrainingStorageFixtures.kobra();
    storage
        .projects()
        .save(
            new Project(
                kobra.id(),
                kobra.name(),
                kobra.programme(),
                kobra.period(),
                kobra.coordinator(),
                kobra.status(),
                kobra.applicationDeadline(),
                kobra.finalReportDeadline(),
                kobra.audits(),
                List.of(first, second)));
    storage.vocabularies().saveAll(List.of(TrainingStorageFixtures.vocabulary()));
    storage.decisions().save(GovernanceFixtures.decision("B2016-07", 2));
    storage.decisions().save(GovernanceFixtures.decision("B2016-07", 3));
    storage
        .trainings()
        .saveAll(
            List.of(
                withGoal(TrainingStorageFixtures.proposed("T1"), second)
                    .approve(DecisionId.parse("B2016-07§1")),
                TrainingStorageFixtures.proposed("T2").approve(DecisionId.parse("B2016-07§2"))));
    FocusArea area = TrainingStorageFixtures.focusArea();
    storage
        .focusAreas()
        .saveAll(
            List.of(
                new FocusArea(
                    area.project(),
                    area.topic(),
                    area.chosenOn(),
                    Optional.of(DecisionId.parse("B2016-07§3")))));

    // when
    AnnualReport report = consortium.reports().annual(2016);

    // then (T2 serves no goal: it is in KOBRA's own section only)
    assertThat(report.goalSections())
        .extracting(
            g -> g.number(),
            g -> ids(g.projects()),
            g -> g.alsoProjects(),
            g -> g.trainings(),
            g -> g.decisions().stream().map(d -> d.decision()).toList())
        .containsExactly(
            tuple("I", List.of("KOBRA"), List.of(), List.of(), List.of("B2016-07§3")),
            tuple("II", List.of(), List.of("KOBRA"), List.of("T1"), List.of("B2016-07§1")));
  }

  private static Training.Proposed withGoal(Training training, GoalId goal) {
    TrainingPlan p = training.plan();
    return Training.propose(
        new TrainingPlan(
            p.id(),
            p.project(),
            p.title(),
            p.kind(),
            p.topics(),
            p.targetSectors(),
            p.targetSizes(),
            p.partner(),
            p.mode(),
            p.transnational(),
            p.openTo(),
            p.plannedOn(),
            Optional.of(goal)));
  }

  @Test
  void a_project_linked_to_no_goal_is_among_the_other_projects() {
    // given
    storage.goals().save(GovernanceFixtures.goal2016());
    storage.programmes().save(ProjectFixtures.erasmus());
    storage.projects().save(ProjectFixtures.erasmusProject());

    // when
    AnnualReport report = consortium.reports().annual(2016);

    // then
    assertThat(report.goalSections().get(0).projects()).isEmpty();
    assertThat(report.goalSections().get(0).alsoProjects()).isEmpty();
    assertThat(ids(report.otherProjects().projects())).containsExactly("EPLUS-2015");
  }

  private static List<String> ids(List<ProjectSection> sections) {
    return sections.stream().map(ProjectSection::project).toList();
  }

  @Test
  void without_an_annual_meeting_the_report_is_written_as_of_today() {
    // given
    storage
        .meetings()
        .save(
            meeting(
                "AM",
                MeetingKind.BOARD_MEETING,
                LocalDate.of(2017, 3, 1),
                LocalDate.of(2017, 3, 1)));
    storage
        .staff()
        .save(GovernanceFixtures.coordinator("S1", LocalDate.of(2017, 5, 2), Optional.empty()));

    // when
    AnnualReport today = consortium.reports().annual(2016);
    storage
        .meetings()
        .save(
            meeting(
                "AM2017",
                MeetingKind.ANNUAL_MEETING,
                LocalDate.of(2017, 3, 30),
                LocalDate.of(2017, 3, 30)));
    AnnualReport forTheMeeting = consortium.reports().annual(2016);

    // then: a start in May 2017 counts as of June, not as of the annual meeting in March
    assertThat(count(today, "staff.started")).isEqualTo(1);
    assertThat(count(forTheMeeting, "staff.started")).isZero();
  }

  @Test
  void a_report_cannot_be_written_before_its_year_ends() {
    assertThatThrownBy(
            () -> consortium.reports().annual(2016, LocalDate.of(2016, 12, 30), Narrative.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the year's end");
  }

  @Test
  void a_fragment_number_that_contradicts_a_figure_of_its_section_is_a_finding() {
    // given
    storage.boardTerms().save(GovernanceFixtures.board2016());
    Narrative narrative =
        new Narrative(
            List.of(
                new NarrativeFragment(
                    SectionId.BOARD,
                    ReportLanguage.SV,
                    "Styrelsen hade 4 ledamöter.",
                    "narrative/sv/board.md")));

    // when
    AnnualReport report = consortium.reports().annual(2016, narrative);

    // then
    assertThat(report.findings().of("narrative-figure"))
        .singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("narrative/sv/board.md:1"));
    assertThat(report.narrative(SectionId.BOARD, ReportLanguage.SV)).isPresent();
  }
}
