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

import static se.westum.consortium.rest.RequestBodies.mapped;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.westum.consortium.application.port.in.RecordBoardTermCommand;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.in.RecordEventCommand;
import se.westum.consortium.application.port.in.RecordGoalCommand;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.application.port.in.RecordStaffMemberCommand;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.StaffMember;

/**
 * The JSON shapes of the governance operations, as the OpenAPI document describes them. As for
 * membership, request fields are boxed so a missing field reaches the core's validation as {@code
 * null} and is reported with the others; the record's id comes from the path, never the body. Names
 * of people (board, positions, staff) are written only into answers of operations whose roles may
 * read them.
 */
final class GovernanceRepresentations {

  private GovernanceRepresentations() {}

  // ---- shapes used both ways

  /** A board seat: in a term's body and in its answers. */
  record SeatJson(String person, String name, BoardRole role) {

    static SeatJson of(BoardSeat seat) {
      return new SeatJson(seat.person().value(), seat.name().value(), seat.role());
    }

    RecordBoardTermCommand.Seat toSeat() {
      return new RecordBoardTermCommand.Seat(person, name, role);
    }
  }

  /** A position of trust (nomination committee, auditor). */
  record PositionJson(PositionKind kind, String person, String name) {

    static PositionJson of(Position position) {
      return new PositionJson(position.kind(), position.person().value(), position.name().value());
    }

    RecordBoardTermCommand.PositionHolder toHolder() {
      return new RecordBoardTermCommand.PositionHolder(kind, person, name);
    }
  }

  /** Participants of one organisation at an event. */
  record OrganisationCountJson(String organisation, String country, Integer count) {

    static OrganisationCountJson of(OrganisationParticipants row) {
      return new OrganisationCountJson(row.organisation(), row.country(), row.count());
    }

    RecordEventCommand.OrganisationCount toCount() {
      return new RecordEventCommand.OrganisationCount(organisation, country, count);
    }
  }

  // ---- requests

  record RecordBoardTermJson(
      LocalDate start, LocalDate end, List<SeatJson> seats, List<PositionJson> positions) {

    /** Positions may be left out: a term without recorded nomination committee or auditors. */
    RecordBoardTermCommand toCommand(String id) {
      return new RecordBoardTermCommand(
          id,
          start,
          end,
          mapped(seats, SeatJson::toSeat),
          positions == null ? List.of() : mapped(positions, PositionJson::toHolder));
    }
  }

  /**
   * A meeting; {@code present} is required (an empty list is fine) because the quorum is judged by
   * it, so leaving it out by mistake must not silently record an empty meeting.
   */
  record RecordMeetingJson(
      MeetingKind kind, LocalDate start, LocalDate end, String place, List<String> present) {

    RecordMeetingCommand toCommand(String id) {
      return new RecordMeetingCommand(id, kind, start, end, place, present);
    }
  }

  record RecordDecisionJson(Integer paragraph, String subject, String outcome) {

    RecordDecisionCommand toCommand(String meeting) {
      return new RecordDecisionCommand(meeting, paragraph, subject, outcome);
    }
  }

  record RecordGoalJson(Integer fiscalYear, String number, String title) {

    RecordGoalCommand toCommand(String id) {
      return new RecordGoalCommand(id, fiscalYear, number, title);
    }
  }

  /** An event; exactly one of {@code participants}, {@code organisations}, {@code people}. */
  record RecordEventJson(
      EventKind kind,
      String name,
      LocalDate start,
      LocalDate end,
      String place,
      String country,
      String organiser,
      String goal,
      Integer participants,
      List<OrganisationCountJson> organisations,
      List<String> people) {

    RecordEventCommand toCommand(String id) {
      return new RecordEventCommand(
          id,
          kind,
          name,
          start,
          end,
          place,
          country,
          organiser,
          goal,
          participants,
          organisations == null ? null : mapped(organisations, OrganisationCountJson::toCount),
          people);
    }
  }

  /** An employment; {@code projects} may be left out (none). */
  record RecordStaffMemberJson(
      String name, String role, LocalDate started, LocalDate ended, List<String> projects) {

    RecordStaffMemberCommand toCommand(String id) {
      return new RecordStaffMemberCommand(
          id, name, role, started, ended, projects == null ? List.of() : projects);
    }
  }

  // ---- responses

  record BoardTermJson(
      String id,
      LocalDate start,
      LocalDate end,
      int ordinaryMembers,
      int deputies,
      List<SeatJson> seats,
      List<PositionJson> positions) {

    static BoardTermJson of(BoardTerm term) {
      return new BoardTermJson(
          term.id().value(),
          term.period().start(),
          term.period().end(),
          term.ordinarySeats().size(),
          term.deputies().size(),
          term.seats().stream().map(SeatJson::of).toList(),
          term.positions().stream().map(PositionJson::of).toList());
    }
  }

  record MeetingJson(
      String id,
      MeetingKind kind,
      LocalDate start,
      LocalDate end,
      String place,
      List<String> present) {

    static MeetingJson of(Meeting meeting) {
      return new MeetingJson(
          meeting.id().value(),
          meeting.kind(),
          meeting.dates().start(),
          meeting.dates().end(),
          meeting.place(),
          meeting.present().stream().map(PersonRef::value).toList());
    }
  }

