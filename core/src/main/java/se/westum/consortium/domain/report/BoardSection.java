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
package se.westum.consortium.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.MeetingKind;

/**
 * The board (styrelse) of the year: its members by role and its sessions, as the seed counts them
 * (board meetings plus strategy days).
 *
 * @param members the seats in role order (chair first), each named by role
 * @param memberCount how many seats, traced to the board term
 * @param meetings the meetings of the board by kind ({@link MeetingKind#BOARD_MEETING}, {@link
 *     MeetingKind#STRATEGY_DAY}), each with its meetings and days
 * @param sessions board meetings plus strategy days
 */
public record BoardSection(
    List<Member> members, Figure memberCount, List<MeetingCount> meetings, Figure sessions)
    implements ReportSection {

  /** Copies the lists; requires the figures. */
  public BoardSection {
    members = List.copyOf(members);
    Objects.requireNonNull(memberCount, "memberCount");
    meetings = List.copyOf(meetings);
    Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public SectionId id() {
    return SectionId.BOARD;
  }

  @Override
  public List<Figure> figures() {
    List<Figure> all = new ArrayList<>();
    all.add(memberCount);
    for (MeetingCount count : meetings) {
      all.add(count.meetings());
      all.add(count.days());
    }
    all.add(sessions);
    return List.copyOf(all);
  }

  /**
   * A board seat.
   *
   * @param role the role
   * @param name the member's name, shown because the report names the board by role
   */
  public record Member(BoardRole role, String name) {
    /** Requires both. */
    public Member {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The meetings of one kind in the year.
   *
   * @param kind the kind
   * @param meetings how many meetings
   * @param days how many days they took (a two-day strategy meeting is two strategy days)
   */
  public record MeetingCount(MeetingKind kind, Figure meetings, Figure days) {
    /** Requires all parts. */
    public MeetingCount {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(meetings, "meetings");
      Objects.requireNonNull(days, "days");
    }
  }
}
