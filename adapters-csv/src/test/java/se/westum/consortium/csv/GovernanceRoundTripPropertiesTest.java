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
package se.westum.consortium.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.QuorumPolicy;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.testing.GovernanceLists;

/**
 * The law of the adapter for governance: export, then import, gives back the same terms, meetings,
 * decisions, goals and events, in both dialects. The generated datasets are valid (the CSV must
 * accept them): terms do not overlap, decisions are taken only where the core's quorum policy
 * admits them, every event gives its participants one way.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceRoundTripPropertiesTest {

  /**
   * Characters that break naive CSV and spreadsheets, and Swedish letters (line breaks and tabs
   * only in the texts that may span lines: a decision's subject and outcome).
   */
  private static final List<Character> TRICKY =
      "aZ9 \"';,|=+-@#åäöÅÄÖé€§".chars().mapToObj(c -> (char) c).collect(Collectors.toList());

  private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "IX", "XL", "C");
  private static final List<String> COUNTRIES = List.of("SE", "NO", "DK", "PL", "IT");
  private static final BoardRole[] OTHER_ROLES = {
    BoardRole.VICE_CHAIR, BoardRole.SECRETARY, BoardRole.MEMBER, BoardRole.DEPUTY
  };

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void export_then_import_gives_back_the_same_governance_records(CsvDialect dialect) {
    CsvDatasetWriter writer = CsvDatasets.writer(dialect);
    CsvDatasetReader reader = CsvDatasets.reader(dialect);
    Path folder = dir.resolve(dialect.cliName());
    qt().withExamples(100)
        .forAll(datasets())
        .checkAssert(
            written -> {
              // given
              write(writer, written, folder);

              // when
              GovernanceLists read = GovernanceLists.of(reader.readGovernance(folder));

              // then
              assertThat(read).isEqualTo(written);
            });
  }

  private static void write(CsvDatasetWriter writer, GovernanceLists dataset, Path folder) {
    try {
      writer.writeGovernance(dataset, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Datasets assembled from generated texts and numbers: QuickTheories shrinks both lists, so a
   * failure comes out with short texts and small numbers.
   */
  static Gen<GovernanceLists> datasets() {
    return lists()
        .of(texts())
        .ofSize(40)
        .zip(
            lists().of(integers().between(0, 999)).ofSize(120),
            (texts, numbers) -> new Draws(texts, numbers).dataset());
  }

  private static Gen<String> texts() {
    Gen<String> prefix = Generate.pick(List.of("", "", "=", "+", "-", "@", "'", "'=", "\""));
    Gen<String> body =
        lists()
            .of(Generate.pick(TRICKY))
            .ofSizeBetween(1, 25)
            .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    // the core strips texts; generate them stripped so they compare equal
    return prefix.zip(body, (p, b) -> (p + b).strip()).map(t -> t.isEmpty() ? "x" : t);
  }

  /** Draws texts and numbers in turn, cycling through the generated lists. */
  private static final class Draws {

    private final List<String> texts;
    private final List<Integer> numbers;
    private int text;
    private int number;

    Draws(List<String> texts, List<Integer> numbers) {
      this.texts = texts;
      this.numbers = numbers;
    }

    String text() {
      return texts.get(text++ % texts.size());
    }

    int below(int bound) {
      return numbers.get(number++ % numbers.size()) % bound;
    }

    boolean chance() {
      return below(2) == 0;
    }

    <T> T pick(List<T> values) {
      return values.get(below(values.size()));
    }

    LocalDate day() {
      return LocalDate.of(1995, 1, 1).plusDays(below(1000) * 13L);
    }

    GovernanceLists dataset() {
      List<BoardTerm> terms = new ArrayList<>();
      for (int t = below(3); t > 0; t--) {
        terms.add(term(terms.size()));
      }
      List<Goal> goals = new ArrayList<>();
      for (int g = below(4); g > 0; g--) {
        goals.add(
            new Goal(
                new GoalId("G-" + goals.size()), Year.of(1990 + below(111)), pick(ROMAN), text()));
      }
      List<Meeting> meetings = new ArrayList<>();
      List<Decision> decisions = new ArrayList<>();
      QuorumPolicy quorum = new QuorumPolicy();
      for (int m = below(5); m > 0; m--) {
        Meeting meeting = meeting("M-" + meetings.size(), terms);
        meetings.add(meeting);
        if (quorum.admitsDecisionAt(meeting, terms).satisfied()) {
          for (int paragraph = 1; paragraph <= below(3); paragraph++) {
            decisions.add(
                new Decision(
                    new DecisionId(meeting.id(), paragraph), text() + "\r\n\t" + text(), text()));
          }
        }
      }
      List<Event> events = new ArrayList<>();
      for (int e = below(4); e > 0; e--) {
        events.add(event("E-" + events.size(), goals));
      }
      return new GovernanceLists(goals, terms, meetings, decisions, events);
    }

    /** Term {@code n} covers the year 2000 + 2n, so terms never overlap. */
    private BoardTerm term(int n) {
      Year year = Year.of(2000 + 2 * n);
      List<BoardSeat> seats = new ArrayList<>();
      seats.add(seat(n, 0, BoardRole.CHAIR));
      seats.add(seat(n, 1, BoardRole.TREASURER));
      for (int s = below(6); s > 0; s--) {
        seats.add(seat(n, seats.size(), OTHER_ROLES[below(OTHER_ROLES.length)]));
      }
      List<Position> positions = new ArrayList<>();
      for (int p = below(4); p > 0; p--) {
        positions.add(
            new Position(
                PositionKind.values()[below(2)],
                new PersonRef("V-" + n + "-" + positions.size()),
                new PersonName(text())));
      }
      return new BoardTerm(
          new TermId("T" + year),
          new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth()),
          seats,
          positions);
    }

    private BoardSeat seat(int term, int seat, BoardRole role) {
      return new BoardSeat(new PersonRef("P-" + term + "-" + seat), new PersonName(text()), role);
    }

    /** Most meetings fall in a term and are attended by most of its board. */
    private Meeting meeting(String id, List<BoardTerm> terms) {
      MeetingKind kind = MeetingKind.values()[below(MeetingKind.values().length)];
      TreeSet<PersonRef> present = new TreeSet<>();
      LocalDate start;
      if (!terms.isEmpty() && below(4) != 0) {
        BoardTerm term = pick(terms);
        start = term.period().start().plusDays(below(360));
        for (BoardSeat seat : term.seats()) {
          if (below(4) != 0) {
            present.add(seat.person());
          }
        }
      } else {
        start = day();
        for (int p = below(3); p > 0; p--) {
          present.add(new PersonRef("X-" + below(20)));
        }
      }
      LocalDate end = chance() ? start : start.plusDays(below(3));
      return new Meeting(new MeetingId(id), kind, new DateRange(start, end), text(), present);
    }

    private Event event(String id, List<Goal> goals) {
      LocalDate start = day();
      Optional<GoalId> goal =
          goals.isEmpty() || chance() ? Optional.empty() : Optional.of(pick(goals).id());
      return new Event(
          new EventId(id),
          EventKind.values()[below(EventKind.values().length)],
          text(),
          new DateRange(start, start.plusDays(below(3))),
          text(),
          pick(COUNTRIES),
          text(),
          goal,
          participation());
    }

    private Participation participation() {
      int form = below(3);
      if (form == 0) {
        return new Participation.Total(below(100));
      }
      if (form == 1) {
        Map<String, OrganisationParticipants> rows = new LinkedHashMap<>();
        for (int o = 1 + below(3); o > 0; o--) {
          String name = text();
          rows.putIfAbsent(
              name, new OrganisationParticipants(name, pick(COUNTRIES), 1 + below(40)));
        }
        return new Participation.ByOrganisation(List.copyOf(rows.values()));
      }
      TreeSet<PersonRef> people = new TreeSet<>();
      for (int p = 1 + below(4); p > 0; p--) {
        people.add(new PersonRef("T-" + below(50)));
      }
      return new Participation.ByPerson(people);
    }
  }
}
