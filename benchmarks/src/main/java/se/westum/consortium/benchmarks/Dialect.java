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
package se.westum.consortium.benchmarks;

import java.math.BigDecimal;
import se.westum.consortium.csv.CsvDialect;

/**
 * The two CSV dialects of the library, as the generator writes them: the library keeps its own
 * separators package-private, and the generator must not use the code it measures.
 */
enum Dialect {
  /** What Swedish Excel writes: semicolons, decimal comma, a byte order mark. */
  EXCEL_SV(';', ',', true, CsvDialect.EXCEL_SV),
  /** RFC 4180: commas, decimal point, no byte order mark. */
  RFC4180(',', '.', false, CsvDialect.RFC4180);

  final char separator;
  final char decimal;
  final boolean byteOrderMark;
  final CsvDialect library;

  Dialect(char separator, char decimal, boolean byteOrderMark, CsvDialect library) {
    this.separator = separator;
    this.decimal = decimal;
    this.byteOrderMark = byteOrderMark;
    this.library = library;
  }

  /** The dialect by its command-line name, {@code excel-sv} or {@code rfc4180}. */
  static Dialect named(String name) {
    CsvDialect wanted = CsvDialect.fromName(name);
    for (Dialect dialect : values()) {
      if (dialect.library == wanted) {
        return dialect;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** A decimal as this dialect writes it. */
  String decimal(BigDecimal value) {
    return value.toPlainString().replace('.', decimal);
  }

  /** A decimal cell parsed, whichever separator it has. */
  static BigDecimal parseDecimal(String cell) {
    return new BigDecimal(cell.replace(',', '.'));
  }

  /** One CSV cell, quoted when it holds the separator, a quote or a line break. */
  String cell(String value) {
    if (value.indexOf(separator) < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
