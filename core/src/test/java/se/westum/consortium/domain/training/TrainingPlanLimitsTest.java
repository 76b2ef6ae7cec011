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
package se.westum.consortium.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.ValidationException;

/** A plan's sets are stored joined in one column each: the record refuses what would not fit. */
class TrainingPlanLimitsTest {

  @Test
  void topics_that_fit_the_column_joined_are_accepted_and_one_more_is_refused() {
    // given: 48 ids of 40 characters and 47 separators are 1 967 characters; 49 are 2 008
    SortedSet<TopicId> fitting = topics(48);
    SortedSet<TopicId> tooMany = topics(49);

    // when
    TrainingPlan accepted = plan(fitting);
    ValidationException refused =
        catchThrowableOfType(ValidationException.class, () -> plan(tooMany));

    // then
    assertThat(accepted.topics()).hasSize(48);
    assertThat(refused.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("topics");
              assertThat(e.code()).isEqualTo(Bounds.LIST_TOO_LONG);
              assertThat(e.message()).contains(String.valueOf(Limits.LIST), "2008", "49 entries");
            });
  }

  private static SortedSet<TopicId> topics(int count) {
    TreeSet<TopicId> topics = new TreeSet<>();
    IntStream.range(0, count)
        .forEach(i -> topics.add(new TopicId(String.format("topic-%034d", i))));
    return topics;
  }

  private static TrainingPlan plan(SortedSet<TopicId> topics) {
    return new TrainingPlan(
        new TrainingId("T1"),
        new ProjectId("KOBRA"),
        "Digitalisering",
        TrainingKind.NEEDS_BASED,
        topics,
        new TreeSet<>(List.of(new SectorId("industrial-technology"))),
        EnumSet.of(SizeClass.SMALL),
        new PartnerId("P-LIDKOPING"),
        DeliveryMode.VIDEO_CONFERENCE,
        false,
        new TreeSet<>(List.of("SE")),
        LocalDate.of(2017, 3, 15));
  }
}
