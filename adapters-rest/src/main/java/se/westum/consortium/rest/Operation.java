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
package se.westum.consortium.rest;

import io.javalin.http.HandlerType;
import java.util.Locale;

/**
 * Every operation of the API: the one table that route registration, the access rules and the test
 * comparing routes with the OpenAPI document all read. Paths are relative to the API base {@value
 * RestApi#API_PATH}.
 */
enum Operation {
  OPENAPI_DOCUMENT(HandlerType.GET, "/openapi.yaml", Access.PUBLIC),
  REGISTER_MEMBER(HandlerType.POST, "/members", Access.ADMIN),
  LIST_MEMBERS(HandlerType.GET, "/members", Access.READ_ALL),
  GET_MEMBER(HandlerType.GET, "/members/{organisationNumber}", Access.READ_OWN_MEMBER),
  CHANGE_MEMBER(HandlerType.PUT, "/members/{organisationNumber}", Access.ADMIN),
  END_MEMBERSHIP(HandlerType.POST, "/members/{organisationNumber}/end", Access.ADMIN),
  SET_ANNUAL_FEE(HandlerType.PUT, "/members/{organisationNumber}/fees/{year}", Access.ADMIN),
  LIST_FEES(HandlerType.GET, "/members/{organisationNumber}/fees", Access.READ_OWN_MEMBER),
  RECORD_PAYMENT(HandlerType.POST, "/members/{organisationNumber}/payments", Access.ADMIN),
  LIST_PAYMENTS(HandlerType.GET, "/members/{organisationNumber}/payments", Access.READ_OWN_MEMBER),
  MEMBERSHIP_FIGURES(HandlerType.GET, "/figures/membership", Access.READ_ALL),
  LIST_BOARD_TERMS(HandlerType.GET, "/board-terms", Access.READ_PUBLISHED),
  GET_BOARD_TERM(HandlerType.GET, "/board-terms/{id}", Access.READ_PUBLISHED),
  RECORD_BOARD_TERM(HandlerType.PUT, "/board-terms/{id}", Access.ADMIN),
  LIST_MEETINGS(HandlerType.GET, "/meetings", Access.READ_PUBLISHED),
  GET_MEETING(HandlerType.GET, "/meetings/{id}", Access.READ_PUBLISHED),
  RECORD_MEETING(HandlerType.PUT, "/meetings/{id}", Access.ADMIN),
  LIST_DECISIONS(HandlerType.GET, "/meetings/{id}/decisions", Access.READ_PUBLISHED),
  RECORD_DECISION(HandlerType.POST, "/meetings/{id}/decisions", Access.RECORD_DECISION),
  GET_DECISION(HandlerType.GET, "/meetings/{id}/decisions/{paragraph}", Access.READ_PUBLISHED),
  LIST_GOALS(HandlerType.GET, "/goals", Access.READ_PUBLISHED),
  RECORD_GOAL(HandlerType.PUT, "/goals/{id}", Access.ADMIN),
  LIST_EVENTS(HandlerType.GET, "/events", Access.READ_PUBLISHED),
  GET_EVENT(HandlerType.GET, "/events/{id}", Access.READ_PUBLISHED),
  RECORD_EVENT(HandlerType.PUT, "/events/{id}", Access.ADMIN),
  LIST_STAFF(HandlerType.GET, "/staff", Access.READ_ALL),
  RECORD_STAFF_MEMBER(HandlerType.PUT, "/staff/{id}", Access.ADMIN),
  GOVERNANCE_FIGURES(HandlerType.GET, "/figures/governance", Access.READ_ALL),
  LIST_PROGRAMMES(HandlerType.GET, "/programmes", Access.READ_PUBLISHED),
  RECORD_PROGRAMME(HandlerType.PUT, "/programmes/{id}", Access.ADMIN),
  LIST_PROJECTS(HandlerType.GET, "/projects", Access.READ_PUBLISHED),
  GET_PROJECT(HandlerType.GET, "/projects/{acronym}", Access.READ_PUBLISHED),
  RECORD_PROJECT(HandlerType.PUT, "/projects/{acronym}", Access.ADMIN),
  CHANGE_PROJECT_STATUS(HandlerType.POST, "/projects/{acronym}/status", Access.ADMIN),
  LIST_PARTNERS(HandlerType.GET, "/projects/{acronym}/partners", Access.READ_PUBLISHED),
  RECORD_PARTNER(HandlerType.PUT, "/projects/{acronym}/partners/{id}", Access.ADMIN),
  LIST_WORKING_GROUPS(HandlerType.GET, "/projects/{acronym}/working-groups", Access.READ_PUBLISHED),
  RECORD_WORKING_GROUP(HandlerType.PUT, "/projects/{acronym}/working-groups/{id}", Access.ADMIN),
  LIST_ACTIVITIES(HandlerType.GET, "/projects/{acronym}/activities", Access.READ_PUBLISHED),
  RECORD_ACTIVITY(HandlerType.PUT, "/projects/{acronym}/activities/{id}", Access.ADMIN),
  LIST_INDICATORS(HandlerType.GET, "/projects/{acronym}/indicators", Access.READ_PUBLISHED),
  RECORD_INDICATOR(HandlerType.PUT, "/projects/{acronym}/indicators/{id}", Access.ADMIN),
  GET_MOBILITY_GRANT(HandlerType.GET, "/projects/{acronym}/mobility-grant", Access.READ_ALL),
  RECORD_MOBILITY_GRANT(HandlerType.PUT, "/projects/{acronym}/mobility-grant", Access.ADMIN),
  LIST_MOBILITIES(HandlerType.GET, "/projects/{acronym}/mobilities", Access.READ_OWN_MOBILITIES),
  GET_MOBILITY(HandlerType.GET, "/mobilities/{id}", Access.READ_OWN_MOBILITIES),
  RECORD_MOBILITY(HandlerType.PUT, "/mobilities/{id}", Access.RECORD_OWN_MOBILITY),
  CALCULATE_MOBILITY_GRANT(HandlerType.GET, "/mobilities/{id}/grant", Access.READ_OWN_MOBILITIES),
  MOBILITY_BUDGET(HandlerType.GET, "/projects/{acronym}/budget", Access.READ_ALL),
  // --- needs-based training (issue 9) ---
  NEEDS_ANALYSIS(HandlerType.GET, "/projects/{acronym}/needs", Access.READ_PUBLISHED),
  TRAINING_COMPLIANCE(HandlerType.GET, "/projects/{acronym}/compliance", Access.READ_PUBLISHED),
  LIST_NEED_TOPICS(HandlerType.GET, "/projects/{acronym}/topics", Access.READ_PUBLISHED),
  RECORD_NEED_TOPICS(HandlerType.PUT, "/projects/{acronym}/topics", Access.ADMIN),
  LIST_SECTORS(HandlerType.GET, "/projects/{acronym}/sectors", Access.READ_PUBLISHED),
  RECORD_SECTORS(HandlerType.PUT, "/projects/{acronym}/sectors", Access.ADMIN),
  LIST_BROKERS(HandlerType.GET, "/projects/{acronym}/brokers", Access.READ_OWN_PARTNER),
  RECORD_BROKER(HandlerType.PUT, "/brokers/{id}", Access.ADMIN),
  LIST_VISITS(HandlerType.GET, "/projects/{acronym}/visits", Access.READ_OWN_PARTNER),
  GET_VISIT(HandlerType.GET, "/visits/{id}", Access.READ_OWN_PARTNER),
  RECORD_VISIT(HandlerType.PUT, "/visits/{id}", Access.RECORD_OWN_PARTNER),
  LIST_FOCUS_AREAS(HandlerType.GET, "/projects/{acronym}/focus-areas", Access.READ_PUBLISHED),
  RECORD_FOCUS_AREA(HandlerType.PUT, "/projects/{acronym}/focus-areas/{id}", Access.ADMIN),
  LIST_TRAININGS(HandlerType.GET, "/projects/{acronym}/trainings", Access.READ_PUBLISHED),
  GET_TRAINING(HandlerType.GET, "/trainings/{id}", Access.READ_PUBLISHED),
  RECORD_TRAINING(HandlerType.PUT, "/trainings/{id}", Access.RECORD_OWN_PARTNER),
  APPROVE_TRAINING(HandlerType.POST, "/trainings/{id}/approve", Access.RECORD_DECISION),
  REJECT_TRAINING(HandlerType.POST, "/trainings/{id}/reject", Access.RECORD_DECISION),
  DELIVER_TRAINING(HandlerType.POST, "/trainings/{id}/deliver", Access.ADMIN),
  EVALUATE_TRAINING(HandlerType.POST, "/trainings/{id}/evaluate", Access.ADMIN),
  LIST_TRAINING_PARTICIPANTS(
      HandlerType.GET, "/trainings/{id}/participants", Access.READ_PUBLISHED),
  RECORD_TRAINING_PARTICIPANTS(HandlerType.PUT, "/trainings/{id}/participants", Access.ADMIN),
  GET_SURVEY_MAPPING(HandlerType.GET, "/projects/{acronym}/survey-mapping", Access.READ_PUBLISHED),
  RECORD_SURVEY_MAPPING(HandlerType.PUT, "/projects/{acronym}/survey-mapping", Access.ADMIN),
  LIST_SURVEY_ANSWERS(HandlerType.GET, "/projects/{acronym}/survey-answers", Access.READ_PUBLISHED),
  RECORD_SURVEY_ANSWER(HandlerType.PUT, "/projects/{acronym}/survey-answers/{id}", Access.ADMIN),
  GET_QUOTA(HandlerType.GET, "/projects/{acronym}/quota", Access.READ_PUBLISHED),
  SET_QUOTA(HandlerType.PUT, "/projects/{acronym}/quota", Access.ADMIN),
  // --- end of needs-based training ---
  // --- the annual report (issue 10) ---
  ANNUAL_REPORT(HandlerType.GET, "/reports/{year}", Access.READ_ALL),
  // --- end of the annual report ---
  TRAVEL_GRANT(HandlerType.GET, "/travel-grant", Access.READ_PUBLISHED);

  private final HandlerType method;
  private final String path;
  private final Access access;

  Operation(HandlerType method, String path, Access access) {
    this.method = method;
    this.path = path;
    this.access = access;
  }

  HandlerType method() {
    return method;
  }

  String path() {
    return path;
  }

  Access access() {
    return access;
  }

  /** True for the operations that change records: every method but GET. */
  boolean isWrite() {
    return method != HandlerType.GET;
  }

  /**
   * False for the operations answered without the database (the OpenAPI document, the travel-grant
   * calculator): they keep answering while the database is down or every storage slot is taken.
   */
  boolean needsStorage() {
    return this != OPENAPI_DOCUMENT && this != TRAVEL_GRANT;
  }

  /** The OpenAPI {@code operationId}: the constant's name in lower camel case. */
  String operationId() {
    StringBuilder id = new StringBuilder();
    for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
      id.append(
          id.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return id.toString();
  }

  @Override
  public String toString() {
    return method.name() + " " + path;
  }
}
