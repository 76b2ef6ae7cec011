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

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;

/**
 * The handler of every operation, and what the handlers share: writing JSON and reading whole
 * numbers from the path or query.
 */
final class Endpoints {

  static final String JSON = "application/json";
  static final String YAML = "application/yaml";

  private static final Pattern RECORD_ID = Pattern.compile(RecordIds.PATTERN);

  private final MembershipEndpoints membership;
  private final GovernanceEndpoints governance;
  private final ProjectEndpoints projects;
  private final MobilityEndpoints mobilities;
  private final TrainingEndpoints training;
  private final ReportEndpoints reports;
  private final byte[] openApiDocument;

  Endpoints(
      MembershipEndpoints membership,
      GovernanceEndpoints governance,
      ProjectEndpoints projects,
      MobilityEndpoints mobilities,
      TrainingEndpoints training,
      ReportEndpoints reports,
      String openApiDocument) {
    this.membership = membership;
    this.governance = governance;
    this.projects = projects;
    this.mobilities = mobilities;
    this.training = training;
    this.reports = reports;
    this.openApiDocument = openApiDocument.getBytes(StandardCharsets.UTF_8);
  }

  /** The handler of each operation; the switch is exhaustive, so none can be forgotten. */
  Action actionFor(Operation operation) {
    return switch (operation) {
      case OPENAPI_DOCUMENT -> this::openApiDocument;
      case NEEDS_ANALYSIS -> training::needs;
      case TRAINING_COMPLIANCE -> training::compliance;
      case LIST_NEED_TOPICS -> training::listTopics;
      case RECORD_NEED_TOPICS -> training::recordTopics;
      case LIST_SECTORS -> training::listSectors;
      case RECORD_SECTORS -> training::recordSectors;
      case LIST_BROKERS -> training::listBrokers;
      case RECORD_BROKER -> training::recordBroker;
      case LIST_VISITS -> training::listVisits;
      case GET_VISIT -> training::getVisit;
      case RECORD_VISIT -> training::recordVisit;
      case LIST_FOCUS_AREAS -> training::listFocusAreas;
      case RECORD_FOCUS_AREA -> training::recordFocusArea;
      case LIST_TRAININGS -> training::listTrainings;
      case GET_TRAINING -> training::getTraining;
      case RECORD_TRAINING -> training::recordTraining;
      case APPROVE_TRAINING -> training::approveTraining;
      case REJECT_TRAINING -> training::rejectTraining;
      case DELIVER_TRAINING -> training::deliverTraining;
      case EVALUATE_TRAINING -> training::evaluateTraining;
      case LIST_TRAINING_PARTICIPANTS -> training::listParticipants;
      case RECORD_TRAINING_PARTICIPANTS -> training::recordParticipants;
      case GET_SURVEY_MAPPING -> training::getSurveyMapping;
      case RECORD_SURVEY_MAPPING -> training::recordSurveyMapping;
      case LIST_SURVEY_ANSWERS -> training::listSurveyAnswers;
      case RECORD_SURVEY_ANSWER -> training::recordSurveyAnswer;
      case GET_QUOTA -> training::getQuota;
      case SET_QUOTA -> training::setQuota;
      case ANNUAL_REPORT -> reports::annual;
      case REGISTER_MEMBER -> membership::registerMember;
      case LIST_MEMBERS -> membership::listMembers;
      case GET_MEMBER -> membership::getMember;
      case CHANGE_MEMBER -> membership::changeMember;
      case END_MEMBERSHIP -> membership::endMembership;
      case SET_ANNUAL_FEE -> membership::setAnnualFee;
      case LIST_FEES -> membership::listFees;
      case RECORD_PAYMENT -> membership::recordPayment;
      case LIST_PAYMENTS -> membership::listPayments;
      case MEMBERSHIP_FIGURES -> membership::membershipFigures;
      case LIST_BOARD_TERMS -> governance::listBoardTerms;
      case GET_BOARD_TERM -> governance::getBoardTerm;
      case RECORD_BOARD_TERM -> governance::recordBoardTerm;
      case LIST_MEETINGS -> governance::listMeetings;
      case GET_MEETING -> governance::getMeeting;
      case RECORD_MEETING -> governance::recordMeeting;
      case LIST_DECISIONS -> governance::listDecisions;
      case RECORD_DECISION -> governance::recordDecision;
      case GET_DECISION -> governance::getDecision;
      case LIST_GOALS -> governance::listGoals;
      case RECORD_GOAL -> governance::recordGoal;
      case LIST_EVENTS -> governance::listEvents;
      case GET_EVENT -> governance::getEvent;
      case RECORD_EVENT -> governance::recordEvent;
      case LIST_STAFF -> governance::listStaff;
      case RECORD_STAFF_MEMBER -> governance::recordStaffMember;
      case GOVERNANCE_FIGURES -> governance::governanceFigures;
      case LIST_PROGRAMMES -> projects::listProgrammes;
      case RECORD_PROGRAMME -> projects::recordProgramme;
      case LIST_PROJECTS -> projects::listProjects;
      case GET_PROJECT -> projects::getProject;
      case RECORD_PROJECT -> projects::recordProject;
      case CHANGE_PROJECT_STATUS -> projects::changeStatus;
      case LIST_PARTNERS -> projects::listPartners;
      case RECORD_PARTNER -> projects::recordPartner;
      case LIST_WORKING_GROUPS -> projects::listWorkingGroups;
      case RECORD_WORKING_GROUP -> projects::recordWorkingGroup;
      case LIST_ACTIVITIES -> projects::listActivities;
      case RECORD_ACTIVITY -> projects::recordActivity;
      case LIST_INDICATORS -> projects::listIndicators;
      case RECORD_INDICATOR -> projects::recordIndicator;
      case GET_MOBILITY_GRANT -> mobilities::getMobilityGrant;
      case RECORD_MOBILITY_GRANT -> mobilities::recordMobilityGrant;
      case LIST_MOBILITIES -> mobilities::listMobilities;
      case GET_MOBILITY -> mobilities::getMobility;
      case RECORD_MOBILITY -> mobilities::recordMobility;
      case CALCULATE_MOBILITY_GRANT -> mobilities::calculateMobilityGrant;
      case MOBILITY_BUDGET -> mobilities::mobilityBudget;
      case TRAVEL_GRANT -> mobilities::travelGrant;
    };
  }

