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

import static se.westum.consortium.rest.Endpoints.all;
import static se.westum.consortium.rest.Endpoints.json;
import static se.westum.consortium.rest.Endpoints.recordId;
import static se.westum.consortium.rest.Endpoints.rejectIfAny;
import static se.westum.consortium.rest.Endpoints.wholeNumber;

import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.westum.consortium.application.port.in.Governance;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.rest.GovernanceRepresentations.BoardTermJson;
import se.westum.consortium.rest.GovernanceRepresentations.DecisionJson;
import se.westum.consortium.rest.GovernanceRepresentations.EventJson;
import se.westum.consortium.rest.GovernanceRepresentations.GoalJson;
import se.westum.consortium.rest.GovernanceRepresentations.GovernanceFiguresJson;
import se.westum.consortium.rest.GovernanceRepresentations.MeetingJson;
import se.westum.consortium.rest.GovernanceRepresentations.RecordBoardTermJson;
import se.westum.consortium.rest.GovernanceRepresentations.RecordDecisionJson;
import se.westum.consortium.rest.GovernanceRepresentations.RecordEventJson;
import se.westum.consortium.rest.GovernanceRepresentations.RecordGoalJson;
import se.westum.consortium.rest.GovernanceRepresentations.RecordMeetingJson;
import se.westum.consortium.rest.GovernanceRepresentations.RecordStaffMemberJson;
import se.westum.consortium.rest.GovernanceRepresentations.StaffMemberJson;

/**
 * The handlers of the governance operations: HTTP in, use case, JSON out. Each record is addressed
 * by the path parameter {@code id}; recording with {@code PUT} records it or replaces it whole.
 */
final class GovernanceEndpoints {

  private static final ObjectReader BOARD_TERM = Json.readerFor(RecordBoardTermJson.class);
  private static final ObjectReader MEETING = Json.readerFor(RecordMeetingJson.class);
  private static final ObjectReader DECISION = Json.readerFor(RecordDecisionJson.class);
  private static final ObjectReader GOAL = Json.readerFor(RecordGoalJson.class);
  private static final ObjectReader EVENT = Json.readerFor(RecordEventJson.class);
  private static final ObjectReader STAFF_MEMBER = Json.readerFor(RecordStaffMemberJson.class);

  private final Governance find;
  private final Governance record;
  private final Consortium consortium;
  private final RequestBodies bodies;

  GovernanceEndpoints(Consortium consortium, RequestBodies bodies) {
    this.consortium = consortium;
    this.find = consortium.governance();
    this.record = find;
    this.bodies = bodies;
  }

  // ---- board terms

  void listBoardTerms(Context ctx) throws Exception {
    json(ctx, 200, all(find.boardTerms(), BoardTermJson::of));
  }

  void getBoardTerm(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    json(
        ctx,
        200,
        BoardTermJson.of(
            find.boardTerm(new TermId(id))
                .orElseThrow(() -> new NotFoundException("board-term", id))));
  }

  void recordBoardTerm(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordBoardTermJson body = bodies.required(ctx, BOARD_TERM);
    json(ctx, 200, BoardTermJson.of(record.recordBoardTerm(body.toCommand(id))));
  }

  // ---- meetings and decisions

  void listMeetings(Context ctx) throws Exception {
    int year = year(ctx);
    json(ctx, 200, all(inYear(() -> find.meetings(year)), MeetingJson::of));
  }

  void getMeeting(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    json(
        ctx,
        200,
        MeetingJson.of(
            find.meeting(new MeetingId(id))
                .orElseThrow(() -> new NotFoundException("meeting", id))));
  }

  void recordMeeting(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordMeetingJson body = bodies.required(ctx, MEETING);
    json(ctx, 200, MeetingJson.of(record.recordMeeting(body.toCommand(id))));
  }

  void listDecisions(Context ctx) throws Exception {
    json(ctx, 200, all(find.decisions(new MeetingId(recordId(ctx, "id"))), DecisionJson::of));
  }

