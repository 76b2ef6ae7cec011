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
package se.westum.consortium.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.GovernanceFixtures.YEAR_2016;
import static se.westum.consortium.testing.GovernanceFixtures.board2016;
import static se.westum.consortium.testing.GovernanceFixtures.boardMeeting;
import static se.westum.consortium.testing.GovernanceFixtures.conference2016;
import static se.westum.consortium.testing.GovernanceFixtures.coordinator;
import static se.westum.consortium.testing.GovernanceFixtures.decision;
import static se.westum.consortium.testing.GovernanceFixtures.deputy;
import static se.westum.consortium.testing.GovernanceFixtures.firstOrdinary;
import static se.westum.consortium.testing.GovernanceFixtures.goal2016;
import static se.westum.consortium.testing.GovernanceFixtures.ordinary;
import static se.westum.consortium.testing.MemberBuilder.organisationNumber;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.StorageFailureException;
import se.westum.consortium.testing.GovernanceStorageContract;

/**
 * The governance storage contract plus what only a database adapter must show: child rows replaced
 * on re-save, batches refused whole, ids in the core's order, upgrading a V1 schema, connection
 * handling and error translation. Run once per {@link Vendor}, on a fresh database for each test.
 */
abstract class JdbcGovernanceStorageTest extends GovernanceStorageContract {

  private TestDatabase database;

  /** The database this run is on. */
  abstract Vendor vendor();

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.fresh(vendor());
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected Storage emptyStorage() {
    return JdbcAdapter.create(database.dataSource());
  }

  // ---- child rows

