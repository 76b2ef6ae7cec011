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

import java.util.List;
import java.util.Optional;

/** The columns a dataset's files use, by their header names. */
enum Column {
  ORGANISATION_NUMBER("organisation_number"),
  NAME("name"),
  KIND("kind"),
  COVERED_MUNICIPALITIES("covered_municipalities"),
  JOINED("joined"),
  LEFT("left"),
  YEAR("year"),
  PAID_ON("paid_on"),
  AMOUNT("amount"),
  CURRENCY("currency"),
  TERM("term"),
  TERM_START("term_start"),
  TERM_END("term_end"),
  PERSON("person"),
  ROLE("role"),
  ID("id"),
  START("start"),
  END("end"),
  PLACE("place"),
  MEETING("meeting"),
  PARAGRAPH("paragraph"),
  SUBJECT("subject"),
  OUTCOME("outcome"),
  FISCAL_YEAR("fiscal_year"),
  NUMBER("number"),
  TITLE("title"),
  COUNTRY("country"),
  ORGANISER("organiser"),
  GOAL("goal"),
  GOALS("goals"),
  PARTICIPANTS("participants"),
  EVENT("event"),
  ORGANISATION("organisation"),
  COUNT("count"),
  STARTED("started"),
  ENDED("ended"),
  PROJECTS("projects"),
  PROGRAMME("programme"),
  COORDINATOR("coordinator"),
  STATUS("status"),
  APPLICATION_DEADLINE("application_deadline"),
  FINAL_REPORT_DEADLINE("final_report_deadline"),
  PROJECT("project"),
  DATE("date"),
  AUTHORITY("authority"),
  NATIONAL_ID("national_id"),
  MEMBER("member"),
  PROSPECTIVE("prospective"),
  ORGANISATIONS("organisations"),
  MEETINGS("meetings"),
  RESPONSIBLE("responsible"),
  UNIT("unit"),
  BASELINE("baseline"),
  TARGET("target"),
  INDICATOR("indicator"),
  VALUE("value"),
  CALL_YEAR("call_year"),
  CATEGORY("category"),
  PLACES("places"),
  BUDGET_EUR("budget_eur"),
  RATE_GROUP1_EUR("rate_group1_eur"),
  RATE_GROUP2_EUR("rate_group2_eur"),
  RATE_GROUP3_EUR("rate_group3_eur"),
  TARGET_PERCENT("target_percent"),
  PARTICIPANT("participant"),
  SENDING_ORGANISATION("sending_organisation"),
  SENDING_CITY("sending_city"),
  SENDING_COUNTRY("sending_country"),
  SENDING_LATITUDE("sending_latitude"),
  SENDING_LONGITUDE("sending_longitude"),
  SENDING_MEMBER("sending_member"),
  RECEIVING_ORGANISATION("receiving_organisation"),
  RECEIVING_CITY("receiving_city"),
  RECEIVING_COUNTRY("receiving_country"),
  RECEIVING_LATITUDE("receiving_latitude"),
  RECEIVING_LONGITUDE("receiving_longitude"),
  TRAVEL_DAYS("travel_days"),
  GREEN_TRAVEL("green_travel"),
  FEWER_OPPORTUNITIES("fewer_opportunities"),
  COURSE_DAYS("course_days"),
  // --- needs-based training (issue 9) ---
  TOPIC("topic"),
  SECTOR("sector"),
  SELECTED("selected"),
  PARTNER("partner"),
  BROKER("broker"),
  COMPANY_NUMBER("company_number"),
  COMPANY_NAME("company_name"),
  EMPLOYEES("employees"),
  ADVICE("advice"),
  VISIT("visit"),
  PRIORITY("priority"),
  SOURCE("source"),
  CHOSEN_ON("chosen_on"),
  DECISION("decision"),
  TOPICS("topics"),
  TARGET_SECTORS("target_sectors"),
  TARGET_SIZES("target_sizes"),
  MODE("mode"),
  TRANSNATIONAL("transnational"),
  OPEN_TO("open_to"),
  PLANNED_ON("planned_on"),
  DELIVERED_ON("delivered_on"),
  SCORE("score"),
  MIN("min"),
  MAX("max"),
  COMMENT("comment"),
  TRAINING("training");
  // --- end of needs-based training ---

  private final String header;

  Column(String header) {
    this.header = header;
  }

  /** The name in the header line. */
  String header() {
    return header;
  }

  /** The column of {@code file} that holds a domain field, the first of its candidates it has. */
  static Optional<Column> inFile(DatasetFile file, String field) {
    return forDomainField(field).stream().filter(file.columns()::contains).findFirst();
  }

