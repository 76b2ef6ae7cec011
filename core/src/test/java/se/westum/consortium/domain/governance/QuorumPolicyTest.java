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

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.testing.GovernanceFixtures.board2016;
import static se.westum.consortium.testing.GovernanceFixtures.boardMeeting;
import static se.westum.consortium.testing.GovernanceFixtures.deputy;
import static se.westum.consortium.testing.GovernanceFixtures.firstOrdinary;
import static se.westum.consortium.testing.GovernanceFixtures.ordinary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Finding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuorumPolicyTest {

  private final QuorumPolicy policy = new QuorumPolicy();
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  @Test
  void five_of_eight_ordinary_members_are_quorate() {
    Finding finding = policy.assess(board2016(), boardMeeting("B1", DAY, firstOrdinary(5)));
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason()).isEqualTo("5 of 8 ordinary members present: quorate");
  }

  @Test
  void four_of_eight_ordinary_members_are_not_quorate() {
    Finding finding = policy.assess(board2016(), boardMeeting("B1", DAY, firstOrdinary(4)));
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo("4 of 8 ordinary members present: not quorate (more than half, 5, needed)");
  }

  @Test
  void a_deputy_stands_in_for_an_absent_ordinary_member() {
    Finding finding =
        policy.assess(
            board2016(),
            boardMeeting("B1", DAY, ordinary(1), ordinary(2), ordinary(3), ordinary(4), deputy(1)));
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason())
        .isEqualTo("4 of 8 ordinary members present and 1 deputy standing in: quorate");
  }

  @Test
  void deputies_alone_never_make_a_quorum_and_count_only_for_absent_members() {
    // given all eight ordinary members and both deputies
    List<PersonRef> everyone = new ArrayList<>(List.of(firstOrdinary(8)));
    everyone.add(deputy(1));
    everyone.add(deputy(2));

    // when / then
    assertThat(
            policy.assess(board2016(), boardMeeting("B1", DAY, deputy(1), deputy(2))).satisfied())
        .isFalse();
    assertThat(
            policy
                .assess(board2016(), boardMeeting("B2", DAY, everyone.toArray(PersonRef[]::new)))
                .reason())
        .isEqualTo("8 of 8 ordinary members present: quorate");
  }

  @Test
  void people_who_are_not_on_the_board_do_not_count() {
    Finding finding =
        policy.assess(
            board2016(),
            boardMeeting(
                "B1",
                DAY,
                ordinary(1),
                ordinary(2),
                ordinary(3),
                ordinary(4),
                new PersonRef("GUEST")));
    assertThat(finding.satisfied()).isFalse();
  }

  @Test
  void an_annual_meeting_is_not_judged_by_the_boards_quorum() {
    Meeting annual =
        new Meeting(
            new MeetingId("AM2016"),
            MeetingKind.ANNUAL_MEETING,
            DateRange.on(DAY),
            "Skövde",
            new TreeSet<>());
    assertThat(policy.admitsDecisionAt(annual, List.of(board2016())).satisfied()).isTrue();
  }

  @Test
  void a_board_meeting_outside_every_term_admits_no_decision() {
    Finding finding =
        policy.admitsDecisionAt(
            boardMeeting("B1", LocalDate.of(2015, 3, 1), firstOrdinary(8)), List.of(board2016()));
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason()).isEqualTo("no board term covers 2015-03-01");
  }
}
