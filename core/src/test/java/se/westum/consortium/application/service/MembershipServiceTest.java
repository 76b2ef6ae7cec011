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
package se.westum.consortium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.MemberBuilder.aMember;
import static se.westum.consortium.testing.MemberBuilder.organisationNumber;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.ChangeMemberCommand;
import se.westum.consortium.application.port.in.EndMembershipCommand;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.port.in.RecordPaymentCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.testing.InMemoryStorage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MembershipServiceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2016-06-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Consortium consortium = Consortium.builder().storage(storage).clock(CLOCK).build();

  private static RegisterMemberCommand skovde() {
    return new RegisterMemberCommand(
        organisationNumber(1).value(),
        "Skövde kommun",
        MemberKind.MUNICIPALITY,
        List.of("1496"),
        LocalDate.of(2010, 1, 1),
        null);
  }

  @Test
  void a_registered_member_can_be_found_at_version_1() {
    // when
    Member registered = consortium.membership().register(skovde());

    // then
    assertThat(registered.version()).isEqualTo(1);
    assertThat(consortium.membership().find(organisationNumber(1))).contains(registered);
  }

  @Test
  void a_command_with_many_faults_is_refused_listing_every_field() {
    // given
    RegisterMemberCommand bad =
        new RegisterMemberCommand("212000-1356", " ", null, List.of("1496", "12x"), null, null);

    // when / then
    assertThatThrownBy(() -> consortium.membership().register(bad))
        .isInstanceOf(ValidationException.class)
        .extracting(
            e -> ((ValidationException) e).errors().stream().map(FieldError::field).toList())
        .isEqualTo(List.of("coveredMunicipalities[1]", "joined", "kind", "organisationNumber"));
    assertThat(storage.memberCount()).isZero();
  }

  @Test
  void registering_the_same_organisation_twice_is_a_conflict() {
    consortium.membership().register(skovde());
    assertThatThrownBy(() -> consortium.membership().register(skovde()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(organisationNumber(1).value());
  }

  @Test
  void a_change_based_on_a_stale_version_is_a_conflict() {
    // given
    consortium.membership().register(skovde());
    ChangeMemberCommand rename =
        new ChangeMemberCommand(
            organisationNumber(1).value(),
            "Skövde kommun (ny)",
            MemberKind.MUNICIPALITY,
            List.of("1496"),
            LocalDate.of(2010, 1, 1),
            null,
            1L);
    consortium.membership().change(rename);

    // when / then
    assertThatThrownBy(() -> consortium.membership().change(rename))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo("version-conflict");
  }

  @Test
  void ending_a_membership_without_a_date_ends_it_today_by_the_clock() {
    // given
    consortium.membership().register(skovde());

    // when
    Member ended =
        consortium.membership().end(new EndMembershipCommand(organisationNumber(1).value(), null));

    // then
    assertThat(ended.period().left()).contains(LocalDate.of(2016, 6, 15));
  }

  @Test
  void fees_and_payments_need_an_existing_member_and_one_currency() {
    // given
    consortium.membership().register(skovde());
    String id = organisationNumber(1).value();
    consortium
        .membership()
        .setFee(new SetAnnualFeeCommand(id, 2016, new BigDecimal("12000.00"), "SEK"));

    // when / then
    assertThatThrownBy(
            () ->
                consortium
                    .membership()
                    .recordPayment(
                        new RecordPaymentCommand(
                            id, 2016, LocalDate.of(2016, 2, 1), new BigDecimal("100"), "EUR")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("SEK");
    assertThatThrownBy(
            () ->
                consortium
                    .membership()
                    .setFee(
                        new SetAnnualFeeCommand(
                            organisationNumber(2).value(), 2016, BigDecimal.ONE, "SEK")))
        .isInstanceOf(MissingReferenceException.class)
        .extracting(e -> ((MissingReferenceException) e).field())
        .isEqualTo("member");
  }

  @Test
  void the_figures_count_members_that_paid_their_fee_in_full() {
    // given
    consortium.membership().register(skovde());
    String id = organisationNumber(1).value();
    consortium.membership().setFee(new SetAnnualFeeCommand(id, 2016, new BigDecimal("100"), "SEK"));
    consortium
        .membership()
        .recordPayment(
            new RecordPaymentCommand(
                id, 2016, LocalDate.of(2016, 2, 1), new BigDecimal("60"), "SEK"));
    MembershipFiguresQuery query = new MembershipFiguresQuery(2016, Set.of("14"));
    assertThat(consortium.membership().figures(query).payingMembers()).isZero();

    // when
    consortium
        .membership()
        .recordPayment(
            new RecordPaymentCommand(
                id, 2016, LocalDate.of(2016, 9, 1), new BigDecimal("40"), "SEK"));
    MembershipFigures figures = consortium.membership().figures(query);

    // then
    assertThat(figures.payingMembers()).isEqualTo(1);
    assertThat(figures.municipalitiesCovered()).isEqualTo(1);
    assertThat(figures.coverage().orElseThrow().covered()).isEqualTo(1);
    assertThat(figures.coverage().orElseThrow().total()).isEqualTo(49);
  }

  @Test
  void an_import_with_one_bad_record_writes_nothing() {
    // given a dataset whose payment refers to a member that is not in it
    MembershipDataset dataset =
        dataset(
            List.of(aMember().numbered(1).build(), aMember().numbered(2).build()),
            List.of(
                new AnnualFee(
                    organisationNumber(1), java.time.Year.of(2016), Money.of("1", "SEK"))),
            List.of(
                new Payment(
                    organisationNumber(3),
                    java.time.Year.of(2016),
                    LocalDate.of(2016, 1, 1),
                    Money.of("1", "SEK"))));

    // when / then
    assertThatThrownBy(() -> consortium.membership().importDataset(dataset))
        .isInstanceOf(RecordsRefusedException.class)
        .extracting(e -> ((RecordsRefusedException) e).refused())
        .asList()
        .singleElement()
        .isEqualTo(
            new RefusedRecord(
                "payment",
                1,
                organisationNumber(3).value() + "/2016/2016-01-01/1.00 SEK",
                "member",
                MissingReferenceException.CODE,
                "member: no member '" + organisationNumber(3).value() + "'",
                Optional.empty()));
    assertThat(storage.memberCount()).isZero();
  }

  @Test
  void importing_the_same_dataset_twice_changes_nothing_the_second_time() {
    // given more members than one batch holds
    List<Member> members =
        Stream.iterate(0, i -> i + 1).limit(1_234).map(i -> aMember().numbered(i).build()).toList();
    MembershipDataset dataset = dataset(members, List.of(), List.of());

    // when
    ImportSummary first = consortium.membership().importDataset(dataset);
    ImportSummary second = consortium.membership().importDataset(dataset);

    // then
    assertThat(first.of("member")).isEqualTo(new ImportSummary.Kind("member", 1_234, 0, 0));
    assertThat(second.of("member")).isEqualTo(new ImportSummary.Kind("member", 0, 0, 1_234));
    assertThat(second.unchanged()).isTrue();
    assertThat(storage.memberCount()).isEqualTo(1_234);
    assertThat(consortium.membership().find(organisationNumber(777)).orElseThrow().version())
        .isEqualTo(1);
  }

  @Test
  void an_exported_dataset_reads_back_what_is_stored() {
    // given
    consortium.membership().register(skovde());

    // when
    List<Member> exported;
    try (Stream<Member> stream = consortium.membership().export().members()) {
      exported = stream.toList();
    }

    // then
    assertThat(exported).extracting(Member::name).containsExactly("Skövde kommun");
  }

  @Test
  void a_core_needs_storage() {
    assertThatThrownBy(() -> Consortium.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("storage");
  }

  private static MembershipDataset dataset(
      List<Member> members, List<AnnualFee> fees, List<Payment> payments) {
    return new MembershipDataset() {
      @Override
      public Stream<Member> members() {
        return members.stream();
      }

      @Override
      public Stream<AnnualFee> fees() {
        return fees.stream();
      }

      @Override
      public Stream<Payment> payments() {
        return payments.stream();
      }
    };
  }
}
