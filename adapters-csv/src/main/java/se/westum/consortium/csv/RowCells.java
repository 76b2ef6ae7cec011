package se.westum.consortium.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The cells of one row, read as domain values. Every cell that cannot be read adds a problem naming
 * its line and column; the getters then return {@code null}, which never leaves this package: a row
 * with problems yields no record.
 */
final class RowCells {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CODE = Pattern.compile("\\d{4}");
  private static final Pattern GROUPING = Pattern.compile("\\d[ \u00A0\u202F'.,]\\d{3}");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+(,\\d+)?");
  private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+(\\.\\d+)?");

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
          column, "'" + text + "' is not a valid organisation number: " + e.getMessage());
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
      return problem(column, "'" + text + "' is not a kind; use MUNICIPALITY, FEDERATION or OTHER");
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
        reason = "an empty municipality code in '" + text + "': separate codes with |";
      } else if (!CODE.matcher(code).matches()) {
        reason = "'" + code + "' is not a municipality code: an SCB code has four digits";
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
      return problem(column, "'" + text + "' is not a year: write four digits, for example 2016");
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
      return problem(amountColumn, e.getMessage());
    }
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
        Optional<Column> column = Column.forDomainField(error.field()).filter(this::present);
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

  /** Adds a problem at a cell; returns {@code null} for the caller's convenience. */
  <T> T problem(Column column, String reason) {
    int position = header.position(column).orElseThrow();
    problems.add(new CsvProblem(fileName(), row.line(), position, column.header(), reason));
    return null;
  }

  /** Adds a problem concerning the whole row; returns {@code null} for the caller's convenience. */
  <T> T lineProblem(String reason) {
    problems.add(new CsvProblem(fileName(), row.line(), 0, "", reason));
    return null;
  }

  /**
   * The organisation number in a cell if it is valid, without reporting anything: lets the checks
   * of other rows know a member whose own row has problems.
   */
  Optional<OrganisationNumber> peekOrganisationNumber(Column column) {
    return cell(column).filter(OrganisationNumber::isValid).map(OrganisationNumber::parse);
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
    Pattern plain = decimal == ',' ? DECIMAL_COMMA : DECIMAL_POINT;
    String example = "12500" + decimal + "00";
    if (plain.matcher(text).matches()) {
      return new BigDecimal(text.replace(decimal, '.'));
    }
    if (GROUPING.matcher(text).find()) {
      return problem(
          column,
          "'"
              + text
              + "' has a thousands separator; write the amount without one, for example "
              + example);
    }
    if (text.indexOf(other) >= 0) {
      return problem(
          column,
          "'"
              + text
              + "' has a decimal '"
              + other
              + "'; the "
              + dialect.cliName()
              + " dialect uses a decimal '"
              + decimal
              + "', for example "
              + example);
    }
    return problem(column, "'" + text + "' is not an amount: write digits, for example " + example);
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

  private LocalDate parseDate(Column column, String text) {
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // same answer as a date in the wrong form
    }
    return problem(
        column, "'" + text + "' is not a date: write yyyy-MM-dd, for example 2016-03-15");
  }

  /** The stripped cell, or a problem when it is blank. */
  private String required(Column column) {
    Optional<String> text = cell(column).map(String::strip);
    if (text.isEmpty() || text.get().isEmpty()) {
      return problem(column, "a value is required");
    }
    return text.get();
  }

  private Optional<String> cell(Column column) {
    // a short row has no cell at the far positions
    return header
        .position(column)
        .filter(p -> p <= row.fields().size())
        .map(p -> row.fields().get(p - 1));
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
