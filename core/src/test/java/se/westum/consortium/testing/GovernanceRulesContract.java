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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static se.westum.consortium.testing.GovernanceFixtures.YEAR_2016;
import static se.westum.consortium.testing.GovernanceFixtures.board2016;
import static se.westum.consortium.testing.GovernanceFixtures.boardMeeting;
import static se.westum.consortium.testing.GovernanceFixtures.boardTerm;
import static se.westum.consortium.testing.GovernanceFixtures.conference2016;
import static se.westum.consortium.testing.GovernanceFixtures.decision;
import static se.westum.consortium.testing.GovernanceFixtures.firstOrdinary;
import static se.westum.consortium.testing.GovernanceFixtures.goal2016;
import static se.westum.consortium.testing.GovernanceFixtures.ordinary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.RecordBoardTermCommand;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.in.RecordEventCommand;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.application.port.in.RecordStaffMemberCommand;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.QuorumPolicy;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.governance.TermOverlapPolicy;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The governance rules, one door at a time: for every rule, a record that breaks it is refused by
 * the record use case and by {@code importGovernance} with the same code (and field), and the
 * refused import writes nothing. Written once and run by every storage: the in-memory fake and JDBC
 * on H2, PostgreSQL and MariaDB. A rule of one record (an invariant) cannot even be built into a
 * dataset: there the record's constructor, which every reader runs, gives the same code.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class GovernanceRulesContract {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 10);

  private Storage storage;
  private Consortium consortium;

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  // made on first use: a subclass's @BeforeEach (a fresh database) runs after this class's
  private Storage storage() {
    if (storage == null) {
      storage = emptyStorage();
    }
    return storage;
  }

  private Consortium consortium() {
    if (consortium == null) {
      consortium = Consortium.builder().storage(storage()).build();
    }
    return consortium;
  }

  // ---- rules across records: both doors

  @Test
  void a_term_overlapping_another_is_refused_by_both_doors_with_overlapping_terms() {
    // given
    BoardTerm overlapping =
        boardTerm("2016b", new DateRange(LocalDate.of(2016, 6, 1), LocalDate.of(2017, 5, 31)));

    // when
    RefusedRecord imported =
        refusedImport(GovernanceLists.empty().withTerms(board2016(), overlapping));
    storage().boardTerms().save(board2016());
    DomainException recorded =
        refusedRecord(() -> consortium().governance().recordBoardTerm(command(overlapping)));

    // then
    assertThat(imported.kind()).isEqualTo("board-term");
    assertThat(imported.ordinal()).isEqualTo(2);
    assertThat(imported.code()).isEqualTo(TermOverlapPolicy.CODE).isEqualTo(recorded.code());
    assertThat(imported.message()).isEqualTo(recorded.getMessage()).contains("overlaps term 2016");
  }

  @Test
  void a_person_present_without_a_seat_is_refused_by_both_doors_at_the_person() {
    // given P-1 of the board and X-9, who holds no seat
    Meeting meeting = boardMeeting("B1", DAY, ordinary(1), new PersonRef("X-9"));

    // when
    RefusedRecord imported =
        refusedImport(GovernanceLists.empty().withTerms(board2016()).withMeetings(meeting));
    storage().boardTerms().save(board2016());
    DomainException recorded =
        refusedRecord(() -> consortium().governance().recordMeeting(command(meeting)));

    // then
    assertThat(imported.kind()).isEqualTo("meeting");
    assertThat(imported.code())
        .isEqualTo(MissingReferenceException.CODE)
        .isEqualTo(recorded.code());
    assertThat(imported.field())
        .isEqualTo("present[1]")
        .isEqualTo(((MissingReferenceException) recorded).field());
    assertThat(imported.message()).isEqualTo(recorded.getMessage()).contains("X-9", "term 2016");
  }

  @Test
  void people_at_a_meeting_that_is_no_board_session_need_no_seat() {
    // given
    Meeting projectBoard =
        new Meeting(
            new MeetingId("PB1"),
            MeetingKind.PROJECT_BOARD_MEETING,
            DateRange.on(DAY),
            "Larvik",
            new TreeSet<>(List.of(new PersonRef("X-9"))));

    // when
    ImportSummary summary =
        consortium()
            .governance()
            .importDataset(
                GovernanceLists.empty().withTerms(board2016()).withMeetings(projectBoard));

    // then
    assertThat(summary.of("meeting").added()).isEqualTo(1);
  }

  @Test
  void a_decision_of_a_meeting_that_does_not_exist_is_refused_by_both_doors_at_its_meeting() {
    // given
    Decision orphan = decision("NONE", 1);

    // when
    RefusedRecord imported = refusedImport(GovernanceLists.empty().withDecisions(orphan));
    DomainException recorded =
        refusedRecord(() -> consortium().governance().recordDecision(command(orphan)));

    // then
    assertThat(imported.kind()).isEqualTo("decision");
    assertThat(imported.code())
        .isEqualTo(MissingReferenceException.CODE)
        .isEqualTo(recorded.code());
    assertThat(imported.field()).isEqualTo("meeting");
    assertThat(((MissingReferenceException) recorded).field()).isEqualTo("meeting");
    assertThat(imported.message()).isEqualTo(recorded.getMessage());
  }

  @Test
  void a_decision_at_a_meeting_without_quorum_is_refused_by_both_doors_with_the_reason() {
    // given four of eight ordinary members present
    Meeting meeting = boardMeeting("B1", DAY, firstOrdinary(4));

    // when
    RefusedRecord imported =
        refusedImport(
            GovernanceLists.empty()
                .withTerms(board2016())
                .withMeetings(meeting)
                .withDecisions(decision("B1", 1)));
    storage().boardTerms().save(board2016());
    storage().meetings().save(meeting);
    DomainException recorded =
        refusedRecord(() -> consortium().governance().recordDecision(command(decision("B1", 1))));

    // then
    assertThat(imported.code()).isEqualTo(QuorumPolicy.NOT_QUORATE).isEqualTo(recorded.code());
    assertThat(imported.message())
        .isEqualTo(recorded.getMessage())
        .contains("4 of 8 ordinary members present: not quorate");
  }

  @Test
  void a_decision_at_a_board_meeting_no_term_covers_is_refused_by_both_doors() {
    // given
    Meeting meeting = boardMeeting("B1", DAY, firstOrdinary(5));

    // when
    RefusedRecord imported =
        refusedImport(
            GovernanceLists.empty().withMeetings(meeting).withDecisions(decision("B1", 1)));
    storage().meetings().save(meeting);
    DomainException recorded =
        refusedRecord(() -> consortium().governance().recordDecision(command(decision("B1", 1))));

    // then
    assertThat(imported.code()).isEqualTo(QuorumPolicy.NO_BOARD_TERM).isEqualTo(recorded.code());
    assertThat(imported.message()).isEqualTo(recorded.getMessage());
  }

  @Test
  void an_event_for_a_goal_that_does_not_exist_is_refused_by_both_doors_at_its_goal() {
    // given the 2016 conference, which serves goal 2016-I, and no goal

    // when
    RefusedRecord imported = refusedImport(GovernanceLists.empty().withEvents(conference2016()));
    DomainException recorded =
        refusedRecord(() -> consortium().governance().recordEvent(command(conference2016())));

    // then
    assertThat(imported.kind()).isEqualTo("event");
    assertThat(imported.code())
        .isEqualTo(MissingReferenceException.CODE)
        .isEqualTo(recorded.code());
    assertThat(imported.field()).isEqualTo("goal");
    assertThat(imported.message()).isEqualTo(recorded.getMessage());
  }

  @Test
  void an_id_given_twice_in_one_dataset_is_refused_and_nothing_is_written() {
    // when
    RefusedRecord imported =
        refusedImport(GovernanceLists.empty().withGoals(goal2016(), goal2016()));

    // then
    assertThat(imported.code()).isEqualTo("duplicate-id");
    assertThat(imported.ordinal()).isEqualTo(2);
  }

  @Test
  void every_refusal_of_one_import_is_named_and_none_of_its_records_is_written() {
    // given a good goal and term, and two bad records of other kinds
    GovernanceLists dataset =
        GovernanceLists.empty()
            .withGoals(goal2016())
            .withTerms(board2016())
            .withDecisions(decision("NONE", 1))
            .withEvents(conference2016(), withGoal(conference2016(), "2016-IX", "elsewhere"));

    // when
    RecordsRefusedException refused =
        catchThrowableOfType(
            () -> consortium().governance().importDataset(dataset), RecordsRefusedException.class);

    // then
    assertThat(refused.refused())
        .extracting(RefusedRecord::kind, RefusedRecord::field)
        .containsExactly(tuple("decision", "meeting"), tuple("event", "goal"));
    assertNothingWritten();
  }

  @Test
  void an_employment_naming_a_project_that_does_not_exist_is_refused_at_its_projects() {
    // staff are imported with the projects (they name them); the record use case runs the rule

    // when
    DomainException recorded =
        refusedRecord(
            () ->
                consortium()
                    .governance()
                    .recordStaffMember(
                        new RecordStaffMemberCommand(
                            "S-1",
                            "Koordinator Ett",
                            "projektkoordinator",
                            LocalDate.of(2016, 1, 1),
                            null,
                            List.of("NO-SUCH-PROJECT"))));

    // then
    assertThat(recorded.code()).isEqualTo(MissingReferenceException.CODE);
    assertThat(((MissingReferenceException) recorded).field()).isEqualTo("projects");
    assertThat(storage().staff().all()).isEmpty();
  }

  // ---- rules of one record: the use case and the constructor every reader runs

  @Test
  void a_term_without_a_chair_or_treasurer_or_with_a_second_chair_is_refused_by_its_invariants() {
    // given
    List<BoardSeat> noChair = seatsWith(0, BoardRole.MEMBER);
    List<BoardSeat> noTreasurer = seatsWith(2, BoardRole.MEMBER);
    List<BoardSeat> twoChairs = seatsWith(1, BoardRole.CHAIR);

    // when / then
    assertSameCode(termOf(noChair), BoardTerm.ONE_CHAIR, "seats");
    assertSameCode(termOf(noTreasurer), BoardTerm.TREASURER_REQUIRED, "seats");
    assertSameCode(termOf(twoChairs), BoardTerm.ONE_CHAIR, "seats[1]");
  }

  @Test
  void a_person_with_two_seats_or_a_position_held_twice_is_refused_at_the_second() {
    // given
    List<BoardSeat> seats = new ArrayList<>(board2016().seats());
    seats.add(new BoardSeat(ordinary(4), new PersonName("Ledamot Igen"), BoardRole.DEPUTY));
    List<Position> positions = new ArrayList<>(board2016().positions());
    positions.add(positions.get(0));

    // when / then
    assertSameCode(
        () -> new BoardTerm(new TermId("2016"), YEAR_2016, seats, List.of()),
        BoardTerm.ONE_SEAT_PER_PERSON,
        "seats[10]");
    assertSameCode(
        () -> new BoardTerm(new TermId("2016"), YEAR_2016, board2016().seats(), positions),
        BoardTerm.DUPLICATE_POSITION,
        "positions[4]");
  }

  @Test
  void an_organisation_listed_twice_for_an_event_is_refused_at_the_second() {
    // given
    List<OrganisationParticipants> twice =
        List.of(
            new OrganisationParticipants("Skövde kommun", "SE", 20),
            new OrganisationParticipants("Larvik kommune", "NO", 5),
            new OrganisationParticipants("Skövde kommun", "SE", 15));

    // when / then
    assertSameCode(
        () -> conference2016().withParticipation(new Participation.ByOrganisation(twice)),
        Participation.DUPLICATE_ORGANISATION,
        "organisations[2]");
  }

  @Test
  void texts_with_control_characters_and_dates_out_of_range_are_refused_by_the_records() {
    // when / then
    assertSameCode(() -> meetingAt("Sk\u0000övde"), Texts.CONTROL_CHARACTER, "place");
    assertSameCode(
        () -> new Decision(decision("B1", 1).id(), "Ärende\u001b[2J", "Antogs"),
        Texts.CONTROL_CHARACTER,
        "subject");
    assertSameCode(
        () -> new Decision(decision("B1", 1).id(), "x".repeat(1 << 20), "Antogs"),
        Texts.INVALID_LENGTH,
        "subject");
    assertSameCode(
        () -> boardMeeting("B1", LocalDate.of(1, 1, 1)), Bounds.YEAR_OUT_OF_RANGE, "start");
  }

  // ---- unchanged records

  @Test
  void importing_the_same_dataset_twice_says_every_record_is_unchanged() {
    // given
    GovernanceLists dataset = aValidDataset();
    ImportSummary first = consortium().governance().importDataset(dataset);

    // when
    ImportSummary second = consortium().governance().importDataset(dataset);

    // then
    assertThat(first.of("meeting").added()).isEqualTo(2);
    assertThat(first.unchanged()).isFalse();
    assertThat(second.unchanged()).isTrue();
    assertThat(second.kinds())
        .extracting(ImportSummary.Kind::kind, ImportSummary.Kind::unchanged)
        .containsExactly(
            tuple("goal", 1),
            tuple("board-term", 1),
            tuple("meeting", 2),
            tuple("decision", 1),
            tuple("event", 1));
    assertThat(storage().meetings().find(new MeetingId("B1")))
        .contains(dataset.meetingList().get(0));
  }

  @Test
  void importing_a_dataset_with_one_changed_meeting_says_so() {
    // given
    GovernanceLists dataset = aValidDataset();
    consortium().governance().importDataset(dataset);
    Meeting second = dataset.meetingList().get(1);
    Meeting moved =
        new Meeting(second.id(), second.kind(), second.dates(), "Mariestad", second.present());

    // when
    ImportSummary again =
        consortium()
            .governance()
            .importDataset(dataset.withMeetings(dataset.meetingList().get(0), moved));

    // then
    assertThat(again.of("meeting"))
        .extracting(
            ImportSummary.Kind::added, ImportSummary.Kind::changed, ImportSummary.Kind::unchanged)
        .containsExactly(0, 1, 1);
    assertThat(storage().meetings().find(moved.id())).contains(moved);
  }

  // ---- helpers

  private static GovernanceLists aValidDataset() {
    return GovernanceLists.empty()
        .withGoals(goal2016())
        .withTerms(board2016())
        .withMeetings(
            boardMeeting("B1", DAY, firstOrdinary(5)),
            boardMeeting("B2", DAY.plusMonths(2), firstOrdinary(6)))
        .withDecisions(decision("B1", 1))
        .withEvents(conference2016());
  }

  /** Imports a dataset that must be refused for one record; checks that nothing was written. */
  private RefusedRecord refusedImport(GovernanceLists dataset) {
    RecordsRefusedException refused =
        catchThrowableOfType(
            () -> consortium().governance().importDataset(dataset), RecordsRefusedException.class);
    assertThat(refused).as("the import is refused").isNotNull();
    assertThat(refused.refused()).hasSize(1);
    assertNothingWritten();
    return refused.refused().get(0);
  }

  private void assertNothingWritten() {
    assertThat(storage().boardTerms().all()).isEmpty();
    assertThat(storage().meetings().startingIn(YEAR_2016)).isEmpty();
    try (Stream<Decision> decisions = storage().decisions().stream();
        Stream<Event> events = storage().events().stream()) {
      assertThat(decisions).isEmpty();
      assertThat(events).isEmpty();
    }
    assertThat(storage().goals().find(goal2016().id())).isEmpty();
  }

  private static DomainException refusedRecord(Runnable use) {
    DomainException refused = catchThrowableOfType(use::run, DomainException.class);
    assertThat(refused).as("the record is refused").isNotNull();
    return refused;
  }

  /**
   * A record that breaks an invariant: building it throws the code at the field, and the record use
   * case, given the same values, throws the same.
   */
  private void assertSameCode(ThrowingSupplier<?> build, String code, String field) {
    assertThatThrownBy(build::get)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(
                        ValidationException.FieldError::code, ValidationException.FieldError::field)
                    .containsExactly(tuple(code, field)));
  }

  /** The seats of a term by their parts, so the same seats go through both doors. */
  private record TermParts(List<BoardSeat> seats) {
    BoardTerm build() {
      return new BoardTerm(new TermId("2016"), YEAR_2016, seats, List.of());
    }

    RecordBoardTermCommand command() {
      return new RecordBoardTermCommand(
          "2016",
          YEAR_2016.start(),
          YEAR_2016.end(),
          seats.stream()
              .map(
                  s ->
                      new RecordBoardTermCommand.Seat(
                          s.person().value(), s.name().value(), s.role()))
              .toList(),
          List.of());
    }
  }

  private static TermParts termOf(List<BoardSeat> seats) {
    return new TermParts(seats);
  }

  /** The 2016 board with the seat at {@code index} given another role. */
  private static List<BoardSeat> seatsWith(int index, BoardRole role) {
    List<BoardSeat> seats = new ArrayList<>(board2016().seats());
    BoardSeat seat = seats.get(index);
    seats.set(index, new BoardSeat(seat.person(), seat.name(), role));
    return seats;
  }

  private void assertSameCode(TermParts parts, String code, String field) {
    assertSameCode(parts::build, code, field);
    DomainException recorded =
        refusedRecord(() -> consortium().governance().recordBoardTerm(parts.command()));
    assertThat(((ValidationException) recorded).errors())
        .extracting(ValidationException.FieldError::code, ValidationException.FieldError::field)
        .containsExactly(tuple(code, field));
  }

  private static Meeting meetingAt(String place) {
    return new Meeting(
        new MeetingId("B1"), MeetingKind.BOARD_MEETING, DateRange.on(DAY), place, new TreeSet<>());
  }

  private static Event withGoal(Event event, String goal, String id) {
    return new Event(
        new se.westum.consortium.domain.governance.EventId(id),
        event.kind(),
        event.name(),
        event.dates(),
        event.place(),
        event.country(),
        event.organiser(),
        Optional.of(new se.westum.consortium.domain.governance.GoalId(goal)),
        event.participation());
  }

  private static RecordBoardTermCommand command(BoardTerm term) {
    return new RecordBoardTermCommand(
        term.id().value(),
        term.period().start(),
        term.period().end(),
        term.seats().stream()
            .map(
                s ->
                    new RecordBoardTermCommand.Seat(s.person().value(), s.name().value(), s.role()))
            .toList(),
        term.positions().stream()
            .map(
                p ->
                    new RecordBoardTermCommand.PositionHolder(
                        p.kind(), p.person().value(), p.name().value()))
            .toList());
  }

  private static RecordMeetingCommand command(Meeting meeting) {
    return new RecordMeetingCommand(
        meeting.id().value(),
        meeting.kind(),
        meeting.dates().start(),
        meeting.dates().end(),
        meeting.place(),
        meeting.present().stream().map(PersonRef::value).toList());
  }

  private static RecordDecisionCommand command(Decision decision) {
    return new RecordDecisionCommand(
        decision.id().meeting().value(),
        decision.id().paragraph(),
        decision.subject(),
        decision.outcome());
  }

  private static RecordEventCommand command(Event event) {
    List<RecordEventCommand.OrganisationCount> organisations =
        event.participation() instanceof Participation.ByOrganisation counted
            ? counted.rows().stream()
                .map(
                    r ->
                        new RecordEventCommand.OrganisationCount(
                            r.organisation(), r.country(), r.count()))
                .toList()
            : null;
    return new RecordEventCommand(
        event.id().value(),
        event.kind(),
        event.name(),
        event.dates().start(),
        event.dates().end(),
        event.place(),
        event.country(),
        event.organiser(),
        event.goal().map(g -> g.value()).orElse(null),
        event.participation() instanceof Participation.Total total ? total.count() : null,
        organisations,
        null);
  }
}
