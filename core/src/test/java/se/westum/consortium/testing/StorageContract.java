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
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.westum.consortium.testing.MemberBuilder.aMember;
import static se.westum.consortium.testing.MemberBuilder.organisationNumber;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.CountyCode;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.membership.internal.MembershipCount;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;

/**
 * The contract of the storage ports, written once and run by every implementation: the in-memory
 * fake here, and the JDBC adapter on H2, PostgreSQL and MariaDB. An implementation extends this
 * class and returns a fresh, empty storage from {@link #emptyStorage()}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class StorageContract {

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  private static final Year Y2016 = Year.of(2016);

  private static Money sek(String amount) {
    return Money.of(amount, "SEK");
  }

  @Test
  void an_added_member_is_found_with_version_1_and_all_its_fields() {
    // given
    Storage storage = emptyStorage();
    Member federation =
        aMember()
            .numbered(7)
            .named("Dalslands kommunalförbund")
            .federationCovering("1460", "1438", "1439")
            .joined(LocalDate.of(2009, 3, 1))
            .left(LocalDate.of(2017, 6, 30))
            .build();

    // when
    Member stored = storage.members().add(federation);

    // then
    assertThat(stored.version()).isEqualTo(1);
    assertThat(storage.members().find(federation.organisationNumber())).contains(stored);
    assertThat(stored.covers())
        .extracting(Object::toString)
        .containsExactly("1438", "1439", "1460");
  }

  @Test
  void an_unknown_member_is_not_found() {
    assertThat(emptyStorage().members().find(organisationNumber(99))).isEmpty();
  }

  @Test
  void adding_a_member_twice_is_a_conflict() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());

    // when / then
    assertThatThrownBy(() -> storage.members().add(aMember().numbered(1).build()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(organisationNumber(1).value());
  }

  @Test
  void an_update_at_the_current_version_is_stored_with_the_next_version() {
    // given
    Storage storage = emptyStorage();
    Member stored = storage.members().add(aMember().numbered(1).build());

    // when
    Member updated = storage.members().update(stored.endedOn(LocalDate.of(2016, 12, 31)));

    // then
    assertThat(updated.version()).isEqualTo(2);
    assertThat(storage.members().find(stored.organisationNumber()).orElseThrow().period().left())
        .contains(LocalDate.of(2016, 12, 31));
  }

  @Test
  void an_update_at_a_stale_version_is_a_conflict_naming_the_member_and_changes_nothing() {
    // given
    Storage storage = emptyStorage();
    Member read = storage.members().add(aMember().numbered(1).named("First").build());
    storage.members().update(read.changedTo("Second", read.kind(), read.covers(), read.period()));

    // when / then
    assertThatThrownBy(
            () ->
                storage
                    .members()
                    .update(read.changedTo("Third", read.kind(), read.covers(), read.period())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(organisationNumber(1).value())
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo("version-conflict");
    assertThat(storage.members().find(read.organisationNumber()).orElseThrow().name())
        .isEqualTo("Second");
  }

  @Test
  void updating_an_unknown_member_is_not_found() {
    Storage storage = emptyStorage();
    assertThatThrownBy(() -> storage.members().update(aMember().numbered(5).build().withVersion(1)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void members_are_listed_in_pages_ordered_by_organisation_number() {
    // given
    Storage storage = emptyStorage();
    for (int i : new int[] {5, 1, 4, 2, 3}) {
      storage.members().add(aMember().numbered(i).build());
    }

    // when
    Page<Member> second = storage.members().list(new PageRequest(1, 2));

    // then
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.items())
        .extracting(Member::organisationNumber)
        .containsExactly(organisationNumber(3), organisationNumber(4));
    assertThat(storage.members().list(new PageRequest(2, 2)).items()).hasSize(1);
  }

  @Test
  void streaming_members_returns_them_all_in_order() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(2).build());
    storage.members().add(aMember().numbered(1).build());

    // when
    List<Member> all;
    try (Stream<Member> stream = storage.members().stream()) {
      all = stream.toList();
    }

    // then
    assertThat(all)
        .extracting(Member::organisationNumber)
        .containsExactly(organisationNumber(1), organisationNumber(2));
  }

  @Test
  void saving_the_same_members_twice_inserts_once_and_then_rewrites_nothing() {
    // given more members than one chunk holds
    Storage storage = emptyStorage();
    List<Member> batch = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      batch.add(aMember().numbered(i).named("Member " + i).build());
    }

    // when
    Saved firstTime = storage.members().saveAll(batch);
    Saved secondTime = storage.members().saveAll(batch);

    // then
    assertThat(firstTime).isEqualTo(new Saved(1200, 0, 0));
    assertThat(secondTime).isEqualTo(new Saved(0, 0, 1200));
    assertThat(storage.members().list(PageRequest.first(10)).total()).isEqualTo(1200);
    assertThat(storage.members().find(organisationNumber(777)).orElseThrow().version())
        .isEqualTo(1);
  }

  @Test
  void saving_members_rewrites_only_the_changed_ones_and_bumps_only_their_versions() {
    // given
    Storage storage = emptyStorage();
    storage
        .members()
        .saveAll(List.of(aMember().numbered(1).build(), aMember().numbered(2).build()));

    // when
    Saved saved =
        storage
            .members()
            .saveAll(
                List.of(
                    aMember().numbered(1).build(),
                    aMember().numbered(2).named("Renamed").build(),
                    aMember().numbered(3).build()));

    // then
    assertThat(saved).isEqualTo(new Saved(1, 1, 1));
    assertThat(storage.members().find(organisationNumber(1)).orElseThrow().version()).isEqualTo(1);
    Member renamed = storage.members().find(organisationNumber(2)).orElseThrow();
    assertThat(renamed.name()).isEqualTo("Renamed");
    assertThat(renamed.version()).isEqualTo(2);
  }

  @Test
  void a_member_whose_coverage_changed_is_changed() {
    // given
    Storage storage = emptyStorage();
    storage.members().saveAll(List.of(aMember().numbered(1).build()));
    Member moved = aMember().numbered(1).coveringMunicipalities("1480").build();

    // when
    Saved saved = storage.members().saveAll(List.of(moved));

    // then
    assertThat(saved).isEqualTo(new Saved(0, 1, 0));
    assertThat(storage.members().find(organisationNumber(1)).orElseThrow().covers())
        .containsExactly(new MunicipalityCode("1480"));
  }

  @Test
  void a_fee_is_put_once_per_member_and_year_and_replaced_by_a_new_one() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());

    // when
    storage.annualFees().put(new AnnualFee(organisationNumber(1), Y2016, sek("10000")));
    storage.annualFees().put(new AnnualFee(organisationNumber(1), Y2016, sek("12500.50")));
    storage.annualFees().put(new AnnualFee(organisationNumber(1), Year.of(2015), sek("9000")));

    // then
    assertThat(storage.annualFees().find(organisationNumber(1), Y2016))
        .contains(new AnnualFee(organisationNumber(1), Y2016, sek("12500.50")));
    assertThat(storage.annualFees().ofYear(Y2016)).hasSize(1);
    assertThat(storage.annualFees().ofMember(organisationNumber(1)))
        .extracting(AnnualFee::year)
        .containsExactly(Year.of(2015), Y2016);
  }

  @Test
  void fees_put_in_bulk_replace_by_member_and_year() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    storage.members().add(aMember().numbered(2).build());

    // when
    Saved first =
        storage
            .annualFees()
            .putAll(
                List.of(
                    new AnnualFee(organisationNumber(1), Y2016, sek("100")),
                    new AnnualFee(organisationNumber(2), Y2016, sek("200"))));
    Saved second =
        storage
            .annualFees()
            .putAll(
                List.of(
                    new AnnualFee(organisationNumber(1), Y2016, sek("100")),
                    new AnnualFee(organisationNumber(2), Y2016, sek("250"))));

    // then
    assertThat(first).isEqualTo(new Saved(2, 0, 0));
    assertThat(second).isEqualTo(new Saved(0, 1, 1));
    List<AnnualFee> all;
    try (Stream<AnnualFee> stream = storage.annualFees().stream()) {
      all = stream.toList();
    }
    assertThat(all)
        .containsExactly(
            new AnnualFee(organisationNumber(1), Y2016, sek("100")),
            new AnnualFee(organisationNumber(2), Y2016, sek("250")));
  }

  @Test
  void a_fee_for_an_unknown_member_is_refused() {
    Storage storage = emptyStorage();
    assertThatThrownBy(
            () -> storage.annualFees().put(new AnnualFee(organisationNumber(9), Y2016, sek("1"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_same_payment_is_recorded_once() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    Payment payment =
        new Payment(organisationNumber(1), Y2016, LocalDate.of(2016, 3, 1), sek("5000"));

    // when
    boolean first = storage.payments().record(payment);
    boolean again = storage.payments().record(payment);

    // then
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(storage.payments().ofMember(organisationNumber(1))).containsExactly(payment);
  }

  @Test
  void payments_recorded_in_bulk_skip_those_already_recorded_and_keep_instalments_apart() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    storage.members().add(aMember().numbered(2).build());
    Payment first = new Payment(organisationNumber(1), Y2016, LocalDate.of(2016, 3, 1), sek("50"));
    Payment second = new Payment(organisationNumber(1), Y2016, LocalDate.of(2016, 9, 1), sek("50"));
    Payment other =
        new Payment(organisationNumber(2), Year.of(2015), LocalDate.of(2015, 2, 1), sek("75.25"));
    storage.payments().record(first);

    // when
    Saved saved = storage.payments().recordAll(List.of(first, second, other));

    // then
    assertThat(saved).isEqualTo(new Saved(2, 0, 1));
    assertThat(storage.payments().ofYear(Y2016)).containsExactly(first, second);
    try (Stream<Payment> stream = storage.payments().stream()) {
      assertThat(stream.toList()).containsExactly(first, second, other);
    }
  }

  @Test
  void a_payment_for_an_unknown_member_is_refused() {
    Storage storage = emptyStorage();
    Payment payment = new Payment(organisationNumber(9), Y2016, LocalDate.of(2016, 3, 1), sek("1"));
    assertThatThrownBy(() -> storage.payments().record(payment))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_transaction_that_returns_commits_everything() {
    // given
    Storage storage = emptyStorage();

    // when
    storage
        .transactions()
        .inTransaction(
            () -> {
              storage.members().add(aMember().numbered(1).build());
              storage.annualFees().put(new AnnualFee(organisationNumber(1), Y2016, sek("10")));
              return null;
            });

    // then
    assertThat(storage.members().find(organisationNumber(1))).isPresent();
    assertThat(storage.annualFees().find(organisationNumber(1), Y2016)).isPresent();
  }

  @Test
  void a_transaction_that_throws_writes_nothing() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).named("Before").build());

    // when
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          Member m = storage.members().find(organisationNumber(1)).orElseThrow();
                          storage
                              .members()
                              .update(m.changedTo("After", m.kind(), m.covers(), m.period()));
                          storage.members().add(aMember().numbered(2).build());
                          storage
                              .annualFees()
                              .put(new AnnualFee(organisationNumber(2), Y2016, sek("10")));
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");

    // then
    assertThat(storage.members().find(organisationNumber(1)).orElseThrow().name())
        .isEqualTo("Before");
    assertThat(storage.members().find(organisationNumber(2))).isEmpty();
    assertThat(storage.annualFees().ofYear(Y2016)).isEmpty();
  }

  @Test
  void a_nested_transaction_joins_the_outer_one() {
    // given
    Storage storage = emptyStorage();

    // when
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          storage
                              .transactions()
                              .inTransaction(
                                  () -> storage.members().add(aMember().numbered(1).build()));
                          throw new IllegalStateException("outer fails");
                        }))
        .hasMessage("outer fails");

    // then
    assertThat(storage.members().find(organisationNumber(1))).isEmpty();
  }

  @Test
  void a_failed_joined_unit_dooms_the_whole_transaction_even_when_caught() {
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
                                    () -> storage.members().add(aMember().numbered(1).build()));
                          } catch (ConflictException expected) {
                            // the caller swallows the failure of the joined unit
                          }
                          return null;
                        }))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("transaction-rolled-back");

    // then
    assertThat(storage.members().find(organisationNumber(1))).isEmpty();
  }

  @Test
  void a_bulk_write_naming_an_unknown_member_writes_nothing() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    List<AnnualFee> fees =
        List.of(
            new AnnualFee(organisationNumber(1), Y2016, sek("1")),
            new AnnualFee(organisationNumber(2), Y2016, sek("1")));

    // when / then
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          storage.annualFees().putAll(fees);
                          return null;
                        }))
        .isInstanceOf(NotFoundException.class);
    assertThat(storage.annualFees().ofYear(Y2016)).isEmpty();
  }

  @Test
  void the_membership_figures_folded_from_the_storage_agree_with_the_count_over_its_records() {
    // given members paid in full in two payments, short, over, not at all, only for another year,
    // in two currencies, and one paying without a fee
    Storage storage = emptyStorage();
    String[][] covers = {
      {"1496", "1401"}, {"1380"}, {"1490", "1496"}, {"1480"}, {"1384"}, {"1493"}, {"0180"}
    };
    for (int n = 1; n <= covers.length; n++) {
      MemberBuilder member = aMember().numbered(n);
      member =
          covers[n - 1].length == 1
              ? member.coveringMunicipalities(covers[n - 1])
              : member.federationCovering(covers[n - 1]);
      storage.members().add(member.build());
    }
    for (int n = 1; n <= 6; n++) {
      storage.annualFees().put(new AnnualFee(organisationNumber(n), Y2016, sek("1000")));
    }
    storage.annualFees().put(new AnnualFee(organisationNumber(1), Year.of(2015), sek("900")));
    storage.annualFees().put(new AnnualFee(organisationNumber(7), Year.of(2015), sek("900")));
    pay(storage, 1, Y2016, "2016-02-01", "600");
    pay(storage, 1, Y2016, "2016-05-01", "400");
    pay(storage, 2, Y2016, "2016-02-01", "999.99");
    pay(storage, 3, Y2016, "2016-02-01", "700");
    pay(storage, 3, Y2016, "2016-03-01", "700");
    pay(storage, 3, Y2016, "2016-04-01", "0.01");
    pay(storage, 5, Year.of(2015), "2016-02-01", "1000");
    pay(storage, 6, Y2016, "2016-02-01", "500");
    pay(storage, 6, Y2016, "2016-03-01", "500");
    pay(storage, 7, Y2016, "2016-02-01", "1000");
    MembershipCount count = new MembershipCount(MunicipalityRegister.sweden());
    Set<CountyCode> region = Set.of(new CountyCode("14"), new CountyCode("13"));

    // when
    MembershipCount.Tally folded = count.tally(Y2016, region);
    storage.forEachMemberYear(Y2016, folded);
    List<Member> members;
    List<Payment> payments;
    try (Stream<Member> all = storage.members().stream();
        Stream<Payment> paid = storage.payments().stream()) {
      members = all.toList();
      payments = paid.toList();
    }
    MembershipFigures counted =
        count.figures(Y2016, members, storage.annualFees().ofYear(Y2016), payments, region);

    // then
    assertThat(folded.result()).isEqualTo(counted);
    assertThat(counted.payingMembers()).isEqualTo(3);
    assertThat(counted.municipalitiesCovered()).isEqualTo(4);
    assertThat(counted.unpaid())
        .extracting(f -> f.member())
        .containsExactly(organisationNumber(2), organisationNumber(4), organisationNumber(5));
    assertThat(counted.unpaid().get(0).finding().reason())
        .isEqualTo("paid 999.99 SEK of 1000.00 SEK for 2016");
  }

  @Test
  void a_payment_in_another_currency_than_the_fee_fails_the_folded_figures_as_the_count() {
    // given
    Storage storage = emptyStorage();
    storage.members().add(aMember().numbered(1).build());
    storage.annualFees().put(new AnnualFee(organisationNumber(1), Y2016, sek("1000")));
    storage
        .payments()
        .record(
            new Payment(organisationNumber(1), Y2016, LocalDate.parse("2016-02-01"), eur("100")));
    MembershipCount count = new MembershipCount(MunicipalityRegister.sweden());

    // when
    Throwable folding =
        catchThrowable(() -> storage.forEachMemberYear(Y2016, count.tally(Y2016, Set.of())));

    // then
    assertThat(folding)
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(Money.CURRENCY_MISMATCH);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static void pay(Storage storage, int member, Year year, String day, String amount) {
    storage
        .payments()
        .record(new Payment(organisationNumber(member), year, LocalDate.parse(day), sek(amount)));
  }
}
