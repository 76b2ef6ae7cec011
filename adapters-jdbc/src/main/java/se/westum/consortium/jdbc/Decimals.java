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
package se.westum.consortium.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Exact decimals other than money: a fixed-scale DECIMAL column holds the value and a {@code
 * *_scale} column the scale it was given in, because the core's records compare decimals with their
 * scale ({@code 58.3903} is not {@code 58.390300}). No value is ever rounded.
 */
final class Decimals {

  private static final int MAX_SCALE = 1000;

  private Decimals() {}

  /**
   * Refuses, before anything is written, a value its column cannot hold exactly.
   *
   * @param field the record's field, for the error
   * @param precision the column's digits in all
   * @param scale the column's digits after the point
   */
  static void requireFits(String field, BigDecimal value, int precision, int scale) {
    BigDecimal exact = value.stripTrailingZeros();
    int decimals = Math.max(exact.scale(), 0);
    int integerDigits = exact.precision() - exact.scale();
    // the scale column is a SMALLINT; no sensible measure has a thousand places either way
    if (decimals > scale
        || integerDigits > precision - scale
        || Math.abs(value.scale()) > MAX_SCALE) {
      throw ValidationException.of(
          field,
          "too-many-digits",
          "a stored "
              + field
              + " has at most "
              + (precision - scale)
              + " digits before the decimal point and "
              + scale
              + " after it");
    }
  }

  /** The value of {@code column} in the scale stored in {@code column_scale}. */
  static BigDecimal read(ResultSet rs, String column, String scaleColumn) throws SQLException {
    return rs.getBigDecimal(column).setScale(rs.getInt(scaleColumn), RoundingMode.UNNECESSARY);
  }
}
