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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;

/**
 * How a project's partners stand against the training rules at a date: per partner its quota, per
 * training every rule's finding. Made by {@link TrainingRules#compliance}.
 *
 * @param project the project
 * @param at the day judged
 * @param quota the project's quota
 * @param partners each partner that carries the quota, in id order
 * @param trainings each training of the project, in id order
 */
public record ComplianceReport(
    ProjectId project,
    LocalDate at,
    Quota quota,
    List<PartnerCompliance> partners,
    List<TrainingAssessment> trainings) {

  /** Requires every part. */
  public ComplianceReport {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(quota, "quota");
    partners = List.copyOf(partners);
    trainings = List.copyOf(trainings);
  }

  /** The standing of {@code partner}, if it carries the quota. */
  public Optional<PartnerCompliance> partner(PartnerId partner) {
    return partners.stream().filter(p -> p.partner().equals(partner)).findFirst();
  }

  /** The assessment of {@code training}, if the project has it. */
  public Optional<TrainingAssessment> training(TrainingId training) {
    return trainings.stream().filter(t -> t.training().id().equals(training)).findFirst();
  }
}
