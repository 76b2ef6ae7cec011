package se.westum.consortium.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based line the record starts on (a quoted field may span several lines)
 * @param fields the fields as written, quotes removed
 */
record CsvRow(long line, List<String> fields) {

  CsvRow {
    fields = List.copyOf(fields);
  }

  /** True when every field is blank, as in the {@code ;;;;} rows spreadsheets leave behind. */
  boolean isBlank() {
    return fields.stream().allMatch(String::isBlank);
  }
}