  record DecisionJson(String id, String meeting, int paragraph, String subject, String outcome) {

    static DecisionJson of(Decision decision) {
      return new DecisionJson(
          decision.id().value(),
          decision.id().meeting().value(),
          decision.id().paragraph(),
          decision.subject(),
          decision.outcome());
    }
  }

  record GoalJson(String id, int fiscalYear, String number, String title) {

    static GoalJson of(Goal goal) {
      return new GoalJson(
          goal.id().value(), goal.fiscalYear().getValue(), goal.number(), goal.title());
    }
  }

  /**
   * An event. {@code participants} is always the total; {@code organisations} or {@code people} is
   * set when the participation was recorded in that form, else {@code null}.
   */
  record EventJson(
      String id,
      EventKind kind,
      String name,
      LocalDate start,
      LocalDate end,
      String place,
      String country,
      String organiser,
      String goal,
      int participants,
      List<OrganisationCountJson> organisations,
      List<String> people) {

    static EventJson of(Event event) {
      Participation participation = event.participation();
      List<OrganisationCountJson> organisations =
          participation instanceof Participation.ByOrganisation byOrganisation
              ? byOrganisation.rows().stream().map(OrganisationCountJson::of).toList()
              : null;
      List<String> people =
          participation instanceof Participation.ByPerson byPerson
              ? byPerson.people().stream().map(PersonRef::value).toList()
              : null;
      return new EventJson(
          event.id().value(),
          event.kind(),
          event.name(),
          event.dates().start(),
          event.dates().end(),
          event.place(),
          event.country(),
          event.organiser(),
          event.goal().map(GoalId::value).orElse(null),
          participation.total(),
          organisations,
          people);
    }
  }

  record StaffMemberJson(
      String id,
      String name,
      String role,
      LocalDate started,
      LocalDate ended,
      List<String> projects) {

    static StaffMemberJson of(StaffMember member) {
      return new StaffMemberJson(
          member.id().value(),
          member.name().value(),
          member.role(),
          member.started(),
          member.ended().orElse(null),
          List.copyOf(member.projects()));
    }
  }

  record GovernanceFiguresJson(
      int year,
      BoardCompositionJson board,
      Map<MeetingKind, Integer> meetingsByKind,
      int boardMeetings,
      int strategyDays,
      int boardSessions,
      int decisions,
      List<EventFiguresJson> events,
      int peopleAtEvents,
      List<StaffChangeJson> staffStarted,
      List<StaffChangeJson> staffLeft) {

    static GovernanceFiguresJson of(GovernanceFigures figures) {
      // every kind, in declaration order, so clients need not treat a missing kind as 0
      Map<MeetingKind, Integer> byKind = new LinkedHashMap<>();
      for (MeetingKind kind : MeetingKind.values()) {
        byKind.put(kind, figures.meetings().getOrDefault(kind, 0));
      }
      return new GovernanceFiguresJson(
          figures.fiscalYear().year().getValue(),
          figures.board().map(BoardCompositionJson::of).orElse(null),
          byKind,
          figures.boardMeetings(),
          figures.strategyDays(),
          figures.boardSessions(),
          figures.decisions(),
          figures.events().stream().map(EventFiguresJson::of).toList(),
          figures.peopleAtEvents(),
          figures.staffStarted().stream().map(StaffChangeJson::of).toList(),
          figures.staffLeft().stream().map(StaffChangeJson::of).toList());
    }
  }

  record BoardCompositionJson(
      String term,
      LocalDate start,
      LocalDate end,
      int members,
      int ordinaryMembers,
      int deputies,
      List<SeatJson> seats,
      List<PositionJson> nominationCommittee,
      List<PositionJson> auditors) {

    static BoardCompositionJson of(GovernanceFigures.BoardComposition board) {
      return new BoardCompositionJson(
          board.term().value(),
          board.period().start(),
          board.period().end(),
          board.members(),
          board.ordinaryMembers(),
          board.deputies(),
          board.seats().stream().map(SeatJson::of).toList(),
          board.nominationCommittee().stream().map(PositionJson::of).toList(),
          board.auditors().stream().map(PositionJson::of).toList());
    }
  }

  record EventFiguresJson(
      String id,
      EventKind kind,
      String name,
      LocalDate start,
      LocalDate end,
      String place,
      int participants,
      Integer organisationCount,
      Map<String, Integer> byCountry) {

    static EventFiguresJson of(GovernanceFigures.EventFigures event) {
      return new EventFiguresJson(
          event.id().value(),
          event.kind(),
          event.name(),
          event.dates().start(),
          event.dates().end(),
          event.place(),
          event.participants(),
          event.organisations().isPresent() ? event.organisations().getAsInt() : null,
          new TreeMap<>(event.byCountry()));
    }
  }

  record StaffChangeJson(String staff, String name, String role, LocalDate date) {

    static StaffChangeJson of(GovernanceFigures.StaffChange change) {
      return new StaffChangeJson(
          change.staff().value(), change.name().value(), change.role(), change.date());
    }
  }
}
