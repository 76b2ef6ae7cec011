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

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every free-text column of the governance files, each with a one-row file whose cell in that
 * column is {@code {}}, and every hostile value: a NUL, an ESC (a terminal's control sequence) and
 * a text of 1 MB.
 *
 * @param file the file
 * @param header its header line (excel-sv)
 * @param row its data row, the hostile value written as {@code {}}
 * @param column the 1-based position of the text column
 * @param columnName its name
 */
record GovernanceTextCell(String file, String header, String row, int column, String columnName) {

  /** The hostile values, by name. */
  static final String[][] VALUES = {
    {"a NUL", "Sk\u0000övde"}, {"an ESC", "Sk\u001b[2Jövde"}, {"1 MB", "x".repeat(1 << 20)}
  };

  /** Every governance text column. */
  static final GovernanceTextCell[] CELLS = {
    new GovernanceTextCell(
        "board.csv", GovernanceLines.BOARD, "2016;2016-01-01;2016-12-31;P-1;{};CHAIR", 5, "name"),
    new GovernanceTextCell(
        "positions.csv", GovernanceLines.POSITIONS, "2016;AUDITOR;R-1;{}", 4, "name"),
    new GovernanceTextCell(
        "meetings.csv", GovernanceLines.MEETINGS, "B-1;BOARD_MEETING;2016-03-17;;{}", 5, "place"),
    new GovernanceTextCell(
        "decisions.csv", GovernanceLines.DECISIONS, "B-1;1;{};Antogs", 3, "subject"),
    new GovernanceTextCell(
        "decisions.csv", GovernanceLines.DECISIONS, "B-1;1;Budget;{}", 4, "outcome"),
    new GovernanceTextCell("goals.csv", GovernanceLines.GOALS, "2016-I;2016;I;{}", 4, "title"),
    new GovernanceTextCell(
        "events.csv",
        GovernanceLines.EVENTS,
        "E-1;CONFERENCE;{};2016-04-20;;Skövde;SE;Westum;;35",
        3,
        "name"),
    new GovernanceTextCell(
        "events.csv",
        GovernanceLines.EVENTS,
        "E-1;CONFERENCE;Konferens;2016-04-20;;{};SE;Westum;;35",
        6,
        "place"),
    new GovernanceTextCell(
        "events.csv",
        GovernanceLines.EVENTS,
        "E-1;CONFERENCE;Konferens;2016-04-20;;Skövde;SE;{};;35",
        8,
        "organiser"),
    new GovernanceTextCell(
        "event_participants.csv", GovernanceLines.PARTICIPANTS, "E-1;{};SE;3;", 2, "organisation")
  };

  /** Every text column with every hostile value: (cell, value name, value). */
  static Stream<Arguments> all() {
    return Stream.of(CELLS)
        .flatMap(cell -> Stream.of(VALUES).map(v -> Arguments.of(cell, v[0], v[1])));
  }

  /** The row with {@code value} in the text column. */
  String rowWith(String value) {
    return row.replace("{}", value);
  }

  @Override
  public String toString() {
    return file + " " + columnName;
  }
}
