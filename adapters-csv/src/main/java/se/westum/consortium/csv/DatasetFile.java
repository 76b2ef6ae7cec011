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

import static se.westum.consortium.csv.Column.AMOUNT;
import static se.westum.consortium.csv.Column.APPLICATION_DEADLINE;
import static se.westum.consortium.csv.Column.AUTHORITY;
import static se.westum.consortium.csv.Column.BASELINE;
import static se.westum.consortium.csv.Column.BUDGET_EUR;
import static se.westum.consortium.csv.Column.CALL_YEAR;
import static se.westum.consortium.csv.Column.CATEGORY;
import static se.westum.consortium.csv.Column.COORDINATOR;
import static se.westum.consortium.csv.Column.COUNT;
import static se.westum.consortium.csv.Column.COUNTRY;
import static se.westum.consortium.csv.Column.COURSE_DAYS;
import static se.westum.consortium.csv.Column.COVERED_MUNICIPALITIES;
import static se.westum.consortium.csv.Column.CURRENCY;
import static se.westum.consortium.csv.Column.DATE;
import static se.westum.consortium.csv.Column.END;
import static se.westum.consortium.csv.Column.ENDED;
import static se.westum.consortium.csv.Column.EVENT;
import static se.westum.consortium.csv.Column.FEWER_OPPORTUNITIES;
import static se.westum.consortium.csv.Column.FINAL_REPORT_DEADLINE;
import static se.westum.consortium.csv.Column.FISCAL_YEAR;
import static se.westum.consortium.csv.Column.GOAL;
import static se.westum.consortium.csv.Column.GREEN_TRAVEL;
import static se.westum.consortium.csv.Column.ID;
import static se.westum.consortium.csv.Column.INDICATOR;
import static se.westum.consortium.csv.Column.JOINED;
import static se.westum.consortium.csv.Column.KIND;
import static se.westum.consortium.csv.Column.LEFT;
import static se.westum.consortium.csv.Column.MEETING;
import static se.westum.consortium.csv.Column.MEMBER;
import static se.westum.consortium.csv.Column.NAME;
import static se.westum.consortium.csv.Column.NATIONAL_ID;
import static se.westum.consortium.csv.Column.NUMBER;
import static se.westum.consortium.csv.Column.ORGANISATION;
import static se.westum.consortium.csv.Column.ORGANISATIONS;
import static se.westum.consortium.csv.Column.ORGANISATION_NUMBER;
import static se.westum.consortium.csv.Column.ORGANISER;
import static se.westum.consortium.csv.Column.OUTCOME;
import static se.westum.consortium.csv.Column.PAID_ON;
import static se.westum.consortium.csv.Column.PARAGRAPH;
import static se.westum.consortium.csv.Column.PARTICIPANT;
import static se.westum.consortium.csv.Column.PARTICIPANTS;
import static se.westum.consortium.csv.Column.PERSON;
import static se.westum.consortium.csv.Column.PLACE;
import static se.westum.consortium.csv.Column.PLACES;
import static se.westum.consortium.csv.Column.PROGRAMME;
import static se.westum.consortium.csv.Column.PROJECT;
import static se.westum.consortium.csv.Column.PROJECTS;
import static se.westum.consortium.csv.Column.PROSPECTIVE;
import static se.westum.consortium.csv.Column.RATE_GROUP1_EUR;
import static se.westum.consortium.csv.Column.RATE_GROUP2_EUR;
import static se.westum.consortium.csv.Column.RATE_GROUP3_EUR;
import static se.westum.consortium.csv.Column.RECEIVING_CITY;
import static se.westum.consortium.csv.Column.RECEIVING_COUNTRY;
import static se.westum.consortium.csv.Column.RECEIVING_LATITUDE;
import static se.westum.consortium.csv.Column.RECEIVING_LONGITUDE;
import static se.westum.consortium.csv.Column.RECEIVING_ORGANISATION;
import static se.westum.consortium.csv.Column.RESPONSIBLE;
import static se.westum.consortium.csv.Column.ROLE;
import static se.westum.consortium.csv.Column.SENDING_CITY;
import static se.westum.consortium.csv.Column.SENDING_COUNTRY;
import static se.westum.consortium.csv.Column.SENDING_LATITUDE;
import static se.westum.consortium.csv.Column.SENDING_LONGITUDE;
import static se.westum.consortium.csv.Column.SENDING_MEMBER;
import static se.westum.consortium.csv.Column.SENDING_ORGANISATION;
import static se.westum.consortium.csv.Column.START;
import static se.westum.consortium.csv.Column.STARTED;
import static se.westum.consortium.csv.Column.STATUS;
import static se.westum.consortium.csv.Column.SUBJECT;
import static se.westum.consortium.csv.Column.TARGET;
import static se.westum.consortium.csv.Column.TARGET_PERCENT;
import static se.westum.consortium.csv.Column.TERM;
import static se.westum.consortium.csv.Column.TERM_END;
import static se.westum.consortium.csv.Column.TERM_START;
import static se.westum.consortium.csv.Column.TITLE;
import static se.westum.consortium.csv.Column.TRAVEL_DAYS;
import static se.westum.consortium.csv.Column.UNIT;
import static se.westum.consortium.csv.Column.VALUE;
import static se.westum.consortium.csv.Column.YEAR;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The files of a dataset, with their columns in the order an export writes them. */
enum DatasetFile {
  MEMBERS(
      "members.csv",
      true,
      List.of(ORGANISATION_NUMBER, NAME, KIND, COVERED_MUNICIPALITIES, JOINED, LEFT),
      Set.of(LEFT)),
  FEES("fees.csv", false, List.of(ORGANISATION_NUMBER, YEAR, AMOUNT, CURRENCY), Set.of()),
  PAYMENTS(
      "payments.csv",
      false,
      List.of(ORGANISATION_NUMBER, YEAR, PAID_ON, AMOUNT, CURRENCY),
      Set.of()),
  BOARD("board.csv", false, List.of(TERM, TERM_START, TERM_END, PERSON, NAME, ROLE), Set.of()),
  POSITIONS("positions.csv", false, List.of(TERM, KIND, PERSON, NAME), Set.of()),
  MEETINGS("meetings.csv", false, List.of(ID, KIND, START, END, PLACE), Set.of(END)),
  ATTENDANCE("attendance.csv", false, List.of(MEETING, PERSON), Set.of()),
  DECISIONS("decisions.csv", false, List.of(MEETING, PARAGRAPH, SUBJECT, OUTCOME), Set.of()),
  GOALS("goals.csv", false, List.of(ID, FISCAL_YEAR, NUMBER, TITLE), Set.of()),
  EVENTS(
      "events.csv",
      false,
      List.of(ID, KIND, NAME, START, END, PLACE, COUNTRY, ORGANISER, GOAL, PARTICIPANTS),
      Set.of(END, GOAL, PARTICIPANTS)),
  EVENT_PARTICIPANTS(
      "event_participants.csv",
      false,
      List.of(EVENT, ORGANISATION, COUNTRY, COUNT, PERSON),
      Set.of(ORGANISATION, COUNTRY, COUNT, PERSON)),
  STAFF(
      "staff.csv",
      false,
      List.of(ID, NAME, ROLE, STARTED, ENDED, PROJECTS),
      Set.of(ENDED, PROJECTS)),
  PROGRAMMES("programmes.csv", false, List.of(ID, NAME, KIND), Set.of()),
  PROJECT_RECORDS(
      "projects.csv",
      false,
      List.of(
          ID,
          NAME,
          PROGRAMME,
          START,
          END,
          COORDINATOR,
          STATUS,
          APPLICATION_DEADLINE,
          FINAL_REPORT_DEADLINE,
          Column.GOALS),
      Set.of(APPLICATION_DEADLINE, FINAL_REPORT_DEADLINE, Column.GOALS)),
  AUDITS("audits.csv", false, List.of(PROJECT, DATE, AUTHORITY, OUTCOME), Set.of()),
  PARTNERS(
      "partners.csv",
      false,
      List.of(ID, PROJECT, ORGANISATION, COUNTRY, NATIONAL_ID, ROLE, MEMBER, PROSPECTIVE),
      Set.of(MEMBER, PROSPECTIVE)),
  WORKING_GROUPS(
      "working_groups.csv",
      false,
      List.of(ID, PROJECT, NAME, KIND, ORGANISATIONS, Column.MEETINGS),
      Set.of(ORGANISATIONS, Column.MEETINGS)),
  ACTIVITIES("activities.csv", false, List.of(ID, PROJECT, NAME, RESPONSIBLE), Set.of()),
  INDICATORS("indicators.csv", false, List.of(ID, PROJECT, NAME, UNIT, BASELINE, TARGET), Set.of()),
  INDICATOR_VALUES("indicator_values.csv", false, List.of(INDICATOR, DATE, VALUE), Set.of()),
  MOBILITY_GRANTS(
      "mobility_grants.csv",
      false,
      List.of(
          PROJECT,
          CALL_YEAR,
          CATEGORY,
          PLACES,
          BUDGET_EUR,
          RATE_GROUP1_EUR,
          RATE_GROUP2_EUR,
          RATE_GROUP3_EUR,
          TARGET_PERCENT),
      Set.of(TARGET_PERCENT)),
  MOBILITIES(
      "mobilities.csv",
      false,
      List.of(
          ID,
          PROJECT,
          PARTICIPANT,
          CATEGORY,
          SENDING_ORGANISATION,
          SENDING_CITY,
          SENDING_COUNTRY,
          SENDING_LATITUDE,
          SENDING_LONGITUDE,
          RECEIVING_ORGANISATION,
          RECEIVING_CITY,
          RECEIVING_COUNTRY,
          RECEIVING_LATITUDE,
          RECEIVING_LONGITUDE,
          START,
          END,
          TRAVEL_DAYS,
          GREEN_TRAVEL,
          FEWER_OPPORTUNITIES,
          COURSE_DAYS,
          STATUS,
          SENDING_MEMBER),
      Set.of(SENDING_MEMBER)),
  // --- needs-based training (issue 9) ---
  NEED_TOPICS("need_topics.csv", false, List.of(PROJECT, Column.TOPIC, NAME), Set.of()),
  SECTORS("sectors.csv", false, List.of(PROJECT, Column.SECTOR, NAME, Column.SELECTED), Set.of()),
  BROKERS(
      "brokers.csv",
      false,
      List.of(ID, PROJECT, Column.PARTNER, PERSON, STARTED, ENDED),
      Set.of(ENDED)),
  COMPANY_VISITS(
      "company_visits.csv",
      false,
      List.of(
          ID,
          PROJECT,
          Column.BROKER,
          DATE,
          Column.COMPANY_NUMBER,
          Column.COMPANY_NAME,
          Column.SECTOR,
          Column.EMPLOYEES,
          Column.ADVICE),
      Set.of(Column.ADVICE)),
  VISIT_NEEDS(
      "visit_needs.csv", false, List.of(Column.VISIT, Column.TOPIC, Column.PRIORITY), Set.of()),
  SURVEY_MAPPING("survey_mapping.csv", false, List.of(PROJECT, TARGET, Column.SOURCE), Set.of()),
  /** The partner quota of rule {@code partner-quota} per project; a project left out keeps 1–3. */
  TRAINING_QUOTAS("training_quotas.csv", false, List.of(PROJECT, Column.MIN, Column.MAX), Set.of()),
  /** The survey tool's own columns, read through {@link #SURVEY_MAPPING}: none is fixed. */
  SURVEY_ANSWERS("survey_answers.csv", false, List.of(), Set.of()),
  FOCUS_AREAS(
      "focus_areas.csv",
      false,
      List.of(PROJECT, Column.TOPIC, Column.CHOSEN_ON, Column.DECISION),
      Set.of(Column.DECISION)),
  TRAININGS(
      "trainings.csv",
      false,
      List.of(
          ID,
          PROJECT,
          TITLE,
          KIND,
          Column.TOPICS,
          Column.TARGET_SECTORS,
          Column.TARGET_SIZES,
          Column.PARTNER,
          Column.MODE,
          Column.TRANSNATIONAL,
          Column.OPEN_TO,
          Column.PLANNED_ON,
          STATUS,
          Column.DECISION,
          Column.DELIVERED_ON,
          Column.SCORE,
          Column.COMMENT,
          GOAL),
      Set.of(Column.DECISION, Column.DELIVERED_ON, Column.SCORE, Column.COMMENT, GOAL)),
  TRAINING_PARTICIPANTS(
      "training_participants.csv",
      false,
      List.of(Column.TRAINING, ORGANISATION, COUNTRY, COUNT),
      Set.of()),
  /** Which indicators are counted from records ({@code company-visits}, ...). */
  INDICATOR_FEEDS("indicator_feeds.csv", false, List.of(INDICATOR, Column.SOURCE), Set.of());
  // --- end of needs-based training ---

