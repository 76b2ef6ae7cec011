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
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Payments;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Payments in {@code consortium_payment}, identified by member, year, date, amount and currency.
 */
final class JdbcPayments implements Payments {

  private static final String COLUMNS = "organisation_number, fee_year, paid_on, amount, currency";

  // which members of a chunk are stored, and their stored payments for the chunk's years
  private static final String STORED_KEYS =
      "SELECT m.organisation_number, p.fee_year, p.paid_on, p.amount, p.currency"
          + " FROM consortium_member m"
          + " LEFT JOIN consortium_payment p ON p.organisation_number = m.organisation_number"
          + " AND p.fee_year IN (<years>)"
          + " WHERE m.organisation_number IN (<ids>)";

  private static final String INSERT =
      "INSERT INTO consortium_payment (organisation_number, fee_year, paid_on, amount, currency)"
          + " VALUES (:id, :year, :paidOn, :amount, :currency)";

  private static final RowMapper<Payment> MAPPER = JdbcPayments::map;

  /** A stored member of a chunk, with one of its stored payments if it has any. */
  private record StoredRow(String member, Optional<Payment> payment) {}

  private final Database database;

  JdbcPayments(Database database) {
    this.database = database;
  }

  @Override
  public boolean record(Payment payment) {
    return recordAll(List.of(payment)).added() == 1;
  }

  @Override
  public Saved recordAll(Collection<Payment> payments) {
    // a payment listed twice is one payment
    Set<Payment> distinct = new LinkedHashSet<>(payments);
    if (distinct.isEmpty()) {
      return Saved.NONE;
    }
    List<List<Payment>> chunks = Chunks.of(distinct);
    return database.write(
        handle -> {
          // every chunk's members are checked before anything is written, so a refused batch
          // leaves nothing behind even in a transaction whose caller carries on
          Set<Payment> stored = new HashSet<>();
          for (List<Payment> chunk : chunks) {
            stored.addAll(storedOf(handle, chunk));
          }
          int added = 0;
          for (List<Payment> chunk : chunks) {
            List<Payment> fresh = chunk.stream().filter(p -> !stored.contains(p)).toList();
            RecordTable.execute(handle.prepareBatch(INSERT), fresh, JdbcPayments::bind);
            added += fresh.size();
          }
          return new Saved(added, 0, distinct.size() - added);
        });
  }

  // the chunk's stored payments; refuses the chunk if one of its members is not stored
  private static Set<Payment> storedOf(Handle handle, List<Payment> chunk) {
    Set<String> members = new HashSet<>();
    Set<Payment> stored = new HashSet<>();
    handle
        .createQuery(STORED_KEYS)
        .bindList("years", chunk.stream().map(p -> p.year().getValue()).distinct().toList())
        .bindList("ids", chunk.stream().map(p -> p.member().value()).distinct().toList())
        .map(
            (rs, context) -> {
              String member = rs.getString("organisation_number");
              boolean hasPayment = rs.getObject("fee_year", Integer.class) != null;
              return new StoredRow(
                  member, hasPayment ? Optional.of(map(rs, context)) : Optional.empty());
            })
        .forEach(
            row -> {
              members.add(row.member());
              row.payment().ifPresent(stored::add);
            });
    for (Payment payment : chunk) {
      if (!members.contains(payment.member().value())) {
        throw new NotFoundException("member", payment.member().value());
      }
    }
    return stored;
  }

  private static void bind(PreparedBatch batch, Payment payment) {
    batch
        .bind("id", payment.member().value())
        .bind("year", payment.year().getValue())
        .bind("paidOn", payment.paidOn())
        .bind("amount", payment.amount().amount())
        .bind("currency", payment.amount().currency().getCurrencyCode());
  }

  @Override
  public List<Payment> ofYear(Year year) {
    return database.list(
        "SELECT "
            + COLUMNS
            + " FROM consortium_payment WHERE fee_year = :year"
            + " ORDER BY organisation_number, paid_on, amount, currency",
        Map.of("year", year.getValue()),
        MAPPER);
  }

  @Override
  public List<Payment> ofMember(OrganisationNumber member) {
    return database.list(
        "SELECT "
            + COLUMNS
            + " FROM consortium_payment WHERE organisation_number = :id"
            + " ORDER BY fee_year, paid_on, amount, currency",
        Map.of("id", member.value()),
        MAPPER);
  }

  @Override
  public Stream<Payment> stream() {
    return database.stream(
        "SELECT "
            + COLUMNS
            + " FROM consortium_payment"
            + " ORDER BY organisation_number, fee_year, paid_on, amount, currency",
        MAPPER);
  }

  private static Payment map(ResultSet rs, StatementContext context) throws SQLException {
    BigDecimal amount = rs.getBigDecimal("amount");
    return new Payment(
        OrganisationNumber.parse(rs.getString("organisation_number")),
        Year.of(rs.getInt("fee_year")),
        rs.getObject("paid_on", LocalDate.class),
        Money.of(amount, rs.getString("currency").strip()));
  }
}
