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

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Identifiers;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The cells of one row, read as domain values. Every cell that cannot be read adds a problem naming
 * its line and column; the getters then return {@code null}, which never leaves this package: a row
 * with problems yields no record.
 */
final class RowCells {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern CODE = Pattern.compile("\\d{4}");
  private static final Pattern GROUPING = Pattern.compile("\\d[ \u00A0\u202F'.,]\\d{3}");

  private final Header header;
  private final CsvRow row;
  private final CsvDialect dialect;
  private final List<CsvProblem> problems = new ArrayList<>();

  RowCells(Header header, CsvRow row, CsvDialect dialect) {
    this.header = header;
    this.row = row;
    this.dialect = dialect;
    if (row.fields().size() != header.width()) {
      problems.add(
          new CsvProblem(
              fileName(),
              row.line(),
              0,
              "",
              "wrong number of fields: the row has "
                  + row.fields().size()
                  + " and the header "
                  + header.width()
                  + " (is a '"
                  + dialect.separator()
                  + "' or a quote missing or extra?)"));
    }
  }

  /** True when no cell, and no check of the record as a whole, has found a problem. */
  boolean valid() {
    return problems.isEmpty();
  }

  /** The problems found so far, in the order they were found. */
  List<CsvProblem> problems() {
    return List.copyOf(problems);
  }

  /** The line the row starts on. */
  long line() {
    return row.line();
  }

  /** The row's field count does not fit the header: its cells cannot be told apart. */
  boolean misaligned() {
    return row.fields().size() != header.width();
  }

  OrganisationNumber organisationNumber(Column column) {
    String text = required(column);
    if (text == null) {
      return null;
    }
    try {
      return OrganisationNumber.parse(text);
    } catch (DomainException e) {
      return problem(
          column, Shown.value(text) + " is not a valid organisation number: " + e.getMessage());
    }
  }

  /** Free text: one leading formula guard (see {@link FormulaGuard}) is removed. */
  String text(Column column) {
    String text = required(column);
    return text == null ? null : FormulaGuard.restore(text);
  }

  MemberKind kind(Column column) {
    String text = required(column);
    if (text == null) {
      return null;
    }
    try {
      return MemberKind.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return problem(
          column, Shown.value(text) + " is not a kind; use MUNICIPALITY, FEDERATION or OTHER");
    }
  }

  /** SCB codes separated by {@code |}; each must exist and be listed once. */
  SortedSet<MunicipalityCode> municipalities(Column column) {
    String text = required(column);
    if (text == null) {
      return null;
    }
    SortedSet<MunicipalityCode> codes = new TreeSet<>();
    boolean ok = true;
    for (String part : text.split("\\|", -1)) {
      String code = part.strip();
      String reason = null;
      if (code.isEmpty()) {
        reason = "an empty municipality code in " + Shown.value(text) + ": separate codes with |";
      } else if (!CODE.matcher(code).matches()) {
        reason = Shown.value(code) + " is not a municipality code: an SCB code has four digits";
      } else if (!MunicipalityRegister.sweden().contains(new MunicipalityCode(code))) {
        reason = "unknown municipality code " + code + ": no Swedish municipality has it";
      } else if (!codes.add(new MunicipalityCode(code))) {
        reason = "municipality code " + code + " is listed twice";
      }
      if (reason != null) {
        problem(column, reason);
        ok = false;
      }
    }
    return ok ? codes : null;
  }

  LocalDate date(Column column) {
    String text = required(column);
    return text == null ? null : parseDate(column, text);
  }

  /** An optional date: empty when the column is absent or the cell is blank. */
  Optional<LocalDate> optionalDate(Column column) {
    Optional<String> text = cell(column).map(String::strip).filter(t -> !t.isEmpty());
    return text.map(t -> parseDate(column, t));
  }

  Year year(Column column) {
    String text = required(column);
    if (text == null) {
      return null;
    }
    if (!YEAR.matcher(text).matches()) {
      return problem(
          column, Shown.value(text) + " is not a year: write four digits, for example 2016");
    }
    return Year.of(Integer.parseInt(text));
  }

