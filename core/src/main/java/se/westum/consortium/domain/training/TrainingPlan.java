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

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * What a training (utbildningsinsats) is, whatever its status: the part a partner proposes and the
 * board approves.
 *
 * @param id its identity
 * @param project the project
 * @param title its title, 1 to {@link Limits#TITLE} characters
 * @param kind pilot or needs-based
 * @param topics the need topics it addresses, at least one
 * @param targetSectors the sectors it targets
 * @param targetSizes the company size classes it targets
 * @param partner the partner delivering it
 * @param mode how it is delivered
 * @param transnational whether it is offered across borders
 * @param openTo the countries it is open to (ISO codes)
 * @param plannedOn the planned day of delivery
 * @param goal the operational-plan goal it serves, if it names one
 */
public record TrainingPlan(
    TrainingId id,
    ProjectId project,
    String title,
    TrainingKind kind,
    SortedSet<TopicId> topics,
    SortedSet<SectorId> targetSectors,
    Set<SizeClass> targetSizes,
    PartnerId partner,
    DeliveryMode mode,
    boolean transnational,
    SortedSet<String> openTo,
    LocalDate plannedOn,
    Optional<GoalId> goal) {

  /** A training that addresses no topic. */
  public static final String NO_TOPIC = "no-topic";

  /** Requires every part and at least one topic. */
  public TrainingPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    title = Texts.required("title", title, Limits.TITLE);
    Objects.requireNonNull(kind, "kind");
    topics = Collections.unmodifiableSortedSet(new TreeSet<>(topics));
    if (topics.isEmpty()) {
      throw ValidationException.of("topics", NO_TOPIC, "a training addresses at least one topic");
    }
    targetSectors = Collections.unmodifiableSortedSet(new TreeSet<>(targetSectors));
    targetSizes =
        Collections.unmodifiableSet(
            targetSizes.isEmpty() ? EnumSet.noneOf(SizeClass.class) : EnumSet.copyOf(targetSizes));
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(mode, "mode");
    TreeSet<String> countries = new TreeSet<>();
    openTo.forEach(c -> countries.add(ParticipantCount.country("openTo", c)));
    openTo = Collections.unmodifiableSortedSet(countries);
    Bounds.date("plannedOn", plannedOn);
    Objects.requireNonNull(goal, "goal");
    // the three sets are stored joined in one column each
    Bounds.joined("topics", topics.stream().map(TopicId::value).toList(), Limits.LIST);
    Bounds.joined(
        "targetSectors", targetSectors.stream().map(SectorId::value).toList(), Limits.LIST);
    Bounds.joined("openTo", List.copyOf(openTo), Limits.LIST);
  }

  /**
   * A training that names no goal.
   *
   * @param id its identity
   * @param project the project
   * @param title its title, 1 to {@link Limits#TITLE} characters
   * @param kind pilot or needs-based
   * @param topics the need topics it addresses, at least one
   * @param targetSectors the sectors it targets
   * @param targetSizes the company size classes it targets
   * @param partner the partner delivering it
   * @param mode how it is delivered
   * @param transnational whether it is offered across borders
   * @param openTo the countries it is open to (ISO codes)
   * @param plannedOn the planned day of delivery
   */
  public TrainingPlan(
      TrainingId id,
      ProjectId project,
      String title,
      TrainingKind kind,
      SortedSet<TopicId> topics,
      SortedSet<SectorId> targetSectors,
      Set<SizeClass> targetSizes,
      PartnerId partner,
      DeliveryMode mode,
      boolean transnational,
      SortedSet<String> openTo,
      LocalDate plannedOn) {
    this(
        id,
        project,
        title,
        kind,
        topics,
        targetSectors,
        targetSizes,
        partner,
        mode,
        transnational,
        openTo,
        plannedOn,
        Optional.empty());
  }
}
