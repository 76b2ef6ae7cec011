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
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.westum.consortium.testing.MemberBuilder.organisationNumber;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.RecordPaymentCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipPeriod;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * One home for every membership rule: for each rule, a record that breaks it is refused by its
 * record use case ({@code registerMember}, {@code setAnnualFee}, {@code recordPayment}) and by the
 * import of a dataset holding it, with the same code on the same field, and neither writes
 * anything. Run by the in-memory fake and by JDBC on H2, PostgreSQL and MariaDB.
 *
 * <p>A rule of one record alone (a name's characters, a year's range) is its constructor's: the
 * import's dataset builds the record as it streams, exactly as an adapter's dataset does, so the
 * import is refused by the same constructor. A rule across records (a fee's member, a payment's
 * currency) is the core's check, run by both.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class MembershipRulesContract {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2016-06-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
  private static final String BORAS = organisationNumber(1).value();
  private static final String SKOVDE = organisationNumber(2).value();
  private static final LocalDate JOINED = LocalDate.of(2006, 1, 1);
  private static final LocalDate PAID = LocalDate.of(2016, 3, 1);

  /** A fresh, empty storage of the adapter under test. */
  protected abstract Storage emptyStorage();

  /**
   * A rule and the records that break it.
   *
   * @param name what the rule says, for the test's name
   * @param code the rule's code
   * @param field the field it names
   * @param given what is stored before (through the record use cases)
   * @param record the record use case with the breaking record
   * @param dataset the import of the breaking record (and of what it needs that is not stored)
   */
  record Rule(
      String name,
      String code,
      String field,
      Consumer<Consortium> given,
      Consumer<Consortium> record,
      Supplier<MembershipDataset> dataset) {

    @Override
    public String toString() {
      return name + " [" + code + "]";
    }
  }

  static Stream<Rule> rules() {
    return Stream.of(
        memberRule(
            "a member's name has no NUL", Texts.CONTROL_CHARACTER, "name", "Borås\u0000Stad"),
        memberRule(
            "a member's name has no ESC", Texts.CONTROL_CHARACTER, "name", "Borås\u001b[2JStad"),
        memberRule("a member's name is one line", Texts.CONTROL_CHARACTER, "name", "Borås\nStad"),
        memberRule(
            "a member's name has at most 200 characters",
            Texts.INVALID_LENGTH,
            "name",
            "B".repeat(201)),
        memberRule(
            "a member's name of 1 MB is refused",
            Texts.INVALID_LENGTH,
            "name",
            "B".repeat(1 << 20)),
        memberRule("a member's name is not blank", Texts.INVALID_LENGTH, "name", "   "),
        new Rule(
            "a member joins in 1900 or later",
            Bounds.YEAR_OUT_OF_RANGE,
            "joined",
            c -> {},
            c -> c.membership().register(register(BORAS, "Borås Stad", LocalDate.of(1, 1, 1))),
            () ->
                dataset(
                    List.of(() -> member(BORAS, "Borås Stad", LocalDate.of(1, 1, 1))),
                    List.of(),
                    List.of())),
        new Rule(
            "a member cannot leave before it joined",
            MembershipPeriod.LEFT_BEFORE_JOINED,
            "left",
            c -> {},
            c ->
                c.membership()
                    .register(
                        new RegisterMemberCommand(
                            BORAS,
                            "Borås Stad",
                            MemberKind.MUNICIPALITY,
                            List.of("1490"),
                            JOINED,
                            JOINED.minusDays(1))),
            () ->
                dataset(
                    List.of(
                        () ->
                            Member.newMember(
                                organisationNumber(1),
                                "Borås Stad",
                                MemberKind.MUNICIPALITY,
                                List.of(new MunicipalityCode("1490")),
                                new MembershipPeriod(JOINED, Optional.of(JOINED.minusDays(1))))),
                    List.of(),
                    List.of())),
        new Rule(
            "a member covers existing municipalities",
            Member.UNKNOWN_MUNICIPALITY,
            "coveredMunicipalities",
            c -> {},
            c ->
                c.membership()
                    .register(
                        new RegisterMemberCommand(
                            BORAS,
                            "Borås Stad",
                            MemberKind.MUNICIPALITY,
                            List.of("9999"),
                            JOINED,
                            null)),
            () ->
                dataset(
                    List.of(
                        () ->
                            Member.newMember(
                                organisationNumber(1),
                                "Borås Stad",
                                MemberKind.MUNICIPALITY,
                                List.of(new MunicipalityCode("9999")),
                                MembershipPeriod.since(JOINED))),
                    List.of(),
                    List.of())),
        new Rule(
            "a municipality covers exactly itself",
            Member.COVERAGE_DOES_NOT_FIT_KIND,
            "coveredMunicipalities",
            c -> {},
            c ->
                c.membership()
                    .register(
                        new RegisterMemberCommand(
                            BORAS,
                            "Borås Stad",
                            MemberKind.MUNICIPALITY,
                            List.of("1490", "1496"),
                            JOINED,
                            null)),
            () ->
                dataset(
                    List.of(
                        () ->
                            Member.newMember(
                                organisationNumber(1),
                                "Borås Stad",
                                MemberKind.MUNICIPALITY,
                                List.of(new MunicipalityCode("1490"), new MunicipalityCode("1496")),
                                MembershipPeriod.since(JOINED))),
                    List.of(),
                    List.of())),
        feeRule("a fee's year is not 0", Bounds.YEAR_OUT_OF_RANGE, "year", 0, "100", "SEK"),
        feeRule(
            "a fee's year is 2100 or earlier", Bounds.YEAR_OUT_OF_RANGE, "year", 2101, "1", "SEK"),
        feeRule(
            "a fee has at most 12 digits before the decimal point",
            Bounds.TOO_MANY_DIGITS,
            "amount",
            2016,
            "1234567890123",
            "SEK"),
        feeRule(
            "a fee has at most two decimals",
            Bounds.TOO_MANY_DECIMALS,
            "amount",
            2016,
            "100.001",
            "SEK"),
        feeRule("a fee is not negative", AnnualFee.NEGATIVE_FEE, "amount", 2016, "-1", "SEK"),
        new Rule(
            "a fee's member exists",
            MissingReferenceException.CODE,
            "member",
            c -> {},
            c -> c.membership().setFee(fee(SKOVDE, 2016, "100", "SEK")),
            () ->
                dataset(
                    List.of(() -> member(BORAS, "Borås Stad", JOINED)),
                    List.of(() -> annualFee(SKOVDE, 2016, "100", "SEK")),
                    List.of())),
        new Rule(
            "a fee is in the currency of the member's payments for the year",
            Payment.CURRENCY_MISMATCH,
            "currency",
            c -> {
              c.membership().register(register(BORAS, "Borås Stad", JOINED));
              c.membership().recordPayment(payment(BORAS, 2016, PAID, "50", "EUR"));
            },
            c -> c.membership().setFee(fee(BORAS, 2016, "100", "SEK")),
            () ->
                dataset(List.of(), List.of(() -> annualFee(BORAS, 2016, "100", "SEK")), List.of())),
        new Rule(
            "a payment's member exists",
            MissingReferenceException.CODE,
            "member",
            c -> c.membership().register(register(BORAS, "Borås Stad", JOINED)),
            c -> c.membership().recordPayment(payment(SKOVDE, 2016, PAID, "100", "SEK")),
            () ->
                dataset(
                    List.of(), List.of(), List.of(() -> pay(SKOVDE, 2016, PAID, "100", "SEK")))),
        new Rule(
            "a payment is in the currency of its fee",
            Payment.CURRENCY_MISMATCH,
            "currency",
            c -> {
              c.membership().register(register(BORAS, "Borås Stad", JOINED));
              c.membership().setFee(fee(BORAS, 2016, "100", "SEK"));
            },
            c -> c.membership().recordPayment(payment(BORAS, 2016, PAID, "100", "EUR")),
            () ->
                dataset(List.of(), List.of(), List.of(() -> pay(BORAS, 2016, PAID, "100", "EUR")))),
        paymentRule(
            "a payment is more than zero", Payment.NON_POSITIVE_PAYMENT, "amount", 2016, PAID, "0"),
        paymentRule(
            "a payment's year is 1900 or later", Bounds.YEAR_OUT_OF_RANGE, "year", 1899, PAID, "1"),
        paymentRule(
            "a payment is paid in 1900 or later",
            Bounds.YEAR_OUT_OF_RANGE,
            "paidOn",
            2016,
            LocalDate.of(1, 1, 1),
            "1"),
        paymentRule(
            "a payment has at most 12 digits before the decimal point",
            Bounds.TOO_MANY_DIGITS,
            "amount",
            2016,
            PAID,
            "9999999999999.00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void a_record_that_breaks_a_rule_is_refused_by_its_use_case_and_by_the_import_alike(Rule rule) {
    // given
    Consortium consortium = Consortium.builder().storage(emptyStorage()).clock(CLOCK).build();
    rule.given().accept(consortium);
    Stored before = Stored.of(consortium);

    // when
    Throwable byUseCase = catchThrowable(() -> rule.record().accept(consortium));
    Throwable byImport =
        catchThrowable(() -> consortium.membership().importDataset(rule.dataset().get()));

    // then
    assertThat(refusals(byUseCase))
        .as("the use case's refusal")
        .contains(rule.code() + "@" + rule.field());
    assertThat(refusals(byImport)).as("the import's refusal").isEqualTo(refusals(byUseCase));
    assertThat(Stored.of(consortium)).as("what is stored").isEqualTo(before);
  }

  /** What a refusal says: each broken rule as code@field. */
  private static Set<String> refusals(Throwable thrown) {
    Set<String> codes = new LinkedHashSet<>();
    if (thrown instanceof RecordsRefusedException refused) {
      refused.refused().forEach(r -> codes.add(r.code() + "@" + r.field()));
    } else if (thrown instanceof ValidationException invalid) {
      invalid.errors().forEach(e -> codes.add(e.code() + "@" + e.field()));
    } else if (thrown instanceof MissingReferenceException missing) {
      codes.add(missing.code() + "@" + missing.field());
    } else if (thrown instanceof DomainException domain) {
      codes.add(domain.code() + "@");
    } else {
      assertThat(thrown).as("a refusal").isNull();
    }
    return codes;
  }

  /** Everything the membership export gives. */
  private record Stored(List<Member> members, List<AnnualFee> fees, List<Payment> payments) {
    static Stored of(Consortium consortium) {
      // one stream at a time: a database-backed stream holds its connection until closed
      MembershipDataset stored = consortium.membership().export();
      return new Stored(all(stored.members()), all(stored.fees()), all(stored.payments()));
    }

    private static <T> List<T> all(Stream<T> stream) {
      try (stream) {
        return stream.toList();
      }
    }
  }

  private static Rule memberRule(String name, String code, String field, String memberName) {
    return new Rule(
        name,
        code,
        field,
        c -> {},
        c -> c.membership().register(register(BORAS, memberName, JOINED)),
        () -> dataset(List.of(() -> member(BORAS, memberName, JOINED)), List.of(), List.of()));
  }

  private static Rule feeRule(
      String name, String code, String field, int year, String amount, String currency) {
    return new Rule(
        name,
        code,
        field,
        c -> c.membership().register(register(BORAS, "Borås Stad", JOINED)),
        c -> c.membership().setFee(fee(BORAS, year, amount, currency)),
        () ->
            dataset(List.of(), List.of(() -> annualFee(BORAS, year, amount, currency)), List.of()));
  }

  private static Rule paymentRule(
      String name, String code, String field, int year, LocalDate paidOn, String amount) {
    return new Rule(
        name,
        code,
        field,
        c -> c.membership().register(register(BORAS, "Borås Stad", JOINED)),
        c -> c.membership().recordPayment(payment(BORAS, year, paidOn, amount, "SEK")),
        () ->
            dataset(List.of(), List.of(), List.of(() -> pay(BORAS, year, paidOn, amount, "SEK"))));
  }

  private static RegisterMemberCommand register(String number, String name, LocalDate joined) {
    return new RegisterMemberCommand(
        number, name, MemberKind.MUNICIPALITY, List.of("1490"), joined, null);
  }

  private static SetAnnualFeeCommand fee(String number, int year, String amount, String currency) {
    return new SetAnnualFeeCommand(number, year, new BigDecimal(amount), currency);
  }

  private static RecordPaymentCommand payment(
      String number, int year, LocalDate paidOn, String amount, String currency) {
    return new RecordPaymentCommand(number, year, paidOn, new BigDecimal(amount), currency);
  }

  private static Member member(String number, String name, LocalDate joined) {
    return Member.newMember(
        OrganisationNumber.parse(number),
        name,
        MemberKind.MUNICIPALITY,
        List.of(new MunicipalityCode("1490")),
        MembershipPeriod.since(joined));
  }

  private static AnnualFee annualFee(String number, int year, String amount, String currency) {
    return new AnnualFee(
        OrganisationNumber.parse(number), Year.of(year), Money.of(amount, currency));
  }

  private static Payment pay(
      String number, int year, LocalDate paidOn, String amount, String currency) {
    return new Payment(
        OrganisationNumber.parse(number), Year.of(year), paidOn, Money.of(amount, currency));
  }

  /**
   * A dataset from lists whose records are built as its streams are read, as an adapter's dataset
   * builds them from its rows.
   */
  static MembershipDataset dataset(
      List<Supplier<Member>> members,
      List<Supplier<AnnualFee>> fees,
      List<Supplier<Payment>> payments) {
    return new MembershipDataset() {
      @Override
      public Stream<Member> members() {
        return members.stream().map(Supplier::get);
      }

      @Override
      public Stream<AnnualFee> fees() {
        return fees.stream().map(Supplier::get);
      }

      @Override
      public Stream<Payment> payments() {
        return payments.stream().map(Supplier::get);
      }
    };
  }
}
