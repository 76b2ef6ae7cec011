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
package se.westum.consortium.domain.governance.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.GovernanceFigures.BoardComposition;
import se.westum.consortium.domain.governance.GovernanceFigures.EventFigures;
import se.westum.consortium.domain.governance.GovernanceFigures.StaffChange;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.StaffMember;

/** Computes the governance figures of a fiscal year in one pass over each kind of record. */
public final class GovernanceCount {

  /**
   * The figures of {@code year}.
   *
   * @param year the fiscal year
   * @param terms every board term (the one in force at the year's end, or the latest overlapping
   *     it, gives the composition)
   * @param meetings the meetings (those starting in the year count)
   * @param decisions the decisions of those meetings
   * @param events the events (those overlapping the year count)
   * @param staff every employment
   */
  public GovernanceFigures figures(
      FiscalYear year,
      Collection<BoardTerm> terms,
      Collection<Meeting> meetings,
      Collection<Decision> decisions,
      Collection<Event> events,
      Collection<StaffMember> staff) {
    return figures(
        year,
        terms,
        meetings,
        held -> (int) decisions.stream().filter(d -> held.contains(d.id().meeting())).count(),
        events,
        staff);
  }

  /**
   * The figures of {@code year}, the decisions counted by the caller (where they are stored).
   *
   * @param year the fiscal year
   * @param terms every board term (the one in force at the year's end, or the latest overlapping
   *     it, gives the composition)
   * @param meetings the meetings (those starting in the year count)
   * @param decisionsAt how many decisions were taken at the meetings given, those that count
   * @param events the events (those overlapping the year count)
   * @param staff every employment
   */
  public GovernanceFigures figures(
      FiscalYear year,
      Collection<BoardTerm> terms,
      Collection<Meeting> meetings,
      ToIntFunction<Set<MeetingId>> decisionsAt,
      Collection<Event> events,
      Collection<StaffMember> staff) {
    Map<MeetingKind, Integer> byKind = new EnumMap<>(MeetingKind.class);
    Set<MeetingId> inYear = new HashSet<>();
    int strategyDays = 0;
    for (Meeting meeting : meetings) {
      if (year.contains(meeting.dates().start())) {
        inYear.add(meeting.id());
        byKind.merge(meeting.kind(), 1, Integer::sum);
        if (meeting.kind() == MeetingKind.STRATEGY_DAY) {
          strategyDays += (int) meeting.dates().days();
        }
      }
    }
    int decisionCount = decisionsAt.applyAsInt(Set.copyOf(inYear));

    List<EventFigures> eventFigures = new ArrayList<>();
    Set<PersonRef> people = new HashSet<>();
    events.stream()
        .filter(e -> year.overlaps(e.dates()))
        .sorted(
            Comparator.comparing((Event e) -> e.dates().start()).thenComparing(e -> e.id().value()))
        .forEach(
            e -> {
              Participation p = e.participation();
              eventFigures.add(
                  new EventFigures(
                      e.id(),
                      e.kind(),
                      e.name(),
                      e.dates(),
                      e.place(),
                      p.total(),
                      p.organisations(),
                      p.byCountry()));
              if (p instanceof Participation.ByPerson byPerson) {
                people.addAll(byPerson.people());
              }
            });

    List<StaffChange> started = new ArrayList<>();
    List<StaffChange> left = new ArrayList<>();
    for (StaffMember member : staff) {
      if (member.startedDuring(year.period())) {
        started.add(new StaffChange(member.id(), member.name(), member.role(), member.started()));
      }
      if (member.endedDuring(year.period())) {
        left.add(
            new StaffChange(
                member.id(), member.name(), member.role(), member.ended().orElseThrow()));
      }
    }
    started.sort(Comparator.comparing(StaffChange::date));
    left.sort(Comparator.comparing(StaffChange::date));

    return new GovernanceFigures(
        year,
        termOf(year, terms).map(GovernanceCount::composition),
        byKind,
        strategyDays,
        decisionCount,
        eventFigures,
        people.size(),
        started,
        left);
  }

  /** The term in force on the last day of the year, else the latest one overlapping the year. */
  static Optional<BoardTerm> termOf(FiscalYear year, Collection<BoardTerm> terms) {
    return terms.stream()
        .filter(t -> year.overlaps(t.period()))
        .max(
            Comparator.comparing((BoardTerm t) -> t.period().contains(year.period().end()))
                .thenComparing(t -> t.period().start()));
  }

  private static BoardComposition composition(BoardTerm term) {
    List<BoardSeat> seats = new ArrayList<>(term.seats());
    seats.sort(Comparator.comparing(BoardSeat::role));
    return new BoardComposition(
        term.id(),
        term.period(),
        seats,
        term.ordinarySeats().size(),
        term.deputies().size(),
        term.positions(PositionKind.NOMINATION_COMMITTEE),
        term.positions(PositionKind.AUDITOR));
  }
}
