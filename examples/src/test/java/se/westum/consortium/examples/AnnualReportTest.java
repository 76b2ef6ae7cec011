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

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.EventsSection;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.GoalSection;
import se.westum.consortium.domain.report.ProjectSection;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.StaffSection;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.TrainingStatus;

/** The 2016 report of the bundled dataset shows the seed's figures, computed from records. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnnualReportTest {

  private static InMemoryDatabase database;
  private static AnnualReport report;

  @BeforeAll
  static void import_the_bundled_dataset_and_compute_the_2016_report() throws Exception {
    database = InMemoryDatabase.fresh("annual-report");
    try (BundledDataset dataset = BundledDataset.extract()) {
      DatasetImport.read(CsvDatasets.reader(CsvDialect.EXCEL_SV), dataset.directory())
          .into(database.consortium());
    }
    report = database.consortium().consortium().reports().annual(2016);
  }

  @AfterAll
  static void close() throws Exception {
    database.close();
  }

  private static long count(String key) {
    return value(key).longValueExact();
  }

  private static BigDecimal value(String key) {
    return report.figure(key).map(Figure::number).orElseThrow(() -> new AssertionError(key));
  }

  private static ProjectSection project(String acronym) {
    return report.projects().stream()
        .filter(p -> p.project().equals(acronym))
        .findFirst()
        .orElseThrow();
  }

  private static EventsSection.Event event(String id) {
    return report.events().stream().filter(e -> e.event().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void the_fiscal_year_is_2016_and_the_report_is_written_for_the_annual_meeting_of_2017() {
    assertThat(report.fiscalYear().start().value().number()).isEqualByComparingTo("20160101");
    assertThat(report.fiscalYear().end().value().number()).isEqualByComparingTo("20161231");
    assertThat(report.figure("project.kobra.needs.visits").orElseThrow().asOf())
        .contains(LocalDate.of(2017, 3, 31));
  }

  @Test
  void the_board_has_8_members_with_roles_and_met_7_times_plus_2_strategy_days_9_sessions() {
    assertThat(count("board.members")).isEqualTo(8);
    assertThat(report.board().members())
        .extracting(m -> m.role())
        .containsExactly(
            BoardRole.CHAIR,
            BoardRole.VICE_CHAIR,
            BoardRole.TREASURER,
            BoardRole.MEMBER,
            BoardRole.MEMBER,
            BoardRole.MEMBER,
            BoardRole.MEMBER,
            BoardRole.MEMBER);
    assertThat(count("board.board-meeting.meetings")).isEqualTo(7);
    assertThat(count("board.strategy-day.days")).isEqualTo(2);
    assertThat(count("board.sessions")).isEqualTo(9);
    assertThat(report.figure("board.sessions").orElseThrow().trace().recordIds())
        .hasSize(8)
        .contains("SD2016-01", "B2016-07");
    assertThat(report.board().meetings())
        .extracting(m -> m.kind())
        .containsExactly(MeetingKind.BOARD_MEETING, MeetingKind.STRATEGY_DAY);
    assertThat(report.signatures().lines()).hasSize(8).startsWith(BoardRole.CHAIR);
  }

  @Test
  void the_nomination_committee_and_the_auditors_are_two_each() {
    assertThat(count("positions.nomination-committee")).isEqualTo(2);
    assertThat(count("positions.auditors")).isEqualTo(2);
    assertThat(report.positions().of(PositionKind.AUDITOR)).hasSize(2);
  }

  @Test
  void the_four_goals_come_in_the_plans_order_each_with_its_section_and_linked_projects() {
    assertThat(count("goals.count")).isEqualTo(4);
    assertThat(report.goalSections())
        .extracting(g -> g.id().value())
        .containsExactly("goal-i", "goal-ii", "goal-iii", "goal-iv");
    assertThat(report.goalSections().get(0).projects())
        .extracting(ProjectSection::project)
        .containsExactly("KOBRA", "ESF-BESOK");
    assertThat(report.goalSections().get(1).projects()).isEmpty();
    assertThat(report.goalSections().get(1).alsoProjects()).containsExactly("KOBRA");
    assertThat(report.goalSections().get(1).trainings())
        .containsExactly("KOBRA-T01", "KOBRA-T02", "KOBRA-T03");
    assertThat(report.goalSections().get(1).decisions())
        .extracting(GoalSection.DecisionItem::decision)
        .containsExactly("B2016-03§3", "B2016-07§1");
    // the trainings serve goal II: not listed, nor their approvals, under KOBRA's other goals
    assertThat(report.goalSections().get(0).trainings()).isEmpty();
    assertThat(report.goalSections().get(0).decisions()).isEmpty();
    assertThat(report.goalSections().get(2).trainings()).isEmpty();
    assertThat(report.goalSections().get(2).decisions()).isEmpty();
    assertThat(report.goalSections().get(2).projects())
        .extracting(ProjectSection::project)
        .containsExactly("EPLUS-2015", "EPLUS-2017");
    assertThat(report.goalSections().get(2).alsoProjects()).containsExactly("KOBRA");
    assertThat(report.goalSections().get(3).projects()).isEmpty();
    assertThat(report.goalSections().get(3).alsoProjects()).isEmpty();
    assertThat(report.otherProjects().projects()).isEmpty();
    assertThat(report.goalSections().get(3).events())
        .extracting(EventsSection.Event::event)
        .containsExactly("2016-annual-conference", "2016-process-leader-training");
  }

  @Test
  void kobras_swedish_group_is_10_municipalities_and_2_federations_with_three_led_activities() {
    assertThat(count("project.kobra.partners.se.municipalities")).isEqualTo(10);
    assertThat(count("project.kobra.partners.se.federations")).isEqualTo(2);
    ProjectSection kobra = project("KOBRA");
    assertThat(kobra.status()).isEqualTo(ProjectStatus.RUNNING);
    assertThat(kobra.activities())
        .extracting(ProjectSection.Activity::name, ProjectSection.Activity::leadOrganisation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Kompetensmäklare", "Skövde kommun"),
            org.assertj.core.groups.Tuple.tuple(
                "Analys", "Boråsregionen Sjuhärads kommunalförbund"),
            org.assertj.core.groups.Tuple.tuple(
                "Behovsbaserad utbildning", "Kunskapsförbundet Väst"));
  }

  @Test
  void kobras_needs_analysis_counts_325_visits_114_answers_two_sectors_and_three_focus_areas() {
    assertThat(count("project.kobra.needs.visits")).isEqualTo(325);
    assertThat(report.figure("project.kobra.needs.visits").orElseThrow().trace().countedOnly())
        .isTrue();
    assertThat(count("project.kobra.needs.answers")).isEqualTo(114);
    assertThat(count("project.kobra.needs.sectors")).isEqualTo(2);
    assertThat(count("project.kobra.needs.focus-areas")).isEqualTo(3);
    assertThat(project("KOBRA").needs().orElseThrow().sectors())
        .containsExactlyInAnyOrder("Industriteknik", "Besöksnäring");
  }

  @Test
  void kobras_pilot_and_two_planned_trainings_carry_their_approvals() {
    assertThat(project("KOBRA").trainings())
        .extracting(t -> t.kind(), t -> t.status(), t -> t.decision().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TrainingKind.PILOT, TrainingStatus.DELIVERED, "B2016-03§3"),
            org.assertj.core.groups.Tuple.tuple(
                TrainingKind.NEEDS_BASED, TrainingStatus.APPROVED, "B2016-07§1"),
            org.assertj.core.groups.Tuple.tuple(
                TrainingKind.NEEDS_BASED, TrainingStatus.APPROVED, "B2016-07§1"));
  }

  @Test
  void kobras_project_board_and_transnational_groups_met_twice_each() {
    ProjectSection kobra = project("KOBRA");
    assertThat(kobra.groups().stream().filter(g -> g.kind() == GroupKind.PROJECT_BOARD))
        .singleElement()
        .satisfies(g -> assertThat(g.meetings().number()).isEqualByComparingTo("2"));
    assertThat(count("project.kobra.group.kobra-pl.meetings")).isEqualTo(2);
    assertThat(count("project.kobra.group.kobra-ag.meetings")).isEqualTo(2);
    assertThat(kobra.groups()).hasSize(7);
  }

  @Test
  void fifty_five_officials_took_part_since_the_start_counted_as_distinct_people_at_events() {
    assertThat(count("project.kobra.officials.se")).isEqualTo(55);
    assertThat(report.figure("project.kobra.officials.se").orElseThrow().trace().recordIds())
        .containsExactly(
            "2015-kobra-kick-off",
            "2015-kobra-analysis-workshop",
            "2016-partnership-arendal",
            "2016-partnership-horsens");
    // the indicator's own value agrees with the records
    assertThat(value("project.kobra.indicator.kobra-i3.records")).isEqualByComparingTo("55");
    assertThat(report.findings().of("indicator-count")).isEmpty();
  }

  @Test
  void the_erasmus_consumption_is_39_and_21_percent_for_learners_and_about_50_for_staff() {
    String k = "project.eplus-2015.consumption.";
    assertThat(value(k + "year-end.learner.places-used-percent")).isEqualByComparingTo("39");
    assertThat(value(k + "year-end.learner.budget-used-percent")).isEqualByComparingTo("21");
    assertThat(value(k + "year-end.staff.places-used-percent")).isEqualByComparingTo("50");
    assertThat(value(k + "year-end.staff.budget-used-percent")).isEqualByComparingTo("50");
    assertThat(value(k + "latest.learner.budget-used-percent")).isEqualByComparingTo("57");
    assertThat(value(k + "latest.staff.budget-used-percent")).isEqualByComparingTo("62");
    assertThat(value(k + "year-end.learner.target")).isEqualByComparingTo("80");
    assertThat(report.figure(k + "latest.staff.budget-used-percent").orElseThrow().asOf())
        .contains(LocalDate.of(2017, 3, 31));
  }

  @Test
  void the_uhr_audit_the_end_and_final_report_dates_and_the_interested_municipalities() {
    ProjectSection erasmus = project("EPLUS-2015");
    assertThat(erasmus.audits())
        .singleElement()
        .satisfies(a -> assertThat(a.authority()).isEqualTo("UHR"));
    assertThat(value("project.eplus-2015.deadline.end")).isEqualByComparingTo("20170531");
    assertThat(value("project.eplus-2015.deadline.final-report")).isEqualByComparingTo("20170630");
    assertThat(erasmus.prospective()).containsExactly("Munkedals kommun", "Lysekils kommun");
  }

  @Test
  void the_new_applications_come_with_their_deadlines_under_the_goals_they_name() {
    // ESF-BESOK under goal I (strategic competence supply), EPLUS-2017 under III (international)
    assertThat(
            java.util.stream.Stream.of(
                project("EPLUS-2017", report.goalSections().get(2)),
                project("ESF-BESOK", report.goalSections().get(0))))
        .extracting(ProjectSection::project, ProjectSection::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EPLUS-2017", ProjectStatus.DRAFT_APPLICATION),
            org.assertj.core.groups.Tuple.tuple("ESF-BESOK", ProjectStatus.SUBMITTED));
    assertThat(value("project.esf-besok.deadline.application")).isEqualByComparingTo("20161130");
    assertThat(value("project.eplus-2017.deadline.application")).isEqualByComparingTo("20170228");
  }

  private static ProjectSection project(String acronym, GoalSection goal) {
    return goal.projects().stream()
        .filter(p -> p.project().equals(acronym))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(acronym + " is not in full under goal " + goal.number()));
  }

  @Test
  void the_events_count_their_participants_and_the_dissemination_conference_its_organisations() {
    assertThat(count("event.2016-annual-conference.participants")).isEqualTo(35);
    assertThat(count("event.2016-process-leader-training.participants")).isEqualTo(20);
    assertThat(count("event.2016-dissemination-conference.participants")).isEqualTo(20);
    assertThat(count("event.2016-dissemination-conference.organisations")).isEqualTo(11);
    assertThat(event("2016-dissemination-conference").byOrganisation()).hasSize(11);
    assertThat(event("2016-study-visit-milano").place()).isEqualTo("Milano");
    assertThat(event("2016-contact-seminar-poland").country()).isEqualTo("PL");
    assertThat(report.events()).hasSize(7);
  }

  @Test
  void thirty_one_paying_members_cover_39_municipalities_of_vastra_gotaland_and_halland() {
    assertThat(count("figures.paying-members")).isEqualTo(31);
    assertThat(report.figure("figures.paying-members").orElseThrow().trace().recordIds())
        .hasSize(31);
    assertThat(count("figures.municipalities")).isEqualTo(39);
    assertThat(report.figures().regions()).containsExactly("Hallands län", "Västra Götalands län");
  }

  @Test
  void the_staff_changes_are_one_left_and_two_hired_by_role() {
    assertThat(report.staff().changes())
        .extracting(StaffSection.Change::kind, StaffSection.Change::day)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                StaffSection.ChangeKind.STARTED, LocalDate.of(2016, 10, 3)),
            org.assertj.core.groups.Tuple.tuple(
                StaffSection.ChangeKind.LEFT, LocalDate.of(2016, 10, 31)),
            org.assertj.core.groups.Tuple.tuple(
                StaffSection.ChangeKind.STARTED, LocalDate.of(2017, 1, 9)));
  }

  @Test
  void the_findings_are_the_two_unpaid_fees_and_the_two_consumptions_below_target() {
    assertThat(report.findings().findings())
        .extracting(ReportFinding::rule, ReportFinding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("consumption-target", "EPLUS-2015/LEARNER"),
            org.assertj.core.groups.Tuple.tuple("consumption-target", "EPLUS-2015/STAFF"),
            org.assertj.core.groups.Tuple.tuple("paid-in-full", "212000-4656 Lysekils kommun"),
            org.assertj.core.groups.Tuple.tuple("paid-in-full", "212000-4789 Tjörns kommun"));
    assertThat(count("findings.count")).isEqualTo(4);
  }

  @Test
  void every_figure_has_a_unique_key_and_a_trace() {
    List<Figure> figures = report.allFigures();
    assertThat(figures).extracting(Figure::key).doesNotHaveDuplicates();
    assertThat(figures).allSatisfy(f -> assertThat(f.trace().rule()).isNotBlank());
  }
}
