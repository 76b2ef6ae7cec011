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
package se.westum.consortium.csv;

import static se.westum.consortium.csv.Column.AMOUNT;
import static se.westum.consortium.csv.Column.COVERED_MUNICIPALITIES;
import static se.westum.consortium.csv.Column.CURRENCY;
import static se.westum.consortium.csv.Column.JOINED;
import static se.westum.consortium.csv.Column.KIND;
import static se.westum.consortium.csv.Column.LEFT;
import static se.westum.consortium.csv.Column.NAME;
import static se.westum.consortium.csv.Column.ORGANISATION_NUMBER;
import static se.westum.consortium.csv.Column.PAID_ON;
import static se.westum.consortium.csv.Column.YEAR;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipPeriod;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Rows to domain records and back. Reading goes through the core's constructors, so the CSV accepts
 * exactly what the core accepts; a row with problems yields {@code null} and its problems stay in
 * the {@link RowCells}.
 */
final class MembershipRows {

  private MembershipRows() {}

  static Member member(RowCells row) {
    OrganisationNumber number = row.organisationNumber(ORGANISATION_NUMBER);
    String name = row.text(NAME);
    MemberKind kind = row.kind(KIND);
    SortedSet<MunicipalityCode> covers = row.municipalities(COVERED_MUNICIPALITIES);
    LocalDate joined = row.date(JOINED);
    Optional<LocalDate> left = row.optionalDate(LEFT);
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () -> Member.newMember(number, name, kind, covers, new MembershipPeriod(joined, left)));
  }

  static AnnualFee fee(RowCells row) {
    OrganisationNumber member = row.organisationNumber(ORGANISATION_NUMBER);
    Year year = row.year(YEAR);
    Money amount = row.money(AMOUNT, CURRENCY);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new AnnualFee(member, year, amount));
  }

  static Payment payment(RowCells row) {
    OrganisationNumber member = row.organisationNumber(ORGANISATION_NUMBER);
    Year year = row.year(YEAR);
    LocalDate paidOn = row.date(PAID_ON);
    Money amount = row.money(AMOUNT, CURRENCY);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new Payment(member, year, paidOn, amount));
  }

  /** The cells of a member, in {@link DatasetFile#MEMBERS} column order. */
  static List<String> cells(Member member) {
    return List.of(
        member.organisationNumber().value(),
        FormulaGuard.neutralise(member.name()),
        member.kind().name(),
        String.join("|", member.covers().stream().map(MunicipalityCode::value).toList()),
        member.period().joined().toString(),
        member.period().left().map(LocalDate::toString).orElse(""));
  }

  /** The cells of a fee, in {@link DatasetFile#FEES} column order. */
  static List<String> cells(AnnualFee fee, CsvDialect dialect) {
    return List.of(
        fee.member().value(),
        fee.year().toString(),
        amount(fee.amount(), dialect),
        fee.amount().currency().getCurrencyCode());
  }

  /** The cells of a payment, in {@link DatasetFile#PAYMENTS} column order. */
  static List<String> cells(Payment payment, CsvDialect dialect) {
    return List.of(
        payment.member().value(),
        payment.year().toString(),
        payment.paidOn().toString(),
        amount(payment.amount(), dialect),
        payment.amount().currency().getCurrencyCode());
  }

  /** Always two decimals (Money's scale), the dialect's decimal separator, no grouping. */
  private static String amount(Money money, CsvDialect dialect) {
    return money.amount().toPlainString().replace('.', dialect.decimalSeparator());
  }
}
