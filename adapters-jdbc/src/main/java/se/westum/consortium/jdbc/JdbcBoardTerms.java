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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import se.westum.consortium.application.port.out.BoardTerms;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;

/**
 * Board terms in {@code consortium_board_term}, their seats in {@code consortium_board_seat} and
 * their nomination committee and auditors in {@code consortium_board_position}. Seats and positions
 * keep the order they were given in (their number). Names are personal data: nothing here logs
 * them.
 */
final class JdbcBoardTerms implements BoardTerms {

  private static final RecordTable<BoardTerm> TABLE =
      new RecordTable<BoardTerm>(
              "consortium_board_term",
              "term_id",
              term -> term.id().value(),
              "INSERT INTO consortium_board_term (term_id, starts_on, ends_on)"
                  + " VALUES (:id, :start, :end)",
              "UPDATE consortium_board_term SET starts_on = :start, ends_on = :end"
                  + " WHERE term_id = :id",
              (batch, term) ->
                  batch.bind("start", term.period().start()).bind("end", term.period().end()),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_board_seat",
                      "INSERT INTO consortium_board_seat"
                          + " (term_id, seat_no, person_ref, person_name, board_role)"
                          + " VALUES (:id, :number, :person, :name, :role)",
                      (batch, term) -> {
                        for (int i = 0; i < term.seats().size(); i++) {
                          BoardSeat seat = term.seats().get(i);
                          batch
                              .bind("id", term.id().value())
                              .bind("number", i + 1)
                              .bind("person", seat.person().value())
                              .bind("name", seat.name().value())
                              .bind("role", seat.role().name())
                              .add();
                        }
                      }),
                  new RecordTable.Children<>(
                      "consortium_board_position",
                      "INSERT INTO consortium_board_position"
                          + " (term_id, position_no, position_kind, person_ref, person_name)"
                          + " VALUES (:id, :number, :kind, :person, :name)",
                      (batch, term) -> {
                        for (int i = 0; i < term.positions().size(); i++) {
                          Position position = term.positions().get(i);
                          batch
                              .bind("id", term.id().value())
                              .bind("number", i + 1)
                              .bind("kind", position.kind().name())
                              .bind("person", position.person().value())
                              .bind("name", position.name().value())
                              .add();
                        }
                      })))
          .comparing((handle, ids) -> read(handle, Optional.of(ids)));

  /** A term's own row. */
  private record TermRow(TermId id, DateRange period) {}

  private final Database database;

  JdbcBoardTerms(Database database) {
    this.database = database;
  }

  @Override
  public Optional<BoardTerm> find(TermId id) {
    return database.read(handle -> read(handle, Optional.of(List.of(id.value())))).stream()
        .findFirst();
  }

  @Override
  public List<BoardTerm> all() {
    return database.read(handle -> read(handle, Optional.empty()));
  }

  // the terms (some, or all), then the seats and positions of the same terms: three queries, and
  // no cross product of seats and positions
  private static List<BoardTerm> read(Handle handle, Optional<List<String>> ids) {
    String where = ids.isPresent() ? " WHERE t.term_id IN (<ids>)" : "";
    List<TermRow> terms =
        among(
                handle.createQuery(
                    "SELECT t.term_id, t.starts_on, t.ends_on FROM consortium_board_term t"
                        + where
                        + " ORDER BY t.starts_on, t.term_id"),
                ids)
            .map(
                (rs, context) ->
                    new TermRow(
                        new TermId(rs.getString("term_id")),
                        new DateRange(
                            rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class))))
            .list();
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<String, List<BoardSeat>> seats = new HashMap<>();
    among(
            handle.createQuery(
                "SELECT s.term_id, s.person_ref, s.person_name, s.board_role"
                    + " FROM consortium_board_seat s JOIN consortium_board_term t"
                    + " ON t.term_id = s.term_id"
                    + where
                    + " ORDER BY s.term_id, s.seat_no"),
            ids)
        .map(
            (rs, context) ->
                Map.entry(
                    rs.getString("term_id"),
                    new BoardSeat(
                        new PersonRef(rs.getString("person_ref")),
                        new PersonName(rs.getString("person_name")),
                        BoardRole.valueOf(rs.getString("board_role")))))
        .forEach(
            row -> seats.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
    Map<String, List<Position>> positions = new HashMap<>();
    among(
            handle.createQuery(
                "SELECT p.term_id, p.position_kind, p.person_ref, p.person_name"
                    + " FROM consortium_board_position p JOIN consortium_board_term t"
                    + " ON t.term_id = p.term_id"
                    + where
                    + " ORDER BY p.term_id, p.position_no"),
            ids)
        .map(
            (rs, context) ->
                Map.entry(
                    rs.getString("term_id"),
                    new Position(
                        PositionKind.valueOf(rs.getString("position_kind")),
                        new PersonRef(rs.getString("person_ref")),
                        new PersonName(rs.getString("person_name")))))
        .forEach(
            row ->
                positions
                    .computeIfAbsent(row.getKey(), k -> new ArrayList<>())
                    .add(row.getValue()));
    return terms.stream()
        .map(
            term ->
                new BoardTerm(
                    term.id(),
                    term.period(),
                    seats.getOrDefault(term.id().value(), List.of()),
                    positions.getOrDefault(term.id().value(), List.of())))
        .toList();
  }

  private static Query among(Query query, Optional<List<String>> ids) {
    ids.ifPresent(list -> query.bindList("ids", list));
    return query;
  }

  @Override
  public void save(BoardTerm term) {
    saveAll(List.of(term));
  }

  @Override
  public Saved saveAll(Collection<BoardTerm> terms) {
    return TABLE.saveAll(database, terms);
  }
}
