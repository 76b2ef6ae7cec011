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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.MemberYear;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.shared.Money;

/**
 * The members with a fee for a year, each with its payments for the year summed by the database
 * ({@code SUM ... GROUP BY} member and currency): one streamed query, one member folded at a time,
 * so memory does not grow with the members nor the payments.
 */
final class MemberYears {

  // a row per member, municipality covered and currency paid in; ordered so a member's rows follow
  // each other
  private static final String SELECT =
      "SELECT "
          + MemberRows.COLUMNS
          + ", f.amount AS fee_amount, f.currency AS fee_currency,"
          + " p.currency AS paid_currency, p.paid"
          + " FROM consortium_annual_fee f"
          + " JOIN consortium_member m ON m.organisation_number = f.organisation_number"
          + " JOIN consortium_member_municipality c"
          + " ON c.organisation_number = m.organisation_number"
          + " LEFT JOIN (SELECT organisation_number, currency, SUM(amount) AS paid"
          + " FROM consortium_payment WHERE fee_year = :year"
          + " GROUP BY organisation_number, currency) p"
          + " ON p.organisation_number = f.organisation_number"
          + " WHERE f.fee_year = :year"
          + " ORDER BY m.organisation_number, c.municipality_code, p.currency";

  /** One row: the member's columns, its fee, and one currency's sum (if anything was paid). */
  private record Row(MemberRows.Row member, Money fee, Money paid) {}

  private final Database database;

  MemberYears(Database database) {
    this.database = database;
  }

  void forEach(Year year, Consumer<MemberYear> action) {
    database.inTransaction(
        () ->
            database.read(
                handle -> {
                  try (ResultIterator<Row> rows =
                      handle
                          .createQuery(SELECT)
                          .bind("year", year.getValue())
                          .setFetchSize(Database.FETCH_SIZE)
                          .map(MemberYears::map)
                          .iterator()) {
                    fold(year, rows, action);
                  }
                  return null;
                }));
  }

  private static void fold(Year year, ResultIterator<Row> rows, Consumer<MemberYear> action) {
    Row first = null;
    List<MemberRows.Row> memberRows = new ArrayList<>();
    Set<MunicipalityCode> covered = new LinkedHashSet<>();
    Map<String, Money> paid = new LinkedHashMap<>();
    while (true) {
      Row row = rows.hasNext() ? rows.next() : null;
      boolean next =
          first != null
              && (row == null
                  || !row.member()
                      .organisationNumber()
                      .equals(first.member().organisationNumber()));
      if (next) {
        action.accept(
            new MemberYear(
                MemberRows.fold(memberRows).get(0),
                new AnnualFee(first.member().organisationNumber(), year, first.fee()),
                List.copyOf(paid.values())));
        memberRows.clear();
        covered.clear();
        paid.clear();
      }
      if (row == null) {
        return;
      }
      if (next || first == null) {
        first = row;
      }
      if (covered.add(row.member().municipality())) {
        memberRows.add(row.member());
      }
      if (row.paid() != null) {
        paid.putIfAbsent(row.paid().currency().getCurrencyCode(), row.paid());
      }
    }
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    MemberRows.Row member = MemberRows.MAPPER.map(rs, context);
    Money fee = Money.of(rs.getBigDecimal("fee_amount"), rs.getString("fee_currency").strip());
    BigDecimal paid = rs.getBigDecimal("paid");
    Money sum = paid == null ? null : Money.of(paid, rs.getString("paid_currency").strip());
    return new Row(member, fee, sum);
  }
}