  /**
   * An amount in the dialect's decimal notation, and its currency. An amount with a thousands
   * separator is rejected, not guessed at: {@code 12 500,00} is ambiguous across locales.
   */
  Money money(Column amountColumn, Column currencyColumn) {
    BigDecimal amount = amount(amountColumn);
    Currency currency = currency(currencyColumn);
    if (amount == null || currency == null) {
      return null;
    }
    try {
      return new Money(amount, currency);
    } catch (DomainException e) {
      return problem(amountColumn, reason(e));
    }
  }

  /**
   * A decimal number in the dialect's notation (coordinates, amounts, indicator values, percent); a
   * thousands separator or the other dialect's decimal separator is rejected, not guessed at.
   */
  BigDecimal decimal(Column column) {
    String text = nonBlankOrNull(column);
    char decimal = dialect.decimalSeparator();
    char other = decimal == ',' ? '.' : ',';
    // 57.7089 in excel-sv is a decimal point, not a thousands separator: say so first
    if (text != null && text.indexOf(other) >= 0 && plainNumber(text, other)) {
      return problem(
          column,
          Shown.value(text)
              + " has a decimal '"
              + other
              + "'; the "
              + dialect.cliName()
              + " dialect uses a decimal '"
              + decimal
              + "', for example 57"
              + decimal
              + "7089");
    }
    return amount(column);
  }

  /** {@code true} or {@code false}, in any case. */
  Boolean bool(Column column) {
    String text = required(column);
    return text == null ? null : parseBoolean(column, text);
  }

  /** An optional boolean: {@code fallback} when the column is absent or the cell is blank. */
  Boolean optionalBool(Column column, boolean fallback) {
    Optional<String> text = nonBlank(column);
    return text.isEmpty() ? Boolean.valueOf(fallback) : parseBoolean(column, text.get());
  }

  /** An optional organisation number: empty when the column is absent or the cell is blank. */
  Optional<OrganisationNumber> optionalOrganisationNumber(Column column) {
    return nonBlank(column)
        .map(
            text -> {
              try {
                return OrganisationNumber.parse(text);
              } catch (DomainException e) {
                return problem(
                    column,
                    Shown.value(text) + " is not a valid organisation number: " + e.getMessage());
              }
            });
  }