  @Test
  void saving_terms_again_in_a_batch_leaves_exactly_the_new_seats_and_positions() {
    // given
    Storage storage = emptyStorage();
    BoardTerm first = board2016();
    DateRange y2017 = new DateRange(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
    storage.boardTerms().saveAll(List.of(first));
    BoardTerm smaller =
        new BoardTerm(
            new TermId("2016"),
            YEAR_2016,
            List.of(
                new BoardSeat(
                    new PersonRef("N-1"), new PersonName("Ny Ordförande"), BoardRole.CHAIR),
                new BoardSeat(
                    new PersonRef("N-2"), new PersonName("Ny Kassör"), BoardRole.TREASURER)),
            List.of(
                new Position(
                    PositionKind.AUDITOR, new PersonRef("R-9"), new PersonName("Ny Revisor"))));
    BoardTerm next =
        new BoardTerm(new TermId("2017"), y2017, first.seats(), first.positions().subList(0, 1));

    // when
    storage.boardTerms().saveAll(List.of(smaller, next));

    // then
    assertThat(storage.boardTerms().all()).containsExactly(smaller, next);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_board_seat")).isEqualTo(2 + 10);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_board_position")).isEqualTo(1 + 1);
  }

  @Test
  void an_event_saved_again_in_another_form_of_participation_keeps_no_rows_of_the_old_form() {
    // given
    Storage storage = emptyStorage();
    storage.goals().save(goal2016());
    Event counted = conference2016();
    storage.events().saveAll(List.of(counted));
    Event listed =
        counted.withParticipation(
            new Participation.ByPerson(
                new TreeSet<>(List.of(new PersonRef("X-1"), new PersonRef("X-2")))));

    // when
    storage.events().saveAll(List.of(listed));
    long organisationRows = database.count("SELECT COUNT(*) FROM consortium_event_organisation");
    Event total = counted.withParticipation(new Participation.Total(0));
    storage.events().saveAll(List.of(total));

    // then
    assertThat(organisationRows).isZero();
    assertThat(storage.events().find(new EventId("2016-conference"))).contains(total);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_event_organisation")).isZero();
    assertThat(database.count("SELECT COUNT(*) FROM consortium_event_person")).isZero();
  }

  @Test
  void organisations_keep_the_order_they_were_given_in() {
    // given
    Storage storage = emptyStorage();
    storage.goals().save(goal2016());
    Event event =
        conference2016()
            .withParticipation(
                new Participation.ByOrganisation(
                    List.of(
                        new OrganisationParticipants("Västra Götalandsregionen", "SE", 3),
                        new OrganisationParticipants("Arendal kommune", "NO", 2),
                        new OrganisationParticipants("Aalborg Kommune", "DK", 4))));

    // when
    storage.events().save(event);

    // then
    assertThat(storage.events().find(event.id())).contains(event);
  }

  @Test
  void saving_a_meeting_again_keeps_its_decisions() {
    // given
    Storage storage = emptyStorage();
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
    storage.decisions().saveAll(List.of(decision("B1", 1), decision("B1", 2)));

    // when
    storage.meetings().saveAll(List.of(boardMeeting("B1", LocalDate.of(2016, 2, 2), deputy(1))));

    // then
    assertThat(storage.meetings().find(new MeetingId("B1")).orElseThrow().present())
        .containsExactly(deputy(1));
    assertThat(storage.decisions().ofMeeting(new MeetingId("B1"))).hasSize(2);
  }

  @Test
  void staff_saved_again_keep_exactly_the_new_projects_and_an_end_can_be_taken_back() {
    // given
    Storage storage = emptyStorage();
    StaffMember left =
        new StaffMember(
            new StaffId("S-1"),
            new PersonName("Åsa Öberg"),
            "projektledare",
            LocalDate.of(2014, 3, 1),
            Optional.of(LocalDate.of(2016, 6, 30)),
            new TreeSet<>(List.of("KOBRA", "ESF.2")));
    storage.staff().save(left);
    StaffMember stayed =
        new StaffMember(
            left.id(),
            left.name(),
            left.role(),
            left.started(),
            Optional.empty(),
            new TreeSet<>(List.of("Nordic_3")));

    // when
    storage.staff().saveAll(List.of(stayed));

    // then
    assertThat(storage.staff().find(new StaffId("S-1"))).contains(stayed);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_staff_project")).isEqualTo(1);
  }

  @Test
  void a_meeting_without_attendance_and_staff_without_projects_are_stored_whole() {
    // given
    Storage storage = emptyStorage();
    Meeting empty = boardMeeting("B0", LocalDate.of(2016, 1, 15));
    StaffMember noProjects =
        new StaffMember(
            new StaffId("S-0"),
            new PersonName("Bo Ek"),
            "ekonom",
            LocalDate.of(2016, 1, 1),
            Optional.empty(),
            new TreeSet<>());

    // when
    storage.meetings().save(empty);
    storage.staff().save(noProjects);

    // then
    assertThat(storage.meetings().find(empty.id())).contains(empty);
    try (Stream<Meeting> all = storage.meetings().stream()) {
      assertThat(all.toList()).containsExactly(empty);
    }
    assertThat(storage.staff().all()).containsExactly(noProjects);
  }

  // ---- batches

  @Test
  void a_decision_batch_naming_an_unknown_meeting_is_refused_and_writes_nothing() {
    // given
    Storage storage = emptyStorage();
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
    // the unknown meeting comes after the first chunk of 1000
    List<Decision> decisions = new ArrayList<>();
    for (int paragraph = 1; paragraph <= 1500; paragraph++) {
      decisions.add(decision("B1", paragraph));
    }
    decisions.add(decision("B-NONE", 1));

    // when / then
    assertThatThrownBy(() -> storage.decisions().saveAll(decisions))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("B-NONE")
        .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("meeting-not-found"));
    assertThat(storage.decisions().ofMeeting(new MeetingId("B1"))).isEmpty();
  }

  @Test
  void a_refused_batch_writes_nothing_even_when_the_transactions_caller_carries_on() {
    // given
    Storage storage = emptyStorage();
    List<Decision> decisions = new ArrayList<>();
    for (int paragraph = 1; paragraph <= 1200; paragraph++) {
      decisions.add(decision("B1", paragraph));
    }
    decisions.add(decision("B-NONE", 1));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      events.add(event("e" + i, Optional.of(goal2016().id()), new Participation.Total(i)));
    }
    events.add(event("e-last", Optional.of(new GoalId("NONE")), new Participation.Total(1)));

    // when
    storage
        .transactions()
        .inTransaction(
            () -> {
              storage.goals().save(goal2016());
              storage
                  .meetings()
                  .save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
              assertThatThrownBy(() -> storage.decisions().saveAll(decisions))
                  .isInstanceOf(NotFoundException.class);
              assertThatThrownBy(() -> storage.events().saveAll(events))
                  .isInstanceOf(NotFoundException.class)
                  .hasMessageContaining("NONE");
              return null;
            });

    // then
    assertThat(storage.meetings().find(new MeetingId("B1"))).isPresent();
    assertThat(database.count("SELECT COUNT(*) FROM consortium_decision")).isZero();
    assertThat(database.count("SELECT COUNT(*) FROM consortium_event")).isZero();
  }

  @Test
  void twenty_five_hundred_meetings_are_saved_and_replaced_in_a_few_batched_round_trips() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    List<Meeting> meetings = new ArrayList<>();
    LocalDate day = LocalDate.of(2016, 1, 1);
    for (int i = 0; i < 2500; i++) {
      meetings.add(boardMeeting("M" + i, day.plusDays(i % 366), firstOrdinary(1 + i % 8)));
    }
    counting.reset();

    // when
    storage.meetings().saveAll(meetings);
    int insertTrips = counting.roundTrips();
    counting.reset();
    storage.meetings().saveAll(meetings);
    int replaceTrips = counting.roundTrips();

    // then
    // per chunk of 1000: the key query, then one batch per statement; each save is one
    // transaction, which on PostgreSQL sets its isolation by a statement of its own
    assertThat(insertTrips).isLessThanOrEqualTo(3 * 3 + isolationStatements(1));
    assertThat(replaceTrips).isLessThanOrEqualTo(3 * 4 + isolationStatements(1));
    assertThat(database.count("SELECT COUNT(*) FROM consortium_meeting_attendance"))
        .isEqualTo(meetings.stream().mapToLong(m -> m.present().size()).sum());
    try (Stream<Meeting> all = storage.meetings().stream()) {
      assertThat(all.toList())
          .containsExactlyInAnyOrderElementsOf(meetings)
          .isSortedAccordingTo(
              Comparator.comparing((Meeting m) -> m.dates().start())
                  .thenComparing(m -> m.id().value()));
    }
  }

  @Test
  void saving_unchanged_governance_records_again_reads_them_and_writes_nothing() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      meetings.add(boardMeeting("M" + i, LocalDate.of(2016, 1, 1).plusDays(i), firstOrdinary(5)));
    }
    storage.boardTerms().save(board2016());
    storage.meetings().saveAll(meetings);
    counting.reset();

    // when
    storage.boardTerms().saveAll(List.of(board2016()));
    storage.meetings().saveAll(meetings);

    // then one query each reads what is stored (three for a term's parts); no batch runs
    assertThat(counting.batchedRows()).isZero();
    assertThat(counting.roundTrips()).isLessThanOrEqualTo(4 + isolationStatements(2));
  }

  /**
   * The statements that set the isolation of {@code transactions} transactions: on PostgreSQL one
   * each ({@code SET TRANSACTION}, counted here); elsewhere the driver's own calls, not counted.
   */
  private int isolationStatements(int transactions) {
    return vendor() == Vendor.POSTGRESQL ? transactions : 0;
  }

  // ---- ordering and texts

  @Test
  void ids_are_ordered_by_character_code_as_the_core_orders_them() {
    // given
    Storage storage = emptyStorage();
    LocalDate day = LocalDate.of(2016, 3, 1);
    List<String> ids = List.of("b", "B2", "a", "B-2", "B_2", "B", "A.1");
    ids.forEach(id -> storage.meetings().save(boardMeeting(id, day, firstOrdinary(5))));
    ids.forEach(
        id -> storage.goals().save(new Goal(new GoalId(id), Year.of(2016), "I", "Mål " + id)));
    List<String> expected = ids.stream().sorted().toList();

    // when
    List<String> meetings =
        storage.meetings().startingIn(YEAR_2016).stream().map(m -> m.id().value()).toList();
    List<String> goals =
        storage.goals().ofYear(Year.of(2016)).stream().map(g -> g.id().value()).toList();

    // then
    assertThat(expected).startsWith("A.1", "B", "B-2", "B2", "B_2", "a", "b");
    assertThat(meetings).containsExactlyElementsOf(expected);
    assertThat(goals).containsExactlyElementsOf(expected);
  }

  @Test
  void long_texts_and_names_in_any_script_are_stored_unchanged() {
    // given
    Storage storage = emptyStorage();
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
    Decision longest =
        new Decision(
            new DecisionId(new MeetingId("B1"), 1), "ä".repeat(2000), "Čohkkiras ŋ 森 ".repeat(100));
    StaffMember named =
        new StaffMember(
            new StaffId("S-1"),
            new PersonName("Sámi Đuolla 😀 " + "ö".repeat(180)),
            "samordnare",
            LocalDate.of(2016, 1, 1),
            Optional.empty(),
            new TreeSet<>());

    // when
    storage.decisions().save(longest);
    storage.staff().save(named);

    // then
    assertThat(storage.decisions().find(longest.id())).contains(longest);
    assertThat(storage.staff().find(named.id()).orElseThrow().name()).isEqualTo(named.name());
  }

  // ---- connections and transactions

  @Test
  void closing_a_governance_stream_read_only_in_part_gives_its_connection_back() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    storage.goals().save(goal2016());
    for (int i = 1; i <= 3; i++) {
      storage.meetings().save(boardMeeting("B" + i, LocalDate.of(2016, i, 1), firstOrdinary(5)));
      storage.decisions().save(decision("B" + i, 1));
      storage.events().save(event("e" + i, Optional.empty(), new Participation.Total(i)));
    }

    // when
    List<Integer> openWhileReading = new ArrayList<>();
    List<Supplier<Stream<?>>> streams =
        List.of(
            () -> storage.meetings().stream(),
            () -> storage.decisions().stream(),
            () -> storage.goals().stream(),
            () -> storage.events().stream());
    for (Supplier<Stream<?>> opening : streams) {
      try (Stream<?> stream = opening.get()) {
        Iterator<?> rows = stream.iterator();
        rows.next();
        openWhileReading.add(counting.open());
      }
    }

    // then
    assertThat(openWhileReading).containsExactly(1, 1, 1, 1);
    assertThat(counting.open()).isZero();
  }

  @Test
  void inside_a_transaction_every_governance_port_uses_the_transactions_connection() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    counting.reset();

    // when
    long events =
        storage
            .transactions()
            .inTransaction(
                () -> {
                  storage.boardTerms().save(board2016());
                  storage
                      .meetings()
                      .save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
                  storage.decisions().save(decision("B1", 1));
                  storage.goals().save(goal2016());
                  storage.events().save(conference2016());
                  storage
                      .staff()
                      .save(coordinator("S-1", LocalDate.of(2016, 1, 1), Optional.empty()));
                  storage.boardTerms().all();
                  storage.staff().all();
                  try (Stream<Event> stream = storage.events().stream()) {
                    return stream.count();
                  }
                });

    // then
    assertThat(events).isEqualTo(1);
    assertThat(counting.borrowed()).isEqualTo(1);
    assertThat(counting.open()).isZero();
  }

  @Test
  void a_failed_joined_governance_write_dooms_the_whole_transaction_even_when_caught() {
    // given
    Storage storage = emptyStorage();

    // when
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          storage.goals().save(goal2016());
                          try {
                            storage
                                .transactions()
                                .inTransaction(
                                    () -> {
                                      storage.decisions().save(decision("NONE", 1));
                                      return null;
                                    });
                          } catch (NotFoundException expected) {
                            // the caller swallows the failure of the joined unit
                          }
                          return null;
                        }))
        .isInstanceOf(DomainException.class)
        .satisfies(
            e -> assertThat(((DomainException) e).code()).isEqualTo("transaction-rolled-back"));

    // then
    assertThat(storage.goals().find(new GoalId("2016-I"))).isEmpty();
  }

  @Test
  void a_database_failure_in_a_governance_port_is_a_storage_failure_without_sql() {
    // given
    Storage storage = emptyStorage();
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
    database.execute("DROP TABLE consortium_decision");

    // when
    List<Throwable> failures = new ArrayList<>();
    for (Runnable operation :
        List.<Runnable>of(
            () -> storage.decisions().ofMeeting(new MeetingId("B1")),
            () -> storage.decisions().save(decision("B1", 1)),
            () -> {
              try (Stream<Decision> stream = storage.decisions().stream()) {
                stream.count();
              }
            })) {
      try {
        operation.run();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }

    // then
    assertThat(failures)
        .hasSize(3)
        .allSatisfy(
            e -> {
              assertThat(e)
                  .isExactlyInstanceOf(StorageFailureException.class)
                  .isNotInstanceOf(JdbiException.class);
              assertThat(((DomainException) e).code()).isEqualTo("storage-failure");
              assertThat(e.getMessage())
                  .doesNotContainIgnoringCase("select")
                  .doesNotContainIgnoringCase("consortium_decision")
                  .doesNotContainIgnoringCase("sql");
            });
  }

  // ---- schema migration

  @Test
  void upgrading_a_membership_schema_adds_the_governance_tables_and_keeps_the_members()
      throws SQLException {
    // given a database migrated by the previous release: V1 only, with a member
    Schema.configuration(database.dataSource(), JdbcAdapter.HISTORY_TABLE)
        .target("1")
        .load()
        .migrate();
    database.execute(
        "INSERT INTO consortium_member"
            + " (organisation_number, name, kind, joined_on, left_on, version)"
            + " VALUES ('"
            + organisationNumber(1).value()
            + "', 'Skövde kommun', 'MUNICIPALITY', DATE '2010-01-01', NULL, 3)",
        "INSERT INTO consortium_member_municipality (organisation_number, municipality_code)"
            + " VALUES ('"
            + organisationNumber(1).value()
            + "', '1496')");
    assertThat(database.tableNames()).doesNotContain("consortium_meeting");

    // when
    Storage storage = JdbcAdapter.create(database.dataSource());

    // then
    assertThat(storage.members().find(organisationNumber(1)))
        .hasValueSatisfying(
            member -> {
              assertThat(member.name()).isEqualTo("Skövde kommun");
              assertThat(member.version()).isEqualTo(3);
            });
    storage.meetings().save(boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(5)));
    assertThat(storage.meetings().find(new MeetingId("B1"))).isPresent();
    assertThat(
            Schema.configuration(database.dataSource(), JdbcAdapter.HISTORY_TABLE)
                .load()
                .info()
                .applied())
        .extracting(info -> info.getVersion().getVersion())
        .containsExactly("1", "2", "3", "5", "6", "7", "8");
  }

  // ---- the core, wired as the README shows

  @Test
  void the_core_wired_with_the_adapter_refuses_a_decision_of_a_meeting_without_quorum() {
    // given
    Storage storage = JdbcAdapter.create(database.dataSource());
    Consortium consortium = Consortium.builder().storage(storage).build();
    storage.boardTerms().save(board2016());
    // P-5 to P-8 absent; deputy D-1 stands in for one of them
    PersonRef[] fourAndADeputy = {ordinary(1), ordinary(2), ordinary(3), ordinary(4), deputy(1)};
    storage
        .meetings()
        .saveAll(
            List.of(
                boardMeeting("B1", LocalDate.of(2016, 2, 1), firstOrdinary(4)),
                boardMeeting("B2", LocalDate.of(2016, 3, 1), fourAndADeputy)));

    // when
    assertThatThrownBy(
            () ->
                consortium
                    .governance()
                    .recordDecision(new RecordDecisionCommand("B1", 1, "Budget", "Antogs")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("4 of 8");
    consortium.governance().recordDecision(new RecordDecisionCommand("B2", 1, "Budget", "Antogs"));
    GovernanceFigures figures = consortium.governance().figures(2016);

    // then
    assertThat(figures.decisions()).isEqualTo(1);
    assertThat(figures.boardMeetings()).isEqualTo(2);
    assertThat(storage.decisions().ofMeeting(new MeetingId("B1"))).isEmpty();
  }

  /** An event like the 2016 conference with another id, goal and participation. */
  private static Event event(String id, Optional<GoalId> goal, Participation participation) {
    Event conference = conference2016();
    return new Event(
        new EventId(id),
        conference.kind(),
        conference.name(),
        conference.dates(),
        conference.place(),
        conference.country(),
        conference.organiser(),
        goal,
        participation);
  }
}
