package se.westum.consortium.csv;

import static se.westum.consortium.csv.Column.CURRENCY;
import static se.westum.consortium.csv.Column.ORGANISATION_NUMBER;
import static se.westum.consortium.csv.Column.YEAR;

import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Pass 1 of an import: reads every file of a dataset once, streaming, and reports every problem. Of
 * the records it keeps only the keys that the duplicate and reference checks need, packed into
 * {@code long}s where they fit (an organisation number is ten digits; with a four-digit year it
 * still fits), so memory grows by well under 100 bytes per member and fee.
 */
final class DatasetValidation {

  private final ObjectReader rowReader;
  private final CsvDialect dialect;
  private final Path directory;
  private final Problems problems;

  /** Organisation number (as ten digits) to the line it is on. */
  private final Map<Long, Long> members = new HashMap<>();

  /** Organisation number and year (see {@link #feeKey}) to where the fee is. */
  private final Map<Long, FeeSeen> fees = new HashMap<>();

  private final Map<PaymentKey, Long> payments = new HashMap<>();
  private boolean membersComplete;

  DatasetValidation(ObjectReader rowReader, CsvDialect dialect, Path directory, Problems problems) {
    this.rowReader = rowReader;
    this.dialect = dialect;
    this.directory = directory;
    this.problems = problems;
  }

  /**
   * Checks the dataset.
   *
   * @return the files the dataset has
   * @throws CsvImportException with every problem found, if there is any
   */
  Set<DatasetFile> run() {
    FileCheck.requireFolder(directory);
    FileCheck files = new FileCheck(rowReader, dialect, directory, problems);
    Set<DatasetFile> present = EnumSet.noneOf(DatasetFile.class);
    for (DatasetFile file : DatasetFile.membership()) {
      if (files.exists(file)) {
        present.add(file);
      } else if (file.required()) {
        problems.add(
            new CsvProblem(
                file.fileName(),
                0,
                0,
                "",
                "the file is missing: a dataset needs " + file.fileName()));
      }
    }
    if (present.contains(DatasetFile.MEMBERS)) {
      membersComplete = files.check(DatasetFile.MEMBERS, this::checkMember).isPresent();
    }
    if (present.contains(DatasetFile.FEES)) {
      files.check(DatasetFile.FEES, this::checkFee);
    }
    if (present.contains(DatasetFile.PAYMENTS)) {
      files.check(DatasetFile.PAYMENTS, this::checkPayment);
    }
    if (!problems.isEmpty()) {
      throw new CsvImportException(problems.all());
    }
    return present;
  }

  private void checkMember(RowCells row) {
    if (!row.misaligned()) {
      MembershipRows.member(row);
    }
    // a row with other problems still names its member, so fees for it are no extra noise
    Optional<OrganisationNumber> number = row.peekOrganisationNumber(ORGANISATION_NUMBER);
    if (number.isPresent()) {
      Long first = members.putIfAbsent(digits(number.get()), row.line());
      if (first != null) {
        row.problem(
            ORGANISATION_NUMBER,
            "duplicate organisation number " + number.get() + ": also on line " + first);
      }
    }
  }

  private void checkFee(RowCells row) {
    if (row.misaligned()) {
      return;
    }
    AnnualFee fee = MembershipRows.fee(row);
    if (fee == null) {
      return;
    }
    requireMember(row, fee.member());
    FeeSeen first =
        fees.putIfAbsent(
            feeKey(fee.member(), fee.year()), new FeeSeen(row.line(), fee.amount().currency()));
    if (first != null) {
      row.problem(
          YEAR,
          "duplicate fee: member "
              + fee.member()
              + " already has a fee for "
              + fee.year()
              + " on line "
              + first.line());
    }
  }

  private void checkPayment(RowCells row) {
    if (row.misaligned()) {
      return;
    }
    Payment payment = MembershipRows.payment(row);
    if (payment == null) {
      return;
    }
    requireMember(row, payment.member());
    long feeKey = feeKey(payment.member(), payment.year());
    FeeSeen fee = fees.get(feeKey);
    Currency currency = payment.amount().currency();
    if (fee != null && !fee.currency().equals(currency)) {
      row.problem(
          CURRENCY,
          "the payment is in "
              + currency.getCurrencyCode()
              + " but the fee for "
              + payment.year()
              + " ("
              + DatasetFile.FEES.fileName()
              + " line "
              + fee.line()
              + ") is in "
              + fee.currency().getCurrencyCode());
    }
    Long first =
        payments.putIfAbsent(
            new PaymentKey(feeKey, payment.paidOn().toEpochDay(), payment.amount().amount()),
            row.line());
    if (first != null) {
      row.lineProblem("duplicate payment: the same member, year, date and amount as line " + first);
    }
  }

  private void requireMember(RowCells row, OrganisationNumber member) {
    // when members.csv could not be read to its end, a missing member proves nothing
    if (membersComplete && !members.containsKey(digits(member))) {
      row.problem(
          ORGANISATION_NUMBER,
          "no member with organisation number " + member + " in " + DatasetFile.MEMBERS.fileName());
    }
  }

  private static long digits(OrganisationNumber number) {
    return Long.parseLong(number.digits());
  }

  /** Ten digits and a year of at most four digits: below 10^14, far from overflowing. */
  private static long feeKey(OrganisationNumber member, Year year) {
    return digits(member) * 10_000 + Math.floorMod(year.getValue(), 10_000);
  }

  private record FeeSeen(long line, Currency currency) {}

  private record PaymentKey(long feeKey, long paidOn, BigDecimal amount) {}
}
