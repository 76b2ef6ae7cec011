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

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The files of a membership dataset, with their columns in the order an export writes them. */
enum DatasetFile {
  MEMBERS(
      "members.csv",
      true,
      List.of(ORGANISATION_NUMBER, NAME, KIND, COVERED_MUNICIPALITIES, JOINED, LEFT),
      Set.of(LEFT)),
  FEES("fees.csv", false, List.of(ORGANISATION_NUMBER, YEAR, AMOUNT, CURRENCY), Set.of()),
  PAYMENTS(
      "payments.csv",
      false,
      List.of(ORGANISATION_NUMBER, YEAR, PAID_ON, AMOUNT, CURRENCY),
      Set.of());

  private final String fileName;
  private final boolean required;
  private final List<Column> columns;
  private final Set<Column> optionalColumns;

  DatasetFile(
      String fileName, boolean required, List<Column> columns, Set<Column> optionalColumns) {
    this.fileName = fileName;
    this.required = required;
    this.columns = columns;
    this.optionalColumns = optionalColumns;
  }

  String fileName() {
    return fileName;
  }

  /** True when a dataset must have this file; an absent optional file means no rows. */
  boolean required() {
    return required;
  }

  /** Every column, in export order. */
  List<Column> columns() {
    return columns;
  }

  /** True when the header may leave this column out. */
  boolean optional(Column column) {
    return optionalColumns.contains(column);
  }

  /** The header names, comma-separated, for messages. */
  String columnList() {
    return columns.stream().map(Column::header).collect(Collectors.joining(", "));
  }
}
