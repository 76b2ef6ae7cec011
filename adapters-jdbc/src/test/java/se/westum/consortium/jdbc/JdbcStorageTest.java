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

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.MemberBuilder.aMember;
import static se.westum.consortium.testing.MemberBuilder.organisationNumber;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.port.in.RecordPaymentCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;
import se.westum.consortium.domain.shared.StorageFailureException;
import se.westum.consortium.testing.StorageContract;

/**
 * The storage contract plus what only a database adapter must show: racing changes, batching,
 * schema history, connection handling and error translation. Run once per {@link Vendor}, on a
 * fresh database for each test.
 */
abstract class JdbcStorageTest extends StorageContract {

  private static final Year Y2016 = Year.of(2016);

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

  private static Money sek(String amount) {
    return Money.of(amount, "SEK");
  }

  // ---- optimistic locking with real threads

  @Test
  void of_two_concurrent_changes_to_the_same_member_exactly_one_wins() throws Exception {
    Storage storage = emptyStorage();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= 5; round++) {
        // given
        OrganisationNumber id =
            storage.members().add(aMember().numbered(round).build()).organisationNumber();
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);

        // when
        List<Future<Member>> changes = new ArrayList<>();
        for (String name : List.of("Changed by A", "Changed by B")) {
          changes.add(
              threads.submit(
                  () ->
                      storage
                          .transactions()
                          .inTransaction(
                              () -> {
                                Member read = storage.members().find(id).orElseThrow();
                                assertThat(read.version()).isEqualTo(1);
                                awaitBoth(bothHaveRead);
                                return storage
                                    .members()
                                    .update(
                                        read.changedTo(
                                            name, read.kind(), read.covers(), read.period()));
                              })));
        }
        List<Member> winners = new ArrayList<>();
        List<Throwable> losers = new ArrayList<>();
        for (Future<Member> change : changes) {
          try {
            winners.add(change.get(60, SECONDS));
          } catch (ExecutionException e) {
            losers.add(e.getCause());
          }
        }

        // then
        assertThat(winners).as("round %d winners", round).hasSize(1);
        assertThat(losers).as("round %d losers", round).hasSize(1);
        assertThat(losers.get(0))
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining(id.value());
        assertThat(((ConflictException) losers.get(0)).code()).isEqualTo("version-conflict");
        Member stored = storage.members().find(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.name()).isEqualTo(winners.get(0).name());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static void awaitBoth(CyclicBarrier barrier) {
    try {
      barrier.await(30, SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other change never read the member", e);
    }
  }

  // ---- bulk writes

  @Test
  void five_thousand_members_are_saved_in_a_few_batched_round_trips(TestReporter reporter) {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      members.add(
          i % 10 == 0
              ? aMember()
                  .numbered(i)
                  .named("Förbund " + i)
                  .federationCovering("1460", "1438")
                  .build()
              : aMember().numbered(i).named("Kommun " + i).build());
    }
    counting.reset();

    // when
    long start = System.nanoTime();
    Saved added = storage.members().saveAll(members);
    Duration inserting = Duration.ofNanos(System.nanoTime() - start);
    int insertTrips = counting.roundTrips();
    counting.reset();
    start = System.nanoTime();
    Saved again = storage.members().saveAll(members);
    Duration comparing = Duration.ofNanos(System.nanoTime() - start);
    int sameTrips = counting.roundTrips();
    int sameRows = counting.batchedRows();
    List<Member> renamed =
        members.stream()
            .map(m -> m.changedTo(m.name() + " (ny)", m.kind(), m.covers(), m.period()))
            .toList();
    counting.reset();
    start = System.nanoTime();
    Saved changed = storage.members().saveAll(renamed);
    Duration updating = Duration.ofNanos(System.nanoTime() - start);

    // then
    assertThat(added).isEqualTo(new Saved(5000, 0, 0));
    assertThat(again).isEqualTo(new Saved(0, 0, 5000));
    assertThat(changed).isEqualTo(new Saved(0, 5000, 0));
    // per chunk of 1000: one query of the stored members, then one batch per statement
    assertThat(insertTrips).isLessThanOrEqualTo(5 * 3 + 2);
    // unchanged members: only the reading query per chunk, nothing written
    assertThat(sameTrips).isLessThanOrEqualTo(5 + 2);
    assertThat(sameRows).isZero();
    assertThat(counting.roundTrips()).isLessThanOrEqualTo(5 * 4 + 2);
    // updated: 5000 member rows, 5000 coverage deletions, 5500 covered municipalities
    assertThat(counting.batchedRows()).isEqualTo(5000 + 5000 + 5500);
    assertThat(storage.members().find(organisationNumber(4990)).orElseThrow().version())
        .isEqualTo(2);
    assertThat(storage.members().list(PageRequest.first(1)).total()).isEqualTo(5000);
    assertThat(storage.members().find(organisationNumber(4990)).orElseThrow().covers()).hasSize(2);
    String timings =
        String.format(
            "%s: saveAll of 5000 new members %d ms, of the same 5000 again (unchanged) %d ms,"
                + " of 5000 renamed (updates) %d ms",
            vendor(), inserting.toMillis(), comparing.toMillis(), updating.toMillis());
    reporter.publishEntry("batch timings", timings);
    // Surefire drops report entries; the console keeps the figures for the build log
    System.out.println(timings);
  }