  private static final List<DatasetFile> MEMBERSHIP = List.of(MEMBERS, FEES, PAYMENTS);
  private static final List<DatasetFile> GOVERNANCE =
      List.of(BOARD, POSITIONS, MEETINGS, ATTENDANCE, DECISIONS, GOALS, EVENTS, EVENT_PARTICIPANTS);
  private static final List<DatasetFile> PROJECT_FILES =
      List.of(
          PROGRAMMES,
          PROJECT_RECORDS,
          AUDITS,
          PARTNERS,
          WORKING_GROUPS,
          ACTIVITIES,
          INDICATORS,
          INDICATOR_VALUES,
          MOBILITY_GRANTS,
          MOBILITIES,
          STAFF);

  // --- needs-based training (issue 9) ---
  private static final List<DatasetFile> TRAINING_FILES =
      List.of(
          NEED_TOPICS,
          SECTORS,
          TRAINING_QUOTAS,
          SURVEY_MAPPING,
          BROKERS,
          COMPANY_VISITS,
          VISIT_NEEDS,
          SURVEY_ANSWERS,
          FOCUS_AREAS,
          TRAININGS,
          TRAINING_PARTICIPANTS,
          INDICATOR_FEEDS);

  /** The needs-based training files, in the order they are read and reported. */
  static List<DatasetFile> training() {
    return TRAINING_FILES;
  }