  /** One operation's work, after the caller was admitted. */
  @FunctionalInterface
  interface Action {
    void handle(Context ctx) throws Exception;
  }

  private void openApiDocument(Context ctx) {
    ctx.contentType(YAML).result(openApiDocument);
  }

  /** Answers {@code value} as JSON with {@code status}. */
  static void json(Context ctx, int status, Object value) throws Exception {
    ctx.status(status).contentType(JSON).result(Json.WRITER.writeValueAsBytes(value));
  }

  /** {@code text} as a whole number, or {@code null} with an error naming {@code field}. */
  static Integer wholeNumber(String field, String text, List<FieldError> errors) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "invalid-value", "must be a whole number"));
      return null;
    }
  }

  /**
   * The path parameter {@code name}, a record id checked before the core sees it so the error names
   * the parameter.
   */
  static String recordId(Context ctx, String name) {
    String id = ctx.pathParam(name);
    if (!RECORD_ID.matcher(id).matches()) {
      throw ValidationException.of(name, "invalid-" + name, RecordIds.MESSAGE);
    }
    return id;
  }

  /** Answers 400 with every error found in the request's parameters, if there is any. */
  static void rejectIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** The representations of records, in their order. */
  static <A, B> List<B> all(List<A> records, Function<A, B> representation) {
    return records.stream().map(representation).toList();
  }

  /** The project the path parameter {@code acronym} names, or 404 {@code project-not-found}. */
  static Project storedProject(Context ctx, Projects find) {
    String acronym = recordId(ctx, "acronym");
    return find.project(new ProjectId(acronym))
        .orElseThrow(() -> new NotFoundException("project", acronym));
  }

  /** The query parameter {@code year}, which is required, or {@code null} with an error. */
  static Integer requiredYear(Context ctx, List<FieldError> errors) {
    String text = ctx.queryParam("year");
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("year", "missing", "the query parameter year is required"));
      return null;
    }
    return wholeNumber("year", text, errors);
  }
}
