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

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of governance files in the excel-sv dialect, for tests: the headers, and a board of eight
 * ordinary members and one deputy for the term 2016 (names invented).
 */
final class GovernanceLines {

  static final String BOARD = "term;term_start;term_end;person;name;role";
  static final String POSITIONS = "term;kind;person;name";
  static final String MEETINGS = "id;kind;start;end;place";
  static final String ATTENDANCE = "meeting;person";
  static final String DECISIONS = "meeting;paragraph;subject;outcome";
  static final String GOALS = "id;fiscal_year;number;title";
  static final String EVENTS = "id;kind;name;start;end;place;country;organiser;goal;participants";
  static final String PARTICIPANTS = "event;organisation;country;count;person";
  static final String STAFF = "id;name;role;started;ended;projects";

  private static final String[] ROLES = {
    "CHAIR", "VICE_CHAIR", "TREASURER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER"
  };

  private GovernanceLines() {}

  /** A seat of term 2016 (the whole year). */
  static String seat(String person, String role) {
    return "2016;2016-01-01;2016-12-31;" + person + ";Ledamot " + person + ";" + role;
  }

  /**
   * board.csv of term 2016: P-1 chair, P-2 vice chair, P-3 treasurer, P-4 to P-8 members (lines 2
   * to 9) and deputy D-1 (line 10), then {@code more} rows.
   */
  static String[] board2016(String... more) {
    List<String> lines = new ArrayList<>();
    lines.add(BOARD);
    for (int i = 0; i < ROLES.length; i++) {
      lines.add(seat("P-" + (i + 1), ROLES[i]));
    }
    lines.add(seat("D-1", "DEPUTY"));
    lines.addAll(List.of(more));
    return lines.toArray(String[]::new);
  }

  /** A header followed by rows. */
  static String[] file(String header, String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = header;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return lines;
  }

  /** attendance.csv rows: these people present at this meeting. */
  static String[] present(String meeting, String... people) {
    String[] rows = new String[people.length];
    for (int i = 0; i < people.length; i++) {
      rows[i] = meeting + ";" + people[i];
    }
    return rows;
  }

  /** A board meeting of 2016 in meetings.csv. */
  static String boardMeeting(String id, String day) {
    return id + ";BOARD_MEETING;" + day + ";;Skövde";
  }

  /** An event of 2016 in events.csv with no goal and the given total (empty for none). */
  static String event(String id, String participants) {
    return id
        + ";CONFERENCE;Konferens;2016-04-20;2016-04-21;Billinge hus, Skövde;SE;Westum;;"
        + participants;
  }
}
