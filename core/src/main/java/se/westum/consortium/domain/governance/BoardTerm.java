package se.westum.consortium.domain.governance;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The board of one term of office, with the term's nomination committee and auditors. Invariants:
 * exactly one chair; a treasurer; a person holds one seat per term.
 *
 * @param id the term's identity
 * @param period the days the term covers
 * @param seats the board's seats
 * @param positions nomination committee and auditors
 */
public record BoardTerm(
    TermId id, DateRange period, List<BoardSeat> seats, List<Position> positions) {

  /** A person holding two seats of one term. */
  public static final String PERSON_HOLDS_TWO_SEATS = "person-holds-two-seats";

  /** A term without exactly one chair. */
  public static final String ONE_CHAIR = "one-chair";

  /** A term without a treasurer. */
  public static final String TREASURER_REQUIRED = "treasurer-required";

  /** A term that overlaps another term. */
  public static final String OVERLAPPING_TERMS = "overlapping-terms";

  /** Enforces the invariants. */
  public BoardTerm {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    seats = List.copyOf(seats);
    positions = List.copyOf(positions);
    Map<BoardRole, Integer> count = new EnumMap<>(BoardRole.class);
    Set<PersonRef> people = new HashSet<>();
    for (BoardSeat seat : seats) {
      count.merge(seat.role(), 1, Integer::sum);
      if (!people.add(seat.person())) {
        throw ValidationException.of(
            "seats",
            PERSON_HOLDS_TWO_SEATS,
            "person " + seat.person() + " holds more than one seat in term " + id);
      }
    }
    if (count.getOrDefault(BoardRole.CHAIR, 0) != 1) {
      throw ValidationException.of(
          "seats",
          ONE_CHAIR,
          "term " + id + " needs exactly one chair, has " + count.getOrDefault(BoardRole.CHAIR, 0));
    }
    if (count.getOrDefault(BoardRole.TREASURER, 0) < 1) {
      throw ValidationException.of(
          "seats", TREASURER_REQUIRED, "term " + id + " needs a treasurer");
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
