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

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.ChangeMemberCommand;
import se.westum.consortium.application.port.in.EndMembershipCommand;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.Membership;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.port.in.RecordPaymentCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.application.port.out.AnnualFees;
import se.westum.consortium.application.port.out.Members;
import se.westum.consortium.application.port.out.Payments;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.CountyCode;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.MembershipPeriod;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.membership.internal.MembershipCount;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;
import se.westum.consortium.domain.shared.ValidationException;

/** The membership use cases over the storage ports. */
final class MembershipService implements Membership {

  /** The record kinds of a membership import. */
  static final String MEMBER = "member";

  static final String FEE = "fee";

  static final String PAYMENT = "payment";

  private final Members members;
  private final Storage storage;
  private final AnnualFees fees;
  private final Payments payments;
  private final Transactions transactions;
  private final Clock clock;
  private final CommandValidator validator;
  private final Writes writes;
  private final MembershipCount count = new MembershipCount(MunicipalityRegister.sweden());

  MembershipService(Storage storage, Clock clock, CommandValidator validator, Writes writes) {
    this.storage = storage;
    this.writes = writes;
    this.members = storage.members();
    this.fees = storage.annualFees();
    this.payments = storage.payments();
    this.transactions = storage.transactions();
    this.clock = clock;
    this.validator = validator;
  }

  @Override
  public Member register(RegisterMemberCommand command) {
    validator.validate(command);
    Member member =
        Member.newMember(
            OrganisationNumber.parse(command.organisationNumber()),
            command.name(),
            command.kind(),
            codes(command.coveredMunicipalities()),
            new MembershipPeriod(command.joined(), Optional.ofNullable(command.left())));
    return transactions.inTransaction(
        () -> {
          new Rules().checkMember(member);
          if (members.find(member.organisationNumber()).isPresent()) {
            throw duplicate(member.organisationNumber());
          }
          return members.add(member);
        });
  }

  @Override
  public Member change(ChangeMemberCommand command) {
    validator.validate(command);
    OrganisationNumber id = OrganisationNumber.parse(command.organisationNumber());
    // a change never creates: create-only refuses every stored member, a missing one is not found
    return writes.record(
        "member",
        id.value(),
        () -> members.find(id),
        () -> {
          Member stored = existing(id);
          Member changed =
              stored
                  .changedTo(
                      command.name(),
                      command.kind(),
                      codes(command.coveredMunicipalities()),
                      new MembershipPeriod(command.joined(), Optional.ofNullable(command.left())))
                  .withVersion(command.expectedVersion());
          return members.update(changed);
        });
  }

  @Override
  public Member end(EndMembershipCommand command) {
    validator.validate(command);
    OrganisationNumber id = OrganisationNumber.parse(command.organisationNumber());
    LocalDate lastDay = Optional.ofNullable(command.left()).orElseGet(() -> LocalDate.now(clock));
    return transactions.inTransaction(() -> members.update(existing(id).endedOn(lastDay)));
  }

  @Override
  public AnnualFee setFee(SetAnnualFeeCommand command) {
    validator.validate(command);
    AnnualFee fee =
        new AnnualFee(
            OrganisationNumber.parse(command.organisationNumber()),
            Year.of(command.year()),
            Money.of(command.amount(), command.currency()));
    return writes.record(
        "fee",
        fee.member().value() + " " + fee.year(),
        () -> fees.find(fee.member(), fee.year()),
        () -> {
          new Rules().checkFee(fee);
          fees.put(fee);
          return fee;
        });
  }

  @Override
  public Payment recordPayment(RecordPaymentCommand command) {
    validator.validate(command);
    Payment payment =
        new Payment(
            OrganisationNumber.parse(command.organisationNumber()),
            Year.of(command.year()),
            command.paidOn(),
            Money.of(command.amount(), command.currency()));
    return transactions.inTransaction(
        () -> {
          new Rules().checkPayment(payment);
          payments.record(payment);
          return payment;
        });
  }

  @Override
  public Optional<Member> find(OrganisationNumber organisationNumber) {
    return members.find(Objects.requireNonNull(organisationNumber, "organisationNumber"));
  }