  /**
   * The columns a domain field error may belong to ({@code coveredMunicipalities} belongs to {@code
   * covered_municipalities}); the first of them that the file has is the one. Empty for fields that
   * are no column. A period's {@code end} is {@code end}, {@code term_end} or {@code ended},
   * depending on the file. An index ({@code organisations[2]}) and what follows it are left out.
   */
  static List<Column> forDomainField(String field) {
    return switch (field.replaceAll("\\[\\d+\\].*", "")) {
      case "organisationNumber" -> List.of(ORGANISATION_NUMBER);
      case "member" -> List.of(ORGANISATION_NUMBER, MEMBER);
      case "name" -> List.of(NAME);
      case "kind" -> List.of(KIND);
      case "coveredMunicipalities", "covers" -> List.of(COVERED_MUNICIPALITIES);
      case "joined" -> List.of(JOINED);
      case "left" -> List.of(LEFT);
      case "year" -> List.of(YEAR);
      case "paidOn" -> List.of(PAID_ON);
      case "amount" -> List.of(AMOUNT);
      case "currency" -> List.of(CURRENCY);
      case "end" -> List.of(END, TERM_END, ENDED);
      case "fiscalYear" -> List.of(FISCAL_YEAR);
      case "place" -> List.of(PLACE);
      case "paragraph" -> List.of(PARAGRAPH);
      case "subject" -> List.of(SUBJECT);
      case "outcome" -> List.of(OUTCOME);
      case "number" -> List.of(NUMBER);
      case "title" -> List.of(TITLE);
      case "country" -> List.of(COUNTRY);
      case "organiser" -> List.of(ORGANISER);
      case "participants" -> List.of(PARTICIPANTS);
      case "organisation" -> List.of(ORGANISATION);
      case "count" -> List.of(COUNT);
      case "role" -> List.of(ROLE);
      case "project" -> List.of(PROJECTS, PROJECT);
      case "coordinator" -> List.of(COORDINATOR);
      case "authority" -> List.of(AUTHORITY);
      case "unit" -> List.of(UNIT);
      case "target" -> List.of(TARGET, TARGET_PERCENT);
      case "places" -> List.of(PLACES);
      case "budget" -> List.of(BUDGET_EUR);
      case "categories" -> List.of(CATEGORY);
      case "travelDays" -> List.of(TRAVEL_DAYS);
      case "courseDays" -> List.of(COURSE_DAYS);
      case "measurements" -> List.of(DATE);
      case "start" -> List.of(START, TERM_START, STARTED);
      case "started" -> List.of(STARTED);
      case "nationalId" -> List.of(NATIONAL_ID);
      case "programme" -> List.of(PROGRAMME);
      case "responsible" -> List.of(RESPONSIBLE);
      case "meetings" -> List.of(MEETINGS);
      case "goals" -> List.of(GOALS);
      case "organisations" -> List.of(ORGANISATIONS);
      case "sendingMember" -> List.of(SENDING_MEMBER);
      case "projects" -> List.of(PROJECTS);
      case "status" -> List.of(STATUS);
      case "applicationDeadline" -> List.of(APPLICATION_DEADLINE);
      case "finalReportDeadline" -> List.of(FINAL_REPORT_DEADLINE);
      case "baseline" -> List.of(BASELINE);
      case "callYear" -> List.of(CALL_YEAR);
      case "category" -> List.of(CATEGORY);
      case "participant" -> List.of(PARTICIPANT);
      case "dailyRates" -> List.of(RATE_GROUP1_EUR);
      case "date" -> List.of(DATE);
      case "value" -> List.of(VALUE);
      // --- needs-based training (issue 9) ---
      case "topic" -> List.of(TOPIC);
      case "sector" -> List.of(SECTOR);
      case "partner" -> List.of(PARTNER);
      case "broker" -> List.of(BROKER);
      case "companyName" -> List.of(COMPANY_NAME);
      case "employees" -> List.of(EMPLOYEES);
      case "advice" -> List.of(ADVICE);
      case "priority" -> List.of(PRIORITY);
      case "source" -> List.of(SOURCE);
      case "ended" -> List.of(ENDED);
      case "chosenOn" -> List.of(CHOSEN_ON);
      case "decision" -> List.of(DECISION);
      case "topics", "needs" -> List.of(TOPICS, TOPIC);
      case "targetSectors" -> List.of(TARGET_SECTORS);
      case "targetSizes" -> List.of(TARGET_SIZES);
      case "openTo" -> List.of(OPEN_TO);
      case "plannedOn" -> List.of(PLANNED_ON);
      case "deliveredOn" -> List.of(DELIVERED_ON);
      case "score" -> List.of(SCORE);
      case "quota" -> List.of(MIN, MAX);
      case "comment" -> List.of(COMMENT);
      case "goal" -> List.of(GOAL);
      // --- end of needs-based training ---
      default -> List.of();
    };
  }
}
