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
import static se.westum.consortium.testing.GovernanceFixtures.YEAR_2016;
import static se.westum.consortium.testing.GovernanceFixtures.board2016;
import static se.westum.consortium.testing.GovernanceFixtures.boardMeeting;
import static se.westum.consortium.testing.GovernanceFixtures.boardTerm;
import static se.westum.consortium.testing.GovernanceFixtures.conference2016;
import static se.westum.consortium.testing.GovernanceFixtures.coordinator;
import static se.westum.consortium.testing.GovernanceFixtures.decision;
import static se.westum.consortium.testing.GovernanceFixtures.deputy;
import static se.westum.consortium.testing.GovernanceFixtures.firstOrdinary;
import static se.westum.consortium.testing.GovernanceFixtures.goal2016;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.NotFoundException;

/**
 * The contract of the governance storage ports, written once and run by every implementation. An
 * implementation extends this class and returns a fresh, empty storage from {@link
 * #emptyStorage()}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class GovernanceStorageContract {

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  @Test
  void a_board_term_is_stored_whole_with_seats_in_order_and_positions() {
    // given
    Storage storage = emptyStorage();
    BoardTerm term = board2016();

    // when
    storage.boardTerms().save(term);

    // then
    BoardTerm found = storage.boardTerms().find(new TermId("2016")).orElseThrow();
    assertThat(found).isEqualTo(term);
    assertThat(found.seats()).hasSize(10);
    assertThat(found.positions()).hasSize(4);
  }

  @Test
  void saving_a_term_again_replaces_its_seats() {
    // given
    Storage storage = emptyStorage();
    storage.boardTerms().save(board2016());
    BoardTerm smaller =
        new BoardTerm(new TermId("2016"), YEAR_2016, board2016().seats().subList(0, 3), List.of());

    // when
    storage.boardTerms().save(smaller);

    // then
    assertThat(storage.boardTerms().find(new TermId("2016"))).contains(smaller);
    assertThat(storage.boardTerms().all()).hasSize(1);
  }

  @Test
  void terms_are_listed_by_their_first_day() {
    // given
    Storage storage = emptyStorage();
    DateRange y2017 = new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
    storage.boardTerms().saveAll(List.of(boardTerm("2017", y2017), board2016()));

    // when / then
    assertThat(storage.boardTerms().all())
        .extracting(t -> t.id().value())
        .containsExactly("2016", "2017");
  }

  @Test
  void a_meeting_keeps_its_days_and_attendance_and_is_found_by_its_first_day() {
    // given
    Storage storage = emptyStorage();
    Meeting strategy =
        new Meeting(
            new MeetingId("S2016"),
            MeetingKind.STRATEGY_DAY,
            new DateRange(LocalDate.of(2016, 8, 22), LocalDate.of(2016, 8, 23)),
            "Lidköping",
            new TreeSet<>(List.of(firstOrdinary(6))));
    Meeting nextYear = boardMeeting("B2017-01", LocalDate.of(2017, 1, 20), firstOrdinary(5));

    // when
    storage.meetings().saveAll(List.of(strategy, nextYear));

    // then
    assertThat(storage.meetings().find(new MeetingId("S2016"))).contains(strategy);
    assertThat(storage.meetings().startingIn(YEAR_2016)).containsExactly(strategy);
    try (Stream<Meeting> all = storage.meetings().stream()) {
      assertThat(all.toList()).containsExactly(strategy, nextYear);
    }
  }

  @Test
  void saving_a_meeting_again_replaces_its_attendance() {
    // given
    Storage storage = emptyStorage();
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(4)));
    Meeting corrected = boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5));

    // when
    storage.meetings().save(corrected);

    // then
    assertThat(storage.meetings().find(new MeetingId("B1")).orElseThrow().present()).hasSize(5);
  }

  @Test
  void decisions_are_stored_per_meeting_in_paragraph_order() {
    // given
    Storage storage = emptyStorage();
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));

    // when
    storage.decisions().saveAll(List.of(decision("B1", 2), decision("B1", 1)));
    storage.decisions().save(decision("B1", 2));

    // then
    assertThat(storage.decisions().ofMeeting(new MeetingId("B1")))
        .extracting(d -> d.id().paragraph())
        .containsExactly(1, 2);
    assertThat(storage.decisions().find(new DecisionId(new MeetingId("B1"), 1)))
        .contains(decision("B1", 1));
    try (Stream<Decision> all = storage.decisions().stream()) {
      assertThat(all).hasSize(2);
    }
  }

  @Test
  void decisions_counted_at_meetings_agree_with_the_stored_decisions_of_those_meetings() {
    // given
    Storage storage = emptyStorage();
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
    storage.meetings().save(boardMeeting("B2", LocalDate.of(2016, 3, 1), firstOrdinary(5)));
    storage.meetings().save(boardMeeting("B3", LocalDate.of(2017, 3, 1), firstOrdinary(5)));
    storage
        .decisions()
        .saveAll(
            List.of(decision("B1", 1), decision("B1", 2), decision("B2", 1), decision("B3", 1)));
    Set<MeetingId> held = Set.of(new MeetingId("B1"), new MeetingId("B2"), new MeetingId("NONE"));

    // when
    int counted = storage.decisions().countAt(held);

    // then
    long listed;
    try (Stream<Decision> all = storage.decisions().stream()) {
      listed = all.filter(d -> held.contains(d.id().meeting())).count();
    }
    assertThat(counted).isEqualTo(listed).isEqualTo(3);
    assertThat(storage.decisions().countAt(Set.of())).isZero();
  }

  @Test
  void a_decision_of_an_unknown_meeting_is_refused() {
    Storage storage = emptyStorage();
    assertThatThrownBy(() -> storage.decisions().save(decision("NONE", 1)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void goals_are_found_by_fiscal_year() {
    // given
    Storage storage = emptyStorage();

    // when
    storage.goals().save(goal2016());

    // then
    assertThat(storage.goals().ofYear(Year.of(2016))).containsExactly(goal2016());
    assertThat(storage.goals().ofYear(Year.of(2017))).isEmpty();
    assertThat(storage.goals().find(new GoalId("2016-I"))).contains(goal2016());
  }

  @Test
  void an_event_keeps_each_form_of_participation() {
    // given
    Storage storage = emptyStorage();
    storage.goals().save(goal2016());
    Event byOrganisation = conference2016();
    Event total =
        new Event(
            new EventId("training"),
            se.westum.consortium.domain.governance.EventKind.STAFF_TRAINING,
            "Processledarutbildning",
            DateRange.on(LocalDate.of(2016, 10, 5)),
            "Göteborg",
            "SE",
            "KOBRA",
            Optional.empty(),
            new Participation.Total(20));
    Event byPerson =
        total.withParticipation(
            new Participation.ByPerson(
                new TreeSet<>(List.of(new PersonRef("X-1"), new PersonRef("X-2")))));
    Event byPersonElsewhere =
        new Event(
            new EventId("arendal"),
            se.westum.consortium.domain.governance.EventKind.PARTNERSHIP_MEETING,
            "Partnerskapsmöte",
            new DateRange(LocalDate.of(2016, 5, 10), LocalDate.of(2016, 5, 11)),
            "Arendal",
            "NO",
            "KOBRA",
            Optional.empty(),
            byPerson.participation());

    // when
    storage.events().saveAll(List.of(byOrganisation, total, byPersonElsewhere));

    // then
    assertThat(storage.events().find(new EventId("2016-conference"))).contains(byOrganisation);
    assertThat(storage.events().find(new EventId("training"))).contains(total);
    assertThat(storage.events().find(new EventId("arendal"))).contains(byPersonElsewhere);
    assertThat(
            storage
                .events()
                .overlapping(new DateRange(LocalDate.of(2016, 4, 21), LocalDate.of(2016, 5, 10))))
        .extracting(e -> e.id().value())
        .containsExactly("2016-conference", "arendal");
  }

  @Test
  void saving_an_event_again_replaces_its_participation() {
    // given
    Storage storage = emptyStorage();
    storage.goals().save(goal2016());
    storage.events().save(conference2016());
    Event corrected = conference2016().withParticipation(new Participation.Total(35));

    // when
    storage.events().save(corrected);

    // then
    assertThat(storage.events().find(new EventId("2016-conference"))).contains(corrected);
  }

  @Test
  void an_event_naming_an_unknown_goal_is_refused() {
    Storage storage = emptyStorage();
    assertThatThrownBy(() -> storage.events().save(conference2016()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void staff_are_stored_with_their_projects_and_listed_by_first_day() {
    // given
    Storage storage = emptyStorage();
    StaffMember later = coordinator("S-2", LocalDate.of(2017, 1, 9), Optional.empty());
    StaffMember earlier =
        coordinator("S-1", LocalDate.of(2012, 9, 1), Optional.of(LocalDate.of(2016, 10, 31)));

    // when
    storage.staff().saveAll(List.of(later, earlier));

    // then
    assertThat(storage.staff().all()).containsExactly(earlier, later);
    assertThat(storage.staff().find(new StaffId("S-2")).orElseThrow().projects())
        .containsExactly("KOBRA");
  }

  @Test
  void saving_again_says_which_records_were_new_changed_and_unchanged() {
    // given one record of each kind stored
    Storage storage = emptyStorage();
    storage.goals().save(goal2016());
    storage.boardTerms().save(board2016());
    Meeting b1 = boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5));
    storage.meetings().save(b1);
    storage.decisions().save(decision("B1", 1));
    storage.events().save(conference2016());
    StaffMember s1 = coordinator("S-1", LocalDate.of(2016, 1, 1), Optional.empty());
    storage.staff().save(s1);
    Goal otherGoal = new Goal(new GoalId("2016-II"), Year.of(2016), "II", "Nätverk");
    BoardTerm changedTerm =
        new BoardTerm(new TermId("2016"), YEAR_2016, board2016().seats(), List.of());
    Meeting b2 = boardMeeting("B2", LocalDate.of(2016, 3, 1), firstOrdinary(6));

    // when each port saves the stored record unchanged, a changed one or a new one
    Saved goals = storage.goals().saveAll(List.of(goal2016(), otherGoal));
    Saved terms = storage.boardTerms().saveAll(List.of(changedTerm));
    Saved meetings = storage.meetings().saveAll(List.of(b1, b2));
    Saved decisions =
        storage
            .decisions()
            .saveAll(List.of(decision("B1", 1), decision("B1", 2), decision("B2", 1)));
    Saved events =
        storage
            .events()
            .saveAll(List.of(conference2016().withParticipation(new Participation.Total(35))));
    Saved staff = storage.staff().saveAll(List.of(s1));

    // then
    assertThat(goals).isEqualTo(new Saved(1, 0, 1));
    assertThat(terms).isEqualTo(new Saved(0, 1, 0));
    assertThat(meetings).isEqualTo(new Saved(1, 0, 1));
    assertThat(decisions).isEqualTo(new Saved(2, 0, 1));
    assertThat(events).isEqualTo(new Saved(0, 1, 0));
    assertThat(staff).isEqualTo(new Saved(0, 0, 1));
    assertThat(storage.boardTerms().find(new TermId("2016"))).contains(changedTerm);
    assertThat(storage.meetings().find(new MeetingId("B1"))).contains(b1);
  }

  @Test
  void a_failed_transaction_leaves_no_governance_record_behind() {
    // given
    Storage storage = emptyStorage();

    // when
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          storage.boardTerms().save(board2016());
                          storage
                              .meetings()
                              .save(boardMeeting("B1", LocalDate.of(2016, 2, 1), deputy(1)));
                          storage.decisions().save(decision("B1", 1));
                          storage.goals().save(goal2016());
                          storage
                              .staff()
                              .save(coordinator("S-1", LocalDate.of(2016, 1, 1), Optional.empty()));
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");

    // then
    assertThat(storage.boardTerms().all()).isEmpty();
    assertThat(storage.meetings().find(new MeetingId("B1"))).isEmpty();
    assertThat(storage.goals().find(new GoalId("2016-I"))).isEmpty();
    assertThat(storage.staff().all()).isEmpty();
  }
}