  @Test
  void a_fee_batch_naming_an_unknown_member_is_refused_and_writes_nothing() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());

    // when / then
    assertThatThrownBy(
            () ->
                storage
                    .annualFees()
                    .putAll(
                        List.of(
                            new AnnualFee(organisationNumber(1), Y2016, sek("100")),
                            new AnnualFee(organisationNumber(8), Y2016, sek("100")))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(organisationNumber(8).value());
    assertThat(storage.annualFees().ofYear(Y2016)).isEmpty();
  }

  @Test
  void a_payment_batch_naming_an_unknown_member_is_refused_and_writes_nothing() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    LocalDate day = LocalDate.of(2016, 5, 1);

    // when / then
    assertThatThrownBy(
            () ->
                storage
                    .payments()
                    .recordAll(
                        List.of(
                            new Payment(organisationNumber(1), Y2016, day, sek("5")),
                            new Payment(organisationNumber(8), Y2016, day, sek("5")))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(organisationNumber(8).value());
    assertThat(storage.payments().ofYear(Y2016)).isEmpty();
  }

  @Test
  void
      a_refused_fee_or_payment_batch_writes_nothing_even_when_the_transactions_caller_carries_on() {
    // given members 0..1199, and batches whose unknown member comes after the first chunk of 1000
    Storage storage = emptyStorage();
    List<Member> members = new ArrayList<>();
    List<AnnualFee> fees = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      members.add(aMember().numbered(i).build());
      fees.add(new AnnualFee(organisationNumber(i), Y2016, sek("10")));
      payments.add(new Payment(organisationNumber(i), Y2016, LocalDate.of(2016, 3, 1), sek("10")));
    }
    storage.members().saveAll(members);
    fees.add(new AnnualFee(organisationNumber(9999), Y2016, sek("10")));
    payments.add(new Payment(organisationNumber(9999), Y2016, LocalDate.of(2016, 3, 1), sek("10")));

    // when
    storage
        .transactions()
        .inTransaction(
            () -> {
              assertThatThrownBy(() -> storage.annualFees().putAll(fees))
                  .isInstanceOf(NotFoundException.class);
              assertThatThrownBy(() -> storage.payments().recordAll(payments))
                  .isInstanceOf(NotFoundException.class);
              return null;
            });

    // then
    assertThat(storage.annualFees().ofYear(Y2016)).isEmpty();
    assertThat(storage.payments().ofYear(Y2016)).isEmpty();
  }

  @Test
  void a_change_of_coverage_keeps_exactly_the_new_municipalities() {
    // given
    Storage storage = emptyStorage();
    Member federation =
        storage
            .members()
            .add(aMember().numbered(1).federationCovering("1460", "1438", "1439").build());

    // when
    Member updated =
        storage
            .members()
            .update(
                federation.changedTo(
                    federation.name(),
                    MemberKind.FEDERATION,
                    codes("1460", "1443"),
                    federation.period()));
    storage
        .members()
        .saveAll(
            List.of(
                aMember().numbered(1).federationCovering("1443", "1496").build(),
                aMember().numbered(2).build()));

    // then
    assertThat(updated.covers()).containsExactlyElementsOf(codes("1443", "1460"));
    assertThat(storage.members().find(organisationNumber(1)).orElseThrow().covers())
        .containsExactlyElementsOf(codes("1443", "1496"));
  }

  @Test
  void money_keeps_its_decimals_and_currency_up_to_the_largest_amount() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    AnnualFee largest =
        new AnnualFee(organisationNumber(1), Y2016, Money.of("999999999999.99", "EUR"));
    Payment cents =
        new Payment(
            organisationNumber(1), Y2016, LocalDate.of(2016, 2, 29), Money.of("0.01", "NOK"));

    // when
    storage.annualFees().put(largest);
    storage.payments().record(cents);

    // then
    assertThat(storage.annualFees().find(organisationNumber(1), Y2016)).contains(largest);
    assertThat(storage.payments().ofYear(Y2016)).containsExactly(cents);
    assertThat(storage.payments().record(cents)).isFalse();
  }

  @Test
  void a_name_in_any_script_is_stored_unchanged() {
    // given
    Storage storage = emptyStorage();
    String name = "Sámediggi – Čohkkiras ŋ Đ 森 😀";

    // when
    storage.members().add(aMember().numbered(1).named(name).build());

    // then
    assertThat(storage.members().find(organisationNumber(1)).orElseThrow().name()).isEqualTo(name);
  }

  @Test
  void pages_hold_whole_members_with_all_their_municipalities() {
    // given
    Storage storage = emptyStorage();
    for (int i = 1; i <= 5; i++) {
      storage
          .members()
          .add(aMember().numbered(i).federationCovering("1460", "1438", "1439").build());
    }

    // when
    Page<Member> page = storage.members().list(new PageRequest(1, 2));

    // then
    assertThat(page.items())
        .extracting(Member::organisationNumber)
        .containsExactly(organisationNumber(3), organisationNumber(4));
    assertThat(page.items()).allSatisfy(member -> assertThat(member.covers()).hasSize(3));
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void a_long_stream_gives_every_member_once_with_its_coverage_in_order() {
    // given
    Storage storage = emptyStorage();
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      members.add(
          i % 3 == 0
              ? aMember().numbered(i).federationCovering("1460", "1438", "1439").build()
              : aMember().numbered(i).build());
    }
    storage.members().saveAll(members);

    // when
    List<Member> streamed;
    try (Stream<Member> stream = storage.members().stream()) {
      streamed = stream.toList();
    }

    // then
    assertThat(streamed)
        .containsExactlyElementsOf(members.stream().map(m -> m.withVersion(1)).toList());
  }

  // ---- transactions and connections

  @Test
  void inside_a_transaction_every_port_uses_the_transactions_connection() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    counting.reset();

    // when
    long members =
        storage
            .transactions()
            .inTransaction(
                () -> {
                  storage.members().add(aMember().numbered(1).build());
                  storage.annualFees().put(new AnnualFee(organisationNumber(1), Y2016, sek("10")));
                  storage
                      .payments()
                      .record(
                          new Payment(
                              organisationNumber(1), Y2016, LocalDate.of(2016, 1, 5), sek("10")));
                  storage.members().list(PageRequest.first(10));
                  try (Stream<Member> stream = storage.members().stream()) {
                    return stream.count();
                  }
                });

    // then
    assertThat(members).isEqualTo(1);
    assertThat(counting.borrowed()).isEqualTo(1);
    assertThat(counting.open()).isZero();
    assertThat(storage.payments().ofYear(Y2016)).hasSize(1);
  }

  @Test
  void outside_a_transaction_every_operation_gives_its_connection_back() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);

    // when
    storage.members().add(aMember().numbered(1).build());
    storage.members().saveAll(List.of(aMember().numbered(2).build()));
    storage.annualFees().put(new AnnualFee(organisationNumber(1), Y2016, sek("10")));
    storage
        .payments()
        .record(new Payment(organisationNumber(1), Y2016, LocalDate.of(2016, 1, 5), sek("10")));
    storage.members().find(organisationNumber(1));
    storage.members().list(PageRequest.first(10));
    storage.annualFees().ofMember(organisationNumber(1));
    storage.payments().ofYear(Y2016);
    assertThatThrownBy(() -> storage.members().add(aMember().numbered(1).build()))
        .isInstanceOf(ConflictException.class);

    // then
    assertThat(counting.open()).isZero();
  }

  @Test
  void closing_a_stream_read_only_in_part_gives_its_connection_back() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    for (int i = 1; i <= 3; i++) {
      storage.members().add(aMember().numbered(i).build());
      storage.annualFees().put(new AnnualFee(organisationNumber(i), Y2016, sek("10")));
      storage
          .payments()
          .record(new Payment(organisationNumber(i), Y2016, LocalDate.of(2016, 1, 5), sek("10")));
    }

    // when
    List<Integer> openWhileReading = new ArrayList<>();
    List<Supplier<Stream<?>>> streams =
        List.of(
            () -> storage.members().stream(),
            () -> storage.annualFees().stream(),
            () -> storage.payments().stream());
    for (Supplier<Stream<?>> opening : streams) {
      try (Stream<?> stream = opening.get()) {
        Iterator<?> rows = stream.iterator();
        rows.next();
        openWhileReading.add(counting.open());
      }
    }

    // then
    assertThat(openWhileReading).containsExactly(1, 1, 1);
    assertThat(counting.open()).isZero();
  }

  @Test
  void a_failed_nested_unit_of_work_rolls_back_the_outer_one_even_when_its_failure_is_caught() {
    // given
    Storage storage = emptyStorage();

    // when
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          storage.members().add(aMember().numbered(1).build());
                          try {
                            storage
                                .transactions()
                                .inTransaction(
                                    () -> {
                                      storage.members().add(aMember().numbered(2).build());
                                      throw new IllegalStateException("inner fails");
                                    });
                          } catch (IllegalStateException expected) {
                            // the caller carries on as if nothing happened
                          }
                          return null;
                        }))
        .isInstanceOf(DomainException.class)
        .satisfies(
            e -> assertThat(((DomainException) e).code()).isEqualTo("transaction-rolled-back"));

    // then
    assertThat(storage.members().find(organisationNumber(1))).isEmpty();
    assertThat(storage.members().find(organisationNumber(2))).isEmpty();
  }

  // ---- errors

  @Test
  void a_database_failure_reaches_the_caller_as_a_storage_failure_without_sql() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    database.execute("DROP TABLE consortium_payment");

    // when
    List<Throwable> failures = new ArrayList<>();
    for (Runnable operation :
        List.<Runnable>of(
            () -> storage.payments().ofYear(Y2016),
            () ->
                storage
                    .payments()
                    .record(
                        new Payment(
                            organisationNumber(1), Y2016, LocalDate.of(2016, 1, 5), sek("1"))),
            () -> {
              try (Stream<Payment> stream = storage.payments().stream()) {
                stream.count();
              }
            },
            () ->
                storage
                    .transactions()
                    .inTransaction(() -> storage.payments().ofMember(organisationNumber(1))))) {
      try {
        operation.run();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }

    // then
    assertThat(failures)
        .hasSize(4)
        .allSatisfy(
            e -> {
              assertThat(e)
                  .isExactlyInstanceOf(StorageFailureException.class)
                  .isNotInstanceOf(JdbiException.class);
              assertThat(((DomainException) e).code()).isEqualTo("storage-failure");
              assertThat(e.getMessage())
                  .doesNotContainIgnoringCase("select")
                  .doesNotContainIgnoringCase("insert")
                  .doesNotContainIgnoringCase("consortium_payment")
                  .doesNotContainIgnoringCase("sql");
            });
  }

  // ---- schema migration

  @Test
  void the_schema_history_is_kept_apart_from_a_hosts_flyway_history_which_stays_untouched() {
    // given a host application that migrates its own tables with Flyway's default history
    Flyway host =
        Flyway.configure()
            .dataSource(database.dataSource())
            .locations("classpath:se/westum/consortium/jdbc/host")
            .load();
    host.migrate();
    List<String> hostHistory = applied(host);

    // when
    JdbcAdapter.create(database.dataSource());

    // then
    assertThat(applied(host)).isEqualTo(hostHistory).containsExactly("1 host invoice");
    host.validate();
    assertThat(host.migrate().migrationsExecuted).isZero();
    assertThat(applied(ours()))
        .containsExactly(
            "1 membership",
            "2 governance",
            "3 projects",
            "5 training",
            "6 project goals",
            "7 budget revision",
            "8 training goal");
    assertThat(database.tableNames())
        .contains(
            "flyway_schema_history",
            "consortium_schema_history",
            "host_invoice",
            "consortium_member",
            "consortium_member_municipality",
            "consortium_annual_fee",
            "consortium_payment",
            "consortium_board_term",
            "consortium_meeting",
            "consortium_decision",
            "consortium_goal",
            "consortium_event",
            "consortium_staff");
  }

  @Test
  void creating_the_adapter_twice_on_the_same_database_is_harmless() {
    // given
    JdbcAdapter.create(database.dataSource())
        .members()
        .add(aMember().numbered(1).named("Kept").build());

    // when
    Storage again = JdbcAdapter.create(database.dataSource());

    // then
    assertThat(again.members().find(organisationNumber(1)).orElseThrow().name()).isEqualTo("Kept");
    assertThat(applied(ours()))
        .containsExactly(
            "1 membership",
            "2 governance",
            "3 projects",
            "5 training",
            "6 project goals",
            "7 budget revision",
            "8 training goal");
    assertThat(database.tableNames())
        .contains("consortium_schema_history")
        .doesNotContain("flyway_schema_history");
  }

  private Flyway ours() {
    try {
      return Schema.configuration(database.dataSource(), JdbcAdapter.HISTORY_TABLE).load();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> applied(Flyway flyway) {
    return Stream.of(flyway.info().applied())
        .filter(info -> info.getVersion() != null && !info.getVersion().getVersion().equals("0"))
        .map(JdbcStorageTest::describe)
        .toList();
  }

  private static String describe(MigrationInfo info) {
    return info.getVersion() + " " + info.getDescription().toLowerCase(Locale.ROOT);
  }

  // ---- the core, wired as the README shows

  @Test
  void the_core_wired_with_the_adapter_counts_a_member_that_paid_its_fee() {
    // given
    Consortium consortium =
        Consortium.builder()
            .storage(JdbcAdapter.create(database.dataSource()))
            .clock(
                Clock.fixed(Instant.parse("2016-12-31T12:00:00Z"), ZoneId.of("Europe/Stockholm")))
            .build();
    String skovde = organisationNumber(1).value();

    // when
    consortium
        .membership()
        .register(
            new RegisterMemberCommand(
                skovde,
                "Skövde kommun",
                MemberKind.MUNICIPALITY,
                List.of("1496"),
                LocalDate.of(2010, 1, 1),
                null));
    consortium
        .membership()
        .setFee(new SetAnnualFeeCommand(skovde, 2016, new BigDecimal("10000"), "SEK"));
    consortium
        .membership()
        .recordPayment(
            new RecordPaymentCommand(
                skovde, 2016, LocalDate.of(2016, 3, 1), new BigDecimal("10000.00"), "SEK"));
    MembershipFigures figures = consortium.membership().figures(MembershipFiguresQuery.of(2016));

    // then
    assertThat(figures.payingMembers()).isEqualTo(1);
    assertThat(figures.municipalitiesCovered()).isEqualTo(1);
  }

  private static List<MunicipalityCode> codes(String... codes) {
    return Stream.of(codes).map(MunicipalityCode::new).toList();
  }
}