  // --- end of needs-based training ---

  private final String fileName;
  private final boolean required;
  private final List<Column> columns;
  private final Set<Column> optionalColumns;

  DatasetFile(
      String fileName, boolean required, List<Column> columns, Set<Column> optionalColumns) {
    this.fileName = fileName;
    this.required = required;
    this.columns = columns;
    this.optionalColumns = optionalColumns;
  }

  /** The membership files, in the order they are read and reported. */
  static List<DatasetFile> membership() {
    return MEMBERSHIP;
  }

  /**
   * The governance files, in the order they are read and reported: every file comes after the files
   * it refers to.
   */
  static List<DatasetFile> governance() {
    return GOVERNANCE;
  }

  /**
   * The project and mobility files, in the order they are read and reported: every file comes after
   * the files it refers to.
   */
  static List<DatasetFile> projects() {
    return PROJECT_FILES;
  }

  String fileName() {
    return fileName;
  }

  /** True when a dataset must have this file; an absent optional file means no rows. */
  boolean required() {
    return required;
  }

  /** Every column, in export order. */
  List<Column> columns() {
    return columns;
  }

  /** True when the header may leave this column out. */
  boolean optional(Column column) {
    return optionalColumns.contains(column);
  }

  /**
   * Optional columns that a header has all together or not at all: an organisation row of {@code
   * event_participants.csv} needs its organisation, country and count.
   */
  List<Column> together() {
    return this == EVENT_PARTICIPANTS ? List.of(ORGANISATION, COUNTRY, COUNT) : List.of();
  }

  /** The header names, comma-separated, for messages. */
  String columnList() {
    return columns.stream().map(Column::header).collect(Collectors.joining(", "));
  }
}
