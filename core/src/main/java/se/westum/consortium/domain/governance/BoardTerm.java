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
package se.westum.consortium.domain.governance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The board of one term of office, with the term's nomination committee and auditors. Invariants:
 * exactly one chair; a treasurer; a person holds one seat per term and a position of one kind once
 * per term; the period lies in the supported years. Errors name the part concerned as {@code
 * seats[i]} or {@code positions[i]} (0-based, in the order given).
 *
 * @param id the term's identity
 * @param period the days the term covers
 * @param seats the board's seats
 * @param positions nomination committee and auditors
 */
public record BoardTerm(
    TermId id, DateRange period, List<BoardSeat> seats, List<Position> positions) {

  /** A term with no chair or more than one. */
  public static final String ONE_CHAIR = "one-chair";

  /** A term without a treasurer. */
  public static final String TREASURER_REQUIRED = "treasurer-required";

  /** A person with two seats in one term. */
  public static final String ONE_SEAT_PER_PERSON = "person-holds-two-seats";

  /** A person holding the same position twice in one term. */
  public static final String DUPLICATE_POSITION = "duplicate-position";

  /** Enforces the invariants. */
  public BoardTerm {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    Bounds.date("start", period.start());
    Bounds.date("end", period.end());
    seats = List.copyOf(seats);
    positions = List.copyOf(positions);
    Set<PersonRef> people = new HashSet<>();
    int chairs = 0;
    boolean treasurer = false;
    for (int i = 0; i < seats.size(); i++) {
      BoardSeat seat = seats.get(i);
      if (!people.add(seat.person())) {
        throw ValidationException.of(
            "seats[" + i + "]",
            ONE_SEAT_PER_PERSON,
            "person " + seat.person() + " holds more than one seat in term " + id);
      }
      if (seat.role() == BoardRole.CHAIR && ++chairs > 1) {
        throw ValidationException.of(
            "seats[" + i + "]", ONE_CHAIR, "term " + id + " needs exactly one chair, has more");
      }
      treasurer |= seat.role() == BoardRole.TREASURER;
    }
    if (chairs == 0) {
      throw ValidationException.of(
          "seats", ONE_CHAIR, "term " + id + " needs exactly one chair, has 0");
    }
    if (!treasurer) {
      throw ValidationException.of(
          "seats", TREASURER_REQUIRED, "term " + id + " needs a treasurer");
    }
    Set<String> held = new HashSet<>();
    for (int i = 0; i < positions.size(); i++) {
      Position position = positions.get(i);
      if (!held.add(position.kind() + "/" + position.person().value())) {
        throw ValidationException.of(
            "positions[" + i + "]",
            DUPLICATE_POSITION,
            "person " + position.person() + " holds " + position.kind() + " twice in term " + id);
      }
    }
  }

  /** The ordinary members (every role but deputy). */
  public List<BoardSeat> ordinarySeats() {
    return seats.stream().filter(s -> s.role().isOrdinary()).toList();
  }

  /** The deputies. */
  public List<BoardSeat> deputies() {
    return seats.stream().filter(s -> !s.role().isOrdinary()).toList();
  }

  /** The seat of a person, if they hold one. */
  public Optional<BoardSeat> seatOf(PersonRef person) {
    return seats.stream().filter(s -> s.person().equals(person)).findFirst();
  }

  /** The positions of one kind. */
  public List<Position> positions(PositionKind kind) {
    return positions.stream().filter(p -> p.kind() == kind).toList();
  }
}