  @Override
  public Page<Member> list(PageRequest request) {
    return members.list(request);
  }

  @Override
  public List<AnnualFee> fees(OrganisationNumber id) {
    existing(id);
    return fees.ofMember(id);
  }

  @Override
  public List<Payment> payments(OrganisationNumber id) {
    existing(id);
    return payments.ofMember(id);
  }

  @Override
  public MembershipFigures figures(MembershipFiguresQuery query) {
    validator.validate(query);
    Year year = Year.of(query.year());
    Set<CountyCode> region =
        query.counties().stream().map(CountyCode::new).collect(Collectors.toSet());
    return transactions.inTransaction(
        () -> {
          // a fold over the members with a fee, their payments summed where they are stored
          MembershipCount.Tally tally = count.tally(year, region);
          storage.forEachMemberYear(year, tally);
          return tally.result();
        });
  }

  @Override
  public ImportSummary importDataset(MembershipDataset dataset) {
    return ImportRun.run(
        transactions,
        dataset,
        run -> {
          // one set of rules for the run: each member's facts are read once, not per record
          Rules rules = new Rules();
          run.kind(
              MEMBER,
              dataset.members(),
              m -> m.organisationNumber().value(),
              rules::checkMember,
              members::saveAll);
          run.kind(FEE, dataset.fees(), AnnualFee::key, rules::checkFee, fees::putAll);
          run.kind(
              PAYMENT, dataset.payments(), Payment::key, rules::checkPayment, payments::recordAll);
        });
  }

  @Override
  public MembershipDataset export() {
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

  private Member existing(OrganisationNumber id) {
    return members.find(id).orElseThrow(() -> new NotFoundException("member", id.value()));
  }

  private static List<MunicipalityCode> codes(List<String> codes) {
    return codes.stream().map(MunicipalityCode::new).toList();
  }

  private static ConflictException duplicate(OrganisationNumber id) {
    return new ConflictException(Member.DUPLICATE, "member " + id + " is already registered");
  }

  /**
   * The rules across membership records, one check per record kind, run by the record use cases and
   * by the import alike (so both refuse the same records with the same codes). The rules of one
   * record alone are its constructor's. Within one import the facts each check reads are cached:
   * members are imported before fees and fees before payments, so what a check reads no longer
   * changes while its kind is imported.
   */
  private final class Rules {

    private final Map<OrganisationNumber, Boolean> stored = new HashMap<>();
    private final Map<OrganisationNumber, List<AnnualFee>> feesOf = new HashMap<>();
    private final Map<OrganisationNumber, List<Payment>> paymentsOf = new HashMap<>();

    /** A member has no rule across records: its rules are {@link Member}'s invariants. */
    void checkMember(Member member) {
      Objects.requireNonNull(member, "member");
    }

    /**
     * A fee's member exists, and the member's payments for the year are in the fee's currency.
     *
     * @throws MissingReferenceException on the field {@code member}
     * @throws ValidationException with code {@link Payment#CURRENCY_MISMATCH}
     */
    void checkFee(AnnualFee fee) {
      requireMember(fee.member());
      for (Payment payment : paymentsOf.computeIfAbsent(fee.member(), payments::ofMember)) {
        payment.requireCurrencyOf(fee);
      }
    }

    /**
     * A payment's member exists, and the payment is in the currency of the member's fee for the
     * year, if one is set.
     *
     * @throws MissingReferenceException on the field {@code member}
     * @throws ValidationException with code {@link Payment#CURRENCY_MISMATCH}
     */
    void checkPayment(Payment payment) {
      requireMember(payment.member());
      for (AnnualFee fee : feesOf.computeIfAbsent(payment.member(), fees::ofMember)) {
        payment.requireCurrencyOf(fee);
      }
    }

    private void requireMember(OrganisationNumber member) {
      if (!stored.computeIfAbsent(member, id -> members.find(id).isPresent())) {
        throw new MissingReferenceException("member", "member", member.value());
      }
    }
  }
}
