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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipPeriod;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Members read as the join of a member and its covered municipalities: one row per municipality,
 * ordered by organisation number, folded back into one {@link Member} each.
 */
final class MemberRows {

  /** The columns {@link #MAPPER} reads, from {@code consortium_member m} and its coverage c. */
  static final String COLUMNS =
      "m.organisation_number, m.name, m.kind, m.joined_on, m.left_on, m.version,"
          + " c.municipality_code";

  /** One row of the join. */
  record Row(
      OrganisationNumber organisationNumber,
      String name,
      MemberKind kind,
      MembershipPeriod period,
      long version,
      MunicipalityCode municipality) {}

  static final RowMapper<Row> MAPPER = MemberRows::map;

  private MemberRows() {}

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    return new Row(
        OrganisationNumber.parse(rs.getString("organisation_number")),
        rs.getString("name"),
        MemberKind.valueOf(rs.getString("kind").strip()),
        new MembershipPeriod(
            rs.getObject("joined_on", LocalDate.class),
            Optional.ofNullable(rs.getObject("left_on", LocalDate.class))),
        rs.getLong("version"),
        new MunicipalityCode(rs.getString("municipality_code")));
  }

  /** The members of rows already read. */
  static List<Member> fold(List<Row> rows) {
    List<Member> members = new ArrayList<>();
    new Folding(rows.iterator()).forEachRemaining(members::add);
    return members;
  }

  /** The members of a row stream, folded as they are read; closing one closes the other. */
  static Stream<Member> fold(Stream<Row> rows) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                new Folding(rows.iterator()), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(rows::close);
  }

  /** Collects consecutive rows of one member, looking one row ahead. */
  private static final class Folding implements Iterator<Member> {
    private final Iterator<Row> rows;
    private Row ahead;

    Folding(Iterator<Row> rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      return ahead != null || rows.hasNext();
    }

    @Override
    public Member next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row first = ahead != null ? ahead : rows.next();
      ahead = null;
      List<MunicipalityCode> covers = new ArrayList<>();
      covers.add(first.municipality());
      while (rows.hasNext()) {
        Row row = rows.next();
        if (!row.organisationNumber().equals(first.organisationNumber())) {
          ahead = row;
          break;
        }
        covers.add(row.municipality());
      }
      return Member.newMember(
              first.organisationNumber(), first.name(), first.kind(), covers, first.period())
          .withVersion(first.version());
    }
  }
}
