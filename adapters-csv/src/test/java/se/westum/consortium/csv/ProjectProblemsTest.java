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
package se.westum.consortium.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.SourceLocation;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.ProjectLists;

/**
 * Every kind of bad project or mobility input is reported with file, line, column, column name and
 * reason: a cell or a record's own rule by the reader (a {@link CsvImportException}), a rule across
 * records by the core's import (a {@link RecordsRefusedException} whose refusals the dataset
 * located). Each test writes real files to a temporary folder, starting from a small valid dataset.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectProblemsTest {

  static final String PROGRAMMES = "id;name;kind";
  static final String PROJECTS =
      "id;name;programme;start;end;coordinator;status;application_deadline;final_report_deadline";
  static final String AUDITS = "project;date;authority;outcome";
  static final String PARTNERS =
      "id;project;organisation;country;national_id;role;member;prospective";
  static final String GROUPS = "id;project;name;kind;organisations;meetings";
  static final String ACTIVITIES = "id;project;name;responsible";
  static final String INDICATORS = "id;project;name;unit;baseline;target";
  static final String VALUES = "indicator;date;value";
  static final String GRANTS =
      "project;call_year;category;places;budget_eur;rate_group1_eur;rate_group2_eur;"
          + "rate_group3_eur;target_percent";
  static final String LEARNER_GRANT = "EPLUS;2015;LEARNER;100;320000,00;80,00;70,00;60,00;80,00";

  private static final String MISSING = MissingReferenceException.CODE;

  @TempDir Path dir;

  private final CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  /** A mobility row's cells by column, valid as they stand. */
  private static Map<String, String> mobility() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", "M-1");
    cells.put("project", "EPLUS");
    cells.put("participant", "L-1");
    cells.put("category", "LEARNER");
    cells.put("sending_organisation", "Lärcentrum Skövde");
    cells.put("sending_city", "Skövde");
    cells.put("sending_country", "SE");
    cells.put("sending_latitude", "58,3903");
    cells.put("sending_longitude", "13,8451");
    cells.put("receiving_organisation", "Hotell Málaga");
    cells.put("receiving_city", "Málaga");
    cells.put("receiving_country", "ES");
    cells.put("receiving_latitude", "36,7213");
    cells.put("receiving_longitude", "-4,4214");
    cells.put("start", "2015-10-05");
    cells.put("end", "2015-10-18");
    cells.put("travel_days", "2");
    cells.put("green_travel", "false");
    cells.put("fewer_opportunities", "false");
    cells.put("course_days", "0");
    cells.put("status", "COMPLETED");
    cells.put("sending_member", "");
    return cells;
  }

  /** mobilities.csv with one row: the valid mobility with these cells changed. */
  private DatasetFolder mobilityWith(String... columnsAndValues) {
    Map<String, String> cells = mobility();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return valid()
        .excelSv(
            "mobilities.csv", String.join(";", cells.keySet()), String.join(";", cells.values()));
  }

  /** Programme, project, partner and learner grant of project EPLUS. */
  private DatasetFolder valid() {
    return DatasetFolder.in(dir)
        .excelSv("programmes.csv", PROGRAMMES, "ERASMUS-KA1;Erasmus+ KA1;ERASMUS_PLUS_KA1")
        .excelSv(
            "projects.csv",
            PROJECTS,
            "EPLUS;Erasmus+ 2015;ERASMUS-KA1;2015-06-01;2017-05-31;Westum;RUNNING;;",
            "KOBRA;Kobra;ERASMUS-KA1;2015-09-01;2018-08-31;Westum;RUNNING;;")
        .excelSv(
            "partners.csv",
            PARTNERS,
            "P-1;EPLUS;Westum;SE;802471-6204;COORDINATING;;false",
            "P-2;KOBRA;Region Midtjylland;DK;29190925;LEAD;;false")
        .excelSv("mobility_grants.csv", GRANTS, LEARNER_GRANT);
  }

  private List<CsvProblem> problems() {
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> reader.readProjects(dir));
    assertThat(thrown).as("the import is refused").isNotNull();
    return thrown.problems();
  }

  /**
   * The refusals of the core's import of the folder (its membership and governance files imported
   * first, so that members and meetings are stored), after checking that nothing was written.
   */
  private List<RefusedRecord> refused() {
    InMemoryStorage storage = new InMemoryStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();
    if (Files.exists(dir.resolve("members.csv"))) {
      consortium.membership().importDataset(reader.readMembership(dir));
    }
    if (Files.exists(dir.resolve("meetings.csv"))) {
      consortium.governance().importDataset(reader.readGovernance(dir));
    }
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () -> consortium.projects().importDataset(reader.readProjects(dir)));
    assertThat(thrown).as("the import is refused").isNotNull();
    assertThat(storage.programmes().all()).as("nothing is written").isEmpty();
    assertThat(storage.projects().all()).as("nothing is written").isEmpty();
    return thrown.refused();
  }

  private static Consumer<RefusedRecord> refusal(
      String file, long line, int column, String columnName, String code, String reason) {
    return r -> {
      assertThat(r.location())
          .as("location")
          .contains(new SourceLocation(file, line, column, columnName));
      assertThat(r.code()).as("code").isEqualTo(code);
      assertThat(r.message()).as("message").contains(reason);
    };
  }

  private static Consumer<CsvProblem> problem(
      String file, long line, int column, String columnName, String reason) {
    return p -> {
      assertThat(p.file()).as("file").isEqualTo(file);
      assertThat(p.line()).as("line").isEqualTo(line);
      assertThat(p.column()).as("column").isEqualTo(column);
      assertThat(p.columnName()).as("column name").isEqualTo(columnName);
      assertThat(p.reason()).as("reason").contains(reason);
    };
  }

  @Test
  void the_valid_dataset_of_these_tests_is_accepted() {
    // given
    mobilityWith();

    // when
    ProjectLists projects = ProjectLists.of(reader.readProjects(dir));

    // then
    assertThat(projects.mobilityList()).hasSize(1);
  }

  @Test
  void a_project_of_a_programme_not_in_programmes_csv_is_refused_at_its_programme() {
    // given
    valid()
        .excelSv(
            "projects.csv", PROJECTS, "EPLUS;E;INTERREG-OKS;2015-06-01;2017-05-31;W;RUNNING;;");

    // when
    List<RefusedRecord> refused = refused();

    // then
    assertThat(refused)
        .first()
        .satisfies(
            refusal("projects.csv", 2, 3, "programme", MISSING, "no programme 'INTERREG-OKS'"));
  }

  @Test
  void a_duplicate_project_acronym_is_refused_at_its_second_row() {
    // given
    valid()
        .excelSv(
            "projects.csv",
            PROJECTS,
            "EPLUS;E;ERASMUS-KA1;2015-06-01;2017-05-31;W;RUNNING;;",
            "EPLUS;E;ERASMUS-KA1;2015-06-01;2017-05-31;W;RUNNING;;");

    // then
    assertThat(refused())
        .first()
        .satisfies(
            refusal(
                "projects.csv",
                3,
                1,
                "id",
                "duplicate-id",
                "project EPLUS is given more than once"));
  }

  @Test
  void an_audit_of_an_unknown_project_is_reported_at_its_project() {
    // given
    valid().excelSv("audits.csv", AUDITS, "NOPE;2016-11-08;UHR;Godkänd");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(problem("audits.csv", 2, 1, "project", "no project NOPE in projects.csv"));
  }

  @Test
  void a_norwegian_partner_with_a_bad_organisasjonsnummer_is_reported_with_the_norwegian_rule() {
    // given
    valid()
        .excelSv("partners.csv", PARTNERS, "P-1;EPLUS;Larvik kommune;NO;944812343;PARTNER;;false");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "partners.csv",
                2,
                5,
                "national_id",
                "'944812343' is not a valid national id: a Norwegian organisasjonsnummer is 9"
                    + " digits with a mod 11 check digit"));
  }

  @Test
  void a_danish_partner_with_a_bad_cvr_number_is_reported_with_the_danish_rule() {
    // given
    valid().excelSv("partners.csv", PARTNERS, "P-1;EPLUS;HK;DK;29190926;PARTNER;;false");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(problem("partners.csv", 2, 5, "national_id", "a Danish CVR number is 8 digits"));
  }

  @Test
  void a_swedish_partner_with_a_bad_organisationsnummer_is_reported_with_the_swedish_rule() {
    // given
    valid().excelSv("partners.csv", PARTNERS, "P-1;EPLUS;Westum;SE;802471-6205;PARTNER;;false");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "partners.csv",
                2,
                5,
                "national_id",
                "a Swedish organisationsnummer is NNNNNN-NNNN"));
  }

  @Test
  void a_partner_that_is_a_member_not_stored_is_refused_at_its_member() {
    // given
    valid()
        .excelSv("members.csv", DatasetFolder.MEMBERS_HEADER, DatasetFolder.SKOVDE_ROW)
        .excelSv(
            "partners.csv", PARTNERS, "P-1;EPLUS;Borås;SE;212000-1017;PARTNER;212000-1017;false");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal("partners.csv", 2, 7, "member", MISSING, "member: no member '212000-1017'"));
  }

  @Test
  void a_partner_that_is_a_member_with_another_number_is_reported_at_its_member() {
    // given
    valid()
        .excelSv(
            "partners.csv", PARTNERS, "P-1;EPLUS;Westum;SE;802471-6204;PARTNER;212000-1017;false");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem("partners.csv", 2, 7, "member", "the member's Swedish organisation number"));
  }

  @Test
  void an_activity_led_by_a_partner_of_another_project_is_refused_at_its_responsible() {
    // given
    valid().excelSv("activities.csv", ACTIVITIES, "A-1;EPLUS;Analys;P-2");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal(
                "activities.csv",
                2,
                4,
                "responsible",
                MISSING,
                "no partner 'P-2' in project EPLUS"));
  }

  @Test
  void an_activity_led_by_an_unknown_partner_is_refused_at_its_responsible() {
    // given
    valid().excelSv("activities.csv", ACTIVITIES, "A-1;EPLUS;Analys;P-9");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal(
                "activities.csv",
                2,
                4,
                "responsible",
                MISSING,
                "no partner 'P-9' in project EPLUS"));
  }

  @Test
  void a_project_linked_to_a_goal_not_stored_is_refused_at_its_goals() {
    // given
    valid()
        .excelSv(
            "meetings.csv",
            GovernanceLines.MEETINGS,
            "PB-1;PROJECT_BOARD_MEETING;2016-03-01;;Aarhus")
        .excelSv(
            "goals.csv", GovernanceLines.GOALS, "2016-I;2016;I;Strategisk kompetensförsörjning")
        .excelSv(
            "projects.csv",
            PROJECTS + ";goals",
            "EPLUS;Erasmus+ 2015;ERASMUS-KA1;2015-06-01;2017-05-31;Westum;RUNNING;;;2016-I",
            "KOBRA;Kobra;ERASMUS-KA1;2015-09-01;2018-08-31;Westum;RUNNING;;;2016-I|2016-IX");

    // then (KOBRA's partner is refused after it, as KOBRA is not stored)
    assertThat(refused())
        .first()
        .satisfies(refusal("projects.csv", 3, 10, "goals", MISSING, "goals: no goal '2016-IX'"));
  }

  @Test
  void a_projects_goals_are_read_in_order_from_the_optional_goals_column() {
    // given
    valid()
        .excelSv(
            "projects.csv",
            PROJECTS + ";goals",
            "EPLUS;Erasmus+ 2015;ERASMUS-KA1;2015-06-01;2017-05-31;Westum;RUNNING;;;2016-III| 2016-I",
            "KOBRA;Kobra;ERASMUS-KA1;2015-09-01;2018-08-31;Westum;RUNNING;;;");

    // when
    ProjectLists projects = ProjectLists.of(reader.readProjects(dir));

    // then
    assertThat(projects.projectList())
        .extracting(p -> p.goals().stream().map(GoalId::value).toList())
        .containsExactly(List.of("2016-III", "2016-I"), List.of());
  }

  @Test
  void an_empty_goal_between_separators_is_reported_at_its_goals_cell() {
    // given
    valid()
        .excelSv(
            "projects.csv",
            PROJECTS + ";goals",
            "EPLUS;Erasmus+ 2015;ERASMUS-KA1;2015-06-01;2017-05-31;Westum;RUNNING;;;2016-I||2016-II");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(problem("projects.csv", 2, 10, "goals", "an empty goal id"));
  }

  @Test
  void a_group_naming_a_meeting_not_stored_is_refused_at_its_meetings() {
    // given
    valid()
        .excelSv(
            "meetings.csv",
            GovernanceLines.MEETINGS,
            "PB-1;PROJECT_BOARD_MEETING;2016-03-01;;Aarhus")
        .excelSv("working_groups.csv", GROUPS, "G-1;EPLUS;Styrgrupp;PROJECT_BOARD;;PB-1|PB-2");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(refusal("working_groups.csv", 2, 6, "meetings", MISSING, "no meeting 'PB-2'"));
  }

  @Test
  void a_groups_meetings_are_not_checked_when_the_folder_has_no_meetings_csv() {
    // given
    valid().excelSv("working_groups.csv", GROUPS, "G-1;EPLUS;Styrgrupp;PROJECT_BOARD;;PB-1|PB-2");

    // when
    ProjectLists projects = ProjectLists.of(reader.readProjects(dir));

    // then
    assertThat(projects.groupList().get(0).meetings()).hasSize(2);
  }

  @Test
  void an_indicator_whose_target_equals_its_baseline_is_reported_at_its_target() {
    // given
    valid().excelSv("indicators.csv", INDICATORS, "I-1;EPLUS;Besök;besök;10,00;10");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(problem("indicators.csv", 2, 6, "target", "a target differs from the baseline"));
  }

  @Test
  void a_value_of_an_unknown_indicator_and_a_second_value_on_a_day_are_reported() {
    // given
    valid()
        .excelSv("indicators.csv", INDICATORS, "I-1;EPLUS;Besök;besök;0;400")
        .excelSv(
            "indicator_values.csv",
            VALUES,
            "I-2;2016-12-31;280",
            "I-1;2016-12-31;280",
            "I-1;2016-12-31;300");

    // then
    assertThat(problems())
        .satisfiesExactly(
            problem(
                "indicator_values.csv", 2, 1, "indicator", "no indicator I-2 in indicators.csv"),
            problem(
                "indicator_values.csv",
                4,
                2,
                "date",
                "one measurement per day: 2016-12-31 is measured twice"));
  }

  @Test
  void a_grants_rows_with_different_call_years_or_targets_are_reported() {
    // given
    valid()
        .excelSv(
            "mobility_grants.csv",
            GRANTS,
            LEARNER_GRANT,
            "EPLUS;2016;STAFF;20;27250,00;140,00;120,00;100,00;75,00");

    // then
    assertThat(problems())
        .satisfiesExactly(
            problem("mobility_grants.csv", 3, 2, "call_year", "has call year 2015 on line 2"),
            problem(
                "mobility_grants.csv", 3, 9, "target_percent", "has a target of 80.0 % on line 2"));
  }

  @Test
  void a_category_granted_twice_to_a_project_is_reported_at_its_category() {
    // given
    valid().excelSv("mobility_grants.csv", GRANTS, LEARNER_GRANT, LEARNER_GRANT);

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "mobility_grants.csv",
                3,
                3,
                "category",
                "a grant lists each participant category once: LEARNER is listed twice"));
  }

  @Test
  void a_grant_of_a_call_year_no_table_covers_is_refused_at_its_call_year() {
    // given
    valid().excelSv("mobility_grants.csv", GRANTS, LEARNER_GRANT.replace(";2015;", ";2010;"));

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal(
                "mobility_grants.csv",
                2,
                2,
                "call_year",
                UnitCosts.UNKNOWN_CALL_YEAR,
                "no Erasmus+ unit-cost table covers call year 2010"));
  }

  @Test
  void a_target_with_two_decimals_is_reported_at_its_cell_not_rounded() {
    // given
    valid().excelSv("mobility_grants.csv", GRANTS, LEARNER_GRANT.replace(";80,00", ";79,95"));

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "mobility_grants.csv",
                2,
                9,
                "target_percent",
                "the target has at most 1 decimals: '79.95'"));
  }

  @Test
  void a_staff_member_of_a_project_not_stored_is_refused_at_its_projects() {
    // given
    valid()
        .excelSv(
            "staff.csv",
            "id;name;role;started;ended;projects",
            "S-1;Anna Andersson;projektkoordinator;2016-01-01;;EPLUS",
            "S-2;Bo Berg;projektkoordinator;2016-01-01;;EPLUS|NOPE");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(refusal("staff.csv", 3, 6, "projects", MISSING, "no project 'NOPE'"));
  }

  @Test
  void a_mobility_of_a_category_the_project_has_no_grant_for_is_refused_at_its_category() {
    // given
    mobilityWith("category", "STAFF");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal(
                "mobilities.csv",
                2,
                4,
                "category",
                GrantCalculation.NO_CATEGORY_GRANT,
                "project EPLUS has no STAFF places"));
  }

  @Test
  void a_mobility_of_a_project_without_a_grant_is_refused_at_its_project() {
    // given
    mobilityWith("project", "KOBRA");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal("mobilities.csv", 2, 2, "project", MISSING, "no mobility-grant 'KOBRA'"));
  }

  @Test
  void a_mobility_to_a_country_outside_the_call_years_country_groups_is_refused_at_its_country() {
    // given
    mobilityWith(
        "receiving_country",
        "US",
        "receiving_latitude",
        "40,7128",
        "receiving_longitude",
        "-74,0060");

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal(
                "mobilities.csv",
                2,
                12,
                "receiving_country",
                GrantCalculation.NO_DAILY_RATE,
                "mobility M-1: no daily rate for US (not in a country group"));
  }

  @Test
  void a_latitude_out_of_range_is_reported_at_its_column() {
    // given
    mobilityWith("sending_latitude", "91,5");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(problem("mobilities.csv", 2, 8, "sending_latitude", "a latitude is -90 to 90"));
  }

  @Test
  void a_coordinate_with_a_decimal_point_in_excel_sv_is_reported_naming_the_dialect() {
    // given
    mobilityWith("receiving_longitude", "-4.4214");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "mobilities.csv",
                2,
                14,
                "receiving_longitude",
                "the excel-sv dialect uses a decimal ','"));
  }

  @Test
  void a_mobility_ending_before_it_starts_is_reported_at_its_end() {
    // given
    mobilityWith("end", "2015-10-01");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "mobilities.csv",
                2,
                16,
                "end",
                "a mobility cannot end (2015-10-01) before it starts"));
  }

  @Test
  void five_travel_days_are_reported_at_travel_days() {
    // given
    mobilityWith("travel_days", "5");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(problem("mobilities.csv", 2, 17, "travel_days", "travel days are 0 to 4"));
  }

  @Test
  void more_course_days_than_days_of_stay_are_reported_at_course_days() {
    // given
    mobilityWith("course_days", "15");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "mobilities.csv",
                2,
                20,
                "course_days",
                "course days are 0 to the days of the stay"));
  }

  @Test
  void a_boolean_that_is_not_true_or_false_is_reported_at_its_cell() {
    // given
    mobilityWith("green_travel", "ja");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(problem("mobilities.csv", 2, 18, "green_travel", "'ja' is not a boolean"));
  }

  @Test
  void a_sending_member_not_stored_is_refused_at_its_column() {
    // given
    mobilityWith("sending_member", "212000-1017")
        .excelSv("members.csv", DatasetFolder.MEMBERS_HEADER, DatasetFolder.SKOVDE_ROW);

    // then
    assertThat(refused())
        .singleElement()
        .satisfies(
            refusal(
                "mobilities.csv",
                2,
                22,
                "sending_member",
                MISSING,
                "sendingMember: no member '212000-1017'"));
  }

  @Test
  void a_sending_member_is_only_checked_for_its_form_without_members_csv() {
    // given
    mobilityWith("sending_member", "212000-1018");

    // then
    assertThat(problems())
        .singleElement()
        .satisfies(
            problem(
                "mobilities.csv", 2, 22, "sending_member", "is not a valid organisation number"));
  }

  @Test
  void problems_of_several_files_come_together_in_file_order() {
    // given
    mobilityWith("travel_days", "9")
        .excelSv(
            "projects.csv",
            PROJECTS,
            "EPLUS;E;ERASMUS-KA1;2015-06-01;2017-05-31;W;ENDED;;",
            "KOBRA;Kobra;ERASMUS-KA1;2015-09-01;2018-08-31;Westum;RUNNING;;");

    // then
    assertThat(problems())
        .satisfiesExactly(
            problem("projects.csv", 2, 7, "status", "'ENDED' is not a status"),
            problem("mobilities.csv", 2, 17, "travel_days", "travel days are 0 to 4"));
  }
}
