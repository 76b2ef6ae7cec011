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
package se.westum.consortium.domain.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;

/**
 * Turns one row of a survey tool's export into a {@link SurveyAnswer}, through the project's {@link
 * SurveyMapping}: a pure function, so CSV, REST and tests read an export the same way.
 *
 * <p>The sector cell holds the sector's id or display name (case-insensitive); a topic cell holds
 * the need's priority 1 to 3, or nothing for no need; a date cell is {@code yyyy-MM-dd}, optionally
 * followed by a time the tool adds, which is ignored. Columns the mapping does not name are
 * ignored. Every bad cell is reported with the source column's name as its field.
 */
public final class SurveyRow {

  /** The export has no column the mapping names. */
  public static final String MISSING_COLUMN = "missing-survey-column";

  /** A required cell is empty. */
  public static final String EMPTY_CELL = "empty-survey-cell";

  /** A date cell that is not a date. */
  public static final String INVALID_DATE = "invalid-date";

  /** A number cell that is not a whole number. */
  public static final String INVALID_NUMBER = "invalid-number";

  private static final Pattern DATE_AND_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2})?)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,7}");

  private SurveyRow() {}

  /**
   * Reads one row.
   *
   * @param mapping the project's mapping, checked against {@code vocabulary}
   * @param vocabulary the project's vocabulary, for the sector and topics
   * @param row the row's cells by the export's column name
   * @return the answer
   * @throws ValidationException listing every bad cell, each by its source column
   */
  public static SurveyAnswer read(
      SurveyMapping mapping, Vocabulary vocabulary, Map<String, String> row) {
    List<FieldError> errors = new ArrayList<>();
    Optional<SurveyAnswerId> id =
        cell(mapping.source(SurveyTarget.Field.ID), row, true, errors)
            .flatMap(
                c ->
                    parse(
                        mapping.source(SurveyTarget.Field.ID),
                        errors,
                        () -> new SurveyAnswerId(c)));
    Optional<LocalDate> date =
        cell(mapping.source(SurveyTarget.Field.DATE), row, true, errors)
            .flatMap(c -> date(mapping.source(SurveyTarget.Field.DATE), c, errors));
    Optional<OrganisationNumber> company =
        cell(mapping.source(SurveyTarget.Field.COMPANY_NUMBER), row, true, errors)
            .flatMap(
                c ->
                    parse(
                        mapping.source(SurveyTarget.Field.COMPANY_NUMBER),
                        errors,
                        () -> OrganisationNumber.parse(c)));
    String sectorColumn = mapping.source(SurveyTarget.Field.SECTOR);
    Optional<SectorId> sector =
        cell(sectorColumn, row, true, errors)
            .flatMap(c -> sector(sectorColumn, c, vocabulary, errors));
    String employeesColumn = mapping.source(SurveyTarget.Field.EMPLOYEES);
    Optional<Integer> employees =
        cell(employeesColumn, row, true, errors).flatMap(c -> whole(employeesColumn, c, errors));
    List<Need> needs = new ArrayList<>();
    mapping
        .topicSources()
        .forEach(
            (topic, column) ->
                cell(column, row, false, errors)
                    .flatMap(c -> priority(column, c, errors))
                    .ifPresent(p -> needs.add(new Need(topic, p))));
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new SurveyAnswer(
        id.orElseThrow(),
        mapping.project(),
        date.orElseThrow(),
        company.orElseThrow(),
        sector.orElseThrow(),
        employees.orElseThrow(),
        needs);
  }

  private static Optional<String> cell(
      String column, Map<String, String> row, boolean required, List<FieldError> errors) {
    if (!row.containsKey(column)) {
      errors.add(
          new FieldError(
              column, MISSING_COLUMN, "the export has no column " + Shown.value(column)));
      return Optional.empty();
    }
    String value = row.get(column) == null ? "" : row.get(column).strip();
    if (value.isEmpty()) {
      if (required) {
        errors.add(new FieldError(column, EMPTY_CELL, "the cell is empty"));
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static <T> Optional<T> parse(String column, List<FieldError> errors, Supplier<T> parser) {
    try {
      return Optional.of(parser.get());
    } catch (ValidationException e) {
      e.errors().forEach(f -> errors.add(new FieldError(column, f.code(), f.message())));
    } catch (DomainException e) {
      errors.add(new FieldError(column, e.code(), e.getMessage()));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String column, String cell, List<FieldError> errors) {
    if (DATE_AND_TIME.matcher(cell).matches()) {
      try {
        LocalDate day = LocalDate.parse(cell.substring(0, 10));
        return parse(column, errors, () -> Bounds.date(column, day));
      } catch (DateTimeParseException e) {
        // falls through to the error below
      }
    }
    errors.add(
        new FieldError(column, INVALID_DATE, "a date is yyyy-MM-dd, not " + Shown.value(cell)));
    return Optional.empty();
  }

  private static Optional<Integer> whole(String column, String cell, List<FieldError> errors) {
    if (!WHOLE.matcher(cell).matches()) {
      errors.add(
          new FieldError(
              column,
              INVALID_NUMBER,
              "a number of employees is a whole number, not " + Shown.value(cell)));
      return Optional.empty();
    }
    return parse(column, errors, () -> Bounds.count("employees", Integer.parseInt(cell), 0));
  }

  private static Optional<SectorId> sector(
      String column, String cell, Vocabulary vocabulary, List<FieldError> errors) {
    Optional<Sector> sector = vocabulary.sectorNamed(cell);
    if (sector.isEmpty()) {
      errors.add(
          new FieldError(
              column,
              Vocabulary.UNKNOWN_SECTOR,
              "project "
                  + vocabulary.project()
                  + " has no sector with the id or name "
                  + Shown.value(cell)));
    }
    return sector.map(Sector::id);
  }

  private static Optional<Integer> priority(String column, String cell, List<FieldError> errors) {
    if (cell.length() != 1 || cell.charAt(0) < '1' || cell.charAt(0) > '3') {
      errors.add(
          new FieldError(
              column,
              Need.INVALID_PRIORITY,
              "a need's priority is 1 (high) to 3 (low), or empty for no need, not "
                  + Shown.value(cell)));
      return Optional.empty();
    }
    return Optional.of(cell.charAt(0) - '0');
  }
}