  /**
   * Free texts separated by {@code |} (one formula guard removed from the cell as a whole); an
   * absent column or a blank cell is none.
   *
   * @param what the word for one of them in a message, for example {@code organisation}
   */
  List<String> texts(Column column, String what) {
    Optional<String> text = nonBlank(column).map(FormulaGuard::restore);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String part : text.get().split("\\|", -1)) {
      if (part.isBlank()) {
        return problem(
            column,
            "an empty " + what + " in " + Shown.value(text.get()) + ": separate them with |");
      }
      values.add(part.strip());
    }
    return values;
  }

  /** A code written as it is, such as a country or a numeral: no formula guard is removed. */
  String plain(Column column) {
    return required(column);
  }

  /** True when the header has the column and the row's cell in it is not blank. */
  boolean filled(Column column) {
    return nonBlank(column).isPresent();
  }

  /**
   * An identifier of the core (see {@link Identifiers}): its constructor checks the form, and its
   * reason becomes the problem.
   */
  <T> T id(Column column, Function<String, T> identifier) {
    String text = required(column);
    return text == null ? null : parseId(column, text, identifier);
  }

  /** An optional identifier: empty when the column is absent or the cell is blank. */
  <T> Optional<T> optionalId(Column column, Function<String, T> identifier) {
    return nonBlank(column).map(text -> parseId(column, text, identifier));
  }

  /**
   * One of an enumeration's constants, in any case.
   *
   * @param what the word for the value in a message, for example {@code role}
   */
  <E extends Enum<E>> E choice(Column column, Class<E> type, String what) {
    String text = required(column);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return problem(column, Shown.value(text) + " is not a " + what + "; use " + choices(type));
    }
  }

  /** A whole number; whether it is in range is the core's to say. */
  Integer integer(Column column) {
    String text = required(column);
    return text == null ? null : parseInteger(column, text);
  }

  /** An optional whole number: empty when the column is absent or the cell is blank. */
  Optional<Integer> optionalInteger(Column column) {
    return nonBlank(column).map(text -> parseInteger(column, text));
  }

  /**
   * Identifiers separated by {@code |}, each once; an absent column or a blank cell is none.
   *
   * @param what the word for one of them in a message, for example {@code project}
   */
  List<String> identifiers(Column column, String what) {
    Optional<String> text = nonBlank(column);
    List<String> values = new ArrayList<>();
    if (text.isEmpty()) {
      return values;
    }
    boolean ok = true;
    for (String part : text.get().split("\\|", -1)) {
      String value = part.strip();
      String reason = null;
      if (value.isEmpty()) {
        reason = "an empty " + what + " in " + Shown.value(text.get()) + ": separate them with |";
      } else {
        try {
          values.add(Identifiers.check(what, value));
        } catch (DomainException e) {
          reason = reason(e);
        }
      }
      if (reason != null) {
        problem(column, reason);
        ok = false;
      }
    }
    return ok ? values : null;
  }

  /**
   * A cell's value if it can be read, without reporting anything: lets the checks across rows and
   * files know a key whose row has problems of its own.
   */
  <T> Optional<T> peek(Column column, Function<String, T> parse) {
    try {
      return nonBlank(column).map(parse);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** What a domain error says: the messages of its fields, without the field names. */
  static String reason(DomainException e) {
    if (e instanceof ValidationException validation) {
      return validation.errors().stream()
          .map(ValidationException.FieldError::message)
          .collect(Collectors.joining("; "));
    }
    return e.getMessage();
  }

  /**
   * Runs a domain constructor on the cells read; its errors become problems at the columns they
   * name, or at the whole line.
   */
  <T> T build(DomainFactory<T> factory) {
    try {
      return factory.create();
    } catch (ValidationException e) {
      for (ValidationException.FieldError error : e.errors()) {
        Optional<Column> column =
            Column.forDomainField(error.field()).stream().filter(this::present).findFirst();
        if (column.isPresent()) {
          problem(column.get(), error.message());
        } else {
          lineProblem(error.message());
        }
      }
      return null;
    } catch (DomainException e) {
      return lineProblem(e.getMessage());
    }
  }

  /**
   * Adds a problem at a cell; returns {@code null} for the caller's convenience. A column the
   * header leaves out has no cell: the problem then concerns the row and names the column.
   */
  <T> T problem(Column column, String reason) {
    Optional<Integer> position = header.position(column);
    if (position.isEmpty()) {
      return lineProblem(column.header() + ": " + reason);
    }
    problems.add(new CsvProblem(fileName(), row.line(), position.get(), column.header(), reason));
    return null;
  }

  /** Adds a problem concerning the whole row; returns {@code null} for the caller's convenience. */
  <T> T lineProblem(String reason) {
    problems.add(new CsvProblem(fileName(), row.line(), 0, "", reason));
    return null;
  }

  private boolean present(Column column) {
    return header.position(column).isPresent();
  }

  private BigDecimal amount(Column column) {
    String text = required(column);
    if (text == null) {
      return null;
    }
    char decimal = dialect.decimalSeparator();
    char other = decimal == ',' ? '.' : ',';
    if (plainNumber(text, decimal)) {
      return new BigDecimal(decimal == '.' ? text : text.replace(decimal, '.'));
    }
    String example = "12500" + decimal + "00";
    if (GROUPING.matcher(text).find()) {
      return problem(
          column,
          Shown.value(text)
              + " has a thousands separator; write the amount without one, for example "
              + example);
    }
    if (text.indexOf(other) >= 0) {
      return problem(
          column,
          Shown.value(text)
              + " has a decimal '"
              + other
              + "'; the "
              + dialect.cliName()
              + " dialect uses a decimal '"
              + decimal
              + "', for example "
              + example);
    }
    return problem(
        column, Shown.value(text) + " is not an amount: write digits, for example " + example);
  }

  private Currency currency(Column column) {
    String text = required(column);
    if (text == null) {
      return null;
    }
    try {
      return Money.currency(text.toUpperCase(Locale.ROOT));
    } catch (DomainException e) {
      return problem(column, e.getMessage());
    }
  }

  private <T> T parseId(Column column, String text, Function<String, T> identifier) {
    try {
      return identifier.apply(text);
    } catch (DomainException e) {
      return problem(column, reason(e));
    }
  }

  private Integer parseInteger(Column column, String text) {
    if (!smallInteger(text)) {
      return problem(
          column, Shown.value(text) + " is not a whole number: write digits, for example 3");
    }
    return Integer.valueOf(text);
  }

  /**
   * True when {@code text} is {@code -?\d+(S\d+)?} with {@code S} the separator given: a plain
   * number of the dialect, read without a regex because every coordinate and amount cell is one.
   */
  static boolean plainNumber(String text, char separator) {
    int length = text.length();
    int i = 0;
    if (i < length && text.charAt(i) == '-') {
      i++;
    }
    int integerDigits = i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == integerDigits) {
      return false;
    }
    if (i == length) {
      return true;
    }
    if (text.charAt(i) != separator) {
      return false;
    }
    int fractionDigits = ++i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    return i > fractionDigits && i == length;
  }

  /** True when {@code text} is {@code -?\d{1,9}}: a whole number that fits an int. */
  static boolean smallInteger(String text) {
    int from = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int digits = text.length() - from;
    if (digits < 1 || digits > 9) {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code text} is {@code \d{4}-\d{2}-\d{2}}. */
  static boolean isoDateForm(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && !isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // \d without UNICODE_CHARACTER_CLASS: ASCII digits only
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private Boolean parseBoolean(Column column, String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    return problem(column, Shown.value(text) + " is not a boolean: write true or false");
  }

  private static <E extends Enum<E>> String choices(Class<E> type) {
    E[] values = type.getEnumConstants();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append(i == values.length - 1 ? " or " : ", ");
      }
      text.append(values[i].name());
    }
    return text.toString();
  }

  private LocalDate parseDate(Column column, String text) {
    try {
      // the form of ISO_LOCAL_DATE, resolved as strictly (no 30 February): without a formatter
      if (isoDateForm(text)) {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      }
    } catch (DateTimeException e) {
      // same answer as a date in the wrong form
    }
    return problem(
        column, Shown.value(text) + " is not a date: write yyyy-MM-dd, for example 2016-03-15");
  }

  /** The stripped cell, or a problem when it is blank. */
  private String required(Column column) {
    String text = nonBlankOrNull(column);
    if (text == null) {
      return problem(column, "a value is required");
    }
    return text;
  }

  private Optional<String> nonBlank(Column column) {
    return Optional.ofNullable(nonBlankOrNull(column));
  }

  /** The stripped cell, or {@code null} when the column is absent or the cell blank. */
  private String nonBlankOrNull(Column column) {
    String cell = rawCell(column);
    if (cell == null) {
      return null;
    }
    String text = cell.strip();
    return text.isEmpty() ? null : text;
  }

  private Optional<String> cell(Column column) {
    return Optional.ofNullable(rawCell(column));
  }

  private String rawCell(Column column) {
    // a short row has no cell at the far positions
    int index = header.index(column);
    List<String> fields = row.fields();
    return index < 0 || index >= fields.size() ? null : fields.get(index);
  }

  private String fileName() {
    return header.file().fileName();
  }

  /** A domain constructor that may throw a {@link DomainException}. */
  @FunctionalInterface
  interface DomainFactory<T> {
    T create();
  }
}
