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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.AnnualFees;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** Annual fees in {@code consortium_annual_fee}, keyed by member and year. */
final class JdbcAnnualFees implements AnnualFees {

  private static final String COLUMNS = "organisation_number, fee_year, amount, currency";

  // which members of a chunk are stored, and which of their fees for the chunk's years
  private static final String STORED_KEYS =
      "SELECT m.organisation_number, f.fee_year, f.amount, f.currency FROM consortium_member m"
          + " LEFT JOIN consortium_annual_fee f ON f.organisation_number = m.organisation_number"
          + " AND f.fee_year IN (<years>)"
          + " WHERE m.organisation_number IN (<ids>)";

  private static final String INSERT =
      "INSERT INTO consortium_annual_fee (organisation_number, fee_year, amount, currency)"
          + " VALUES (:id, :year, :amount, :currency)";

  private static final String UPDATE =
      "UPDATE consortium_annual_fee SET amount = :amount, currency = :currency"
          + " WHERE organisation_number = :id AND fee_year = :year";

  private static final RowMapper<AnnualFee> MAPPER = JdbcAnnualFees::map;

  /** A fee's identity. */
  private record Key(String member, int year) {
    static Key of(AnnualFee fee) {
      return new Key(fee.member().value(), fee.year().getValue());
    }
  }

  /** A stored member of a chunk, with one of its stored fees if it has any. */
  private record StoredRow(String member, Optional<AnnualFee> fee) {}

  private final Database database;

  JdbcAnnualFees(Database database) {
    this.database = database;
  }

  @Override
  public Optional<AnnualFee> find(OrganisationNumber member, Year year) {
    return database.findOne(
        "SELECT "
            + COLUMNS
            + " FROM consortium_annual_fee"
            + " WHERE organisation_number = :id AND fee_year = :year",
        Map.of("id", member.value(), "year", year.getValue()),
        MAPPER);
  }

  @Override
  public void put(AnnualFee fee) {
    putAll(List.of(fee));
  }

  @Override
  public Saved putAll(Collection<AnnualFee> fees) {
    // the last of several fees for one member and year wins, as if they were put one by one
    Map<Key, AnnualFee> latest = new LinkedHashMap<>();
    fees.forEach(fee -> latest.put(Key.of(fee), fee));
    if (latest.isEmpty()) {
      return Saved.NONE;
    }
    List<List<AnnualFee>> chunks = Chunks.of(latest.values());
    return database.write(
        handle -> {
          // every chunk's members are checked before anything is written, so a refused batch
          // leaves nothing behind even in a transaction whose caller carries on
          Map<Key, AnnualFee> stored = new HashMap<>();
          for (List<AnnualFee> chunk : chunks) {
            stored.putAll(storedOf(handle, chunk));
          }
          Saved saved = Saved.NONE;
          for (List<AnnualFee> chunk : chunks) {
            List<AnnualFee> fresh = new ArrayList<>();
            List<AnnualFee> changed = new ArrayList<>();
            int unchanged = 0;
            for (AnnualFee fee : chunk) {
              AnnualFee current = stored.get(Key.of(fee));
              if (current == null) {
                fresh.add(fee);
              } else if (current.equals(fee)) {
                unchanged++;
              } else {
                changed.add(fee);
              }
            }
            RecordTable.execute(handle.prepareBatch(UPDATE), changed, JdbcAnnualFees::bind);
            RecordTable.execute(handle.prepareBatch(INSERT), fresh, JdbcAnnualFees::bind);
            saved = saved.plus(new Saved(fresh.size(), changed.size(), unchanged));
          }
          return saved;
        });
  }

  // the chunk's stored fees; refuses the chunk if one of its members is not stored
  private static Map<Key, AnnualFee> storedOf(Handle handle, List<AnnualFee> chunk) {
    Set<String> members = new HashSet<>();
    Map<Key, AnnualFee> stored = new HashMap<>();
    handle
        .createQuery(STORED_KEYS)
        .bindList("years", chunk.stream().map(fee -> fee.year().getValue()).distinct().toList())
        .bindList("ids", chunk.stream().map(fee -> fee.member().value()).distinct().toList())
        .map(
            (rs, context) -> {
              String member = rs.getString("organisation_number");
              boolean hasFee = rs.getObject("fee_year", Integer.class) != null;
              return new StoredRow(
                  member, hasFee ? Optional.of(map(rs, context)) : Optional.empty());
            })
        .forEach(
            row -> {
              members.add(row.member());
              row.fee().ifPresent(fee -> stored.put(Key.of(fee), fee));
            });
    for (AnnualFee fee : chunk) {
      if (!members.contains(fee.member().value())) {
        throw new NotFoundException("member", fee.member().value());
      }
    }
    return stored;
  }

  private static void bind(PreparedBatch batch, AnnualFee fee) {
    batch
        .bind("id", fee.member().value())
        .bind("year", fee.year().getValue())
        .bind("amount", fee.amount().amount())
        .bind("currency", fee.amount().currency().getCurrencyCode());
  }

  @Override
  public List<AnnualFee> ofYear(Year year) {
    return database.list(
        "SELECT "
            + COLUMNS
            + " FROM consortium_annual_fee WHERE fee_year = :year"
            + " ORDER BY organisation_number",
        Map.of("year", year.getValue()),
        MAPPER);
  }

  @Override
  public List<AnnualFee> ofMember(OrganisationNumber member) {
    return database.list(
        "SELECT "
            + COLUMNS
            + " FROM consortium_annual_fee WHERE organisation_number = :id"
            + " ORDER BY fee_year",
        Map.of("id", member.value()),
        MAPPER);
  }

  @Override
  public Stream<AnnualFee> stream() {
    return database.stream(
        "SELECT " + COLUMNS + " FROM consortium_annual_fee ORDER BY organisation_number, fee_year",
        MAPPER);
  }

  private static AnnualFee map(ResultSet rs, StatementContext context) throws SQLException {
    return new AnnualFee(
        OrganisationNumber.parse(rs.getString("organisation_number")),
        Year.of(rs.getInt("fee_year")),
        Money.of(rs.getBigDecimal("amount"), rs.getString("currency").strip()));
  }
}
