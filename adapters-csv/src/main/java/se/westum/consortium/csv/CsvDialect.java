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

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the CSV files of a dataset are written: delimiter, decimal separator and byte order mark.
 * Both dialects are UTF-8 and end every line with CRLF when written; reading accepts LF, CRLF or CR
 * line endings and a file with or without a byte order mark in either dialect.
 */
public enum CsvDialect {

  /** RFC 4180: comma-separated, UTF-8 without byte order mark, decimal point ({@code 12500.00}). */
  RFC4180("rfc4180", ',', '.', false),

  /**
   * The dialect Swedish Excel writes and reads ("CSV UTF-8, semikolonavgränsad"):
   * semicolon-separated, UTF-8 with byte order mark, decimal comma ({@code 12500,00}).
   */
  EXCEL_SV("excel-sv", ';', ',', true);

  private final String cliName;
  private final char separator;
  private final char decimalSeparator;
  private final boolean writesByteOrderMark;

  CsvDialect(String cliName, char separator, char decimalSeparator, boolean writesByteOrderMark) {
    this.cliName = cliName;
    this.separator = separator;
    this.decimalSeparator = decimalSeparator;
    this.writesByteOrderMark = writesByteOrderMark;
  }

  /**
   * The dialect with this name, as used on a command line: {@code rfc4180} or {@code excel-sv}
   * (case and surrounding spaces ignored).
   *
   * @throws IllegalArgumentException for any other name; the message lists the valid names
   */
  public static CsvDialect fromName(String name) {
    if (name != null) {
      String wanted = name.strip().toLowerCase(Locale.ROOT);
      for (CsvDialect dialect : values()) {
        if (dialect.cliName.equals(wanted)) {
          return dialect;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown CSV dialect '"
            + name
            + "'; valid dialects: "
            + Arrays.stream(values()).map(CsvDialect::cliName).collect(Collectors.joining(", ")));
  }

  /** The dialect's name as used on a command line, for example {@code excel-sv}. */
  public String cliName() {
    return cliName;
  }

  char separator() {
    return separator;
  }

  char decimalSeparator() {
    return decimalSeparator;
  }

  boolean writesByteOrderMark() {
    return writesByteOrderMark;
  }
}