  /**
   * Records decision § {@code paragraph}: 201 with its location when it is new, 200 when it
   * replaces the decision recorded with that number. The meeting of the path must exist (404); then
   * the core checks the body and the quorum (409 {@code not-quorate}).
   */
  void recordDecision(Context ctx) throws Exception {
    String meeting = recordId(ctx, "id");
    RecordDecisionJson body = bodies.required(ctx, DECISION);
    if (find.meeting(new MeetingId(meeting)).isEmpty()) {
      // the path names the resource: a missing meeting is "not found", not a bad reference
      throw new NotFoundException("meeting", meeting);
    }
    boolean replaces =
        body.paragraph() != null
            && find.decisions(new MeetingId(meeting)).stream()
                .anyMatch(d -> d.id().paragraph() == body.paragraph());
    Decision decision = record.recordDecision(body.toCommand(meeting));
    if (!replaces) {
      ctx.header("Location", ctx.path() + "/" + decision.id().paragraph());
    }
    json(ctx, replaces ? 200 : 201, DecisionJson.of(decision));
  }

  void getDecision(Context ctx) throws Exception {
    String meeting = recordId(ctx, "id");
    List<FieldError> errors = new ArrayList<>();
    Integer paragraph = wholeNumber("paragraph", ctx.pathParam("paragraph"), errors);
    if (paragraph != null && paragraph < 1) {
      errors.add(new FieldError("paragraph", "invalid-paragraph", "a § number is 1 or more"));
    }
    rejectIfAny(errors);
    Decision decision =
        find.decisions(new MeetingId(meeting)).stream()
            .filter(d -> d.id().paragraph() == paragraph)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("decision", meeting + "§" + paragraph));
    json(ctx, 200, DecisionJson.of(decision));
  }

  // ---- goals

  void listGoals(Context ctx) throws Exception {
    int year = year(ctx);
    json(ctx, 200, all(inYear(() -> find.goals(year)), GoalJson::of));
  }

  void recordGoal(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordGoalJson body = bodies.required(ctx, GOAL);
    json(ctx, 200, GoalJson.of(record.recordGoal(body.toCommand(id))));
  }

  // ---- events

  void listEvents(Context ctx) throws Exception {
    int year = year(ctx);
    json(ctx, 200, all(inYear(() -> find.events(year)), EventJson::of));
  }

  void getEvent(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    json(
        ctx,
        200,
        EventJson.of(
            find.event(new EventId(id)).orElseThrow(() -> new NotFoundException("event", id))));
  }

  void recordEvent(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordEventJson body = bodies.required(ctx, EVENT);
    // the unknown goal is a field of the body, not the resource addressed: a 400 naming it
    json(ctx, 200, EventJson.of(record.recordEvent(body.toCommand(id))));
  }

  // ---- staff

  void listStaff(Context ctx) throws Exception {
    json(ctx, 200, all(find.staff(), StaffMemberJson::of));
  }

  void recordStaffMember(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordStaffMemberJson body = bodies.required(ctx, STAFF_MEMBER);
    json(ctx, 200, StaffMemberJson.of(record.recordStaffMember(body.toCommand(id))));
  }

  // ---- figures

  void governanceFigures(Context ctx) throws Exception {
    int year = year(ctx);
    json(ctx, 200, GovernanceFiguresJson.of(inYear(() -> consortium.governance().figures(year))));
  }

  // ---- parameters

  /** The required query parameter {@code year}. */
  private static int year(Context ctx) {
    List<FieldError> errors = new ArrayList<>();
    Integer year = Endpoints.requiredYear(ctx, errors);
    rejectIfAny(errors);
    return year;
  }

  /**
   * Runs a query by fiscal year, naming the core's {@code fiscalYear} errors (a year outside
   * 1900–2100) after the query parameter {@code year} the client actually sent.
   */
  private static <T> T inYear(Supplier<T> query) {
    try {
      return query.get();
    } catch (ValidationException e) {
      throw new ValidationException(
          e.errors().stream()
              .map(
                  error ->
                      error.field().equals("fiscalYear")
                          ? new FieldError("year", error.code(), error.message())
                          : error)
              .toList());
    }
  }
}
