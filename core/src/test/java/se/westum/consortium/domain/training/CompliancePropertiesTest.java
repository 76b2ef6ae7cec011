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

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static se.westum.consortium.domain.training.TrainingFixtures.DIGITALISATION;
import static se.westum.consortium.domain.training.TrainingFixtures.END;
import static se.westum.consortium.domain.training.TrainingFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.domain.training.TrainingFixtures.START;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;
import static se.westum.consortium.domain.training.TrainingFixtures.facts;
import static se.westum.consortium.domain.training.TrainingFixtures.lidkoping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.westum.consortium.domain.shared.DateRange;

/** Laws of the partner quota (rules 4 and 5). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CompliancePropertiesTest {

  private static final DateRange PERIOD = new DateRange(START, END);

  /** Any training of Lidköping: either kind, any status, on or off topic, SMEs or not. */
  private static Gen<Training> trainings() {
    return integers()
        .between(0, 1)
        .zip(
            integers().between(0, 4),
            integers().between(0, 3),
            integers().between(0, 1500),
            (kind, status, variant, day) -> {
              TrainingFixtures.TrainingBuilder b =
                  aTraining()
                      .id("T-" + kind + status + variant + "-" + day)
                      .plannedOn(START.plusDays(day));
              if (kind == 0) {
                b.pilot();
              }
              if ((variant & 1) == 1) {
                b.topics(DIGITALISATION);
              }
              if ((variant & 2) == 2) {
                b.sizes(SizeClass.MEDIUM, SizeClass.LARGE);
              }
              return switch (status) {
                case 0 -> b.proposed();
                case 1 -> b.approved();
                case 2 -> b.proposed().reject(TrainingFixtures.QUALITY_ASSURANCE);
                case 3 -> b.deliveredOn(START.plusDays(day));
                default -> b.deliveredOn(START.plusDays(day)).evaluate(4, Optional.empty());
              };
            });
  }

  private static Gen<LocalDate> days() {
    return integers().between(0, 1500).map(START::plusDays);
  }

  private static PartnerCompliance judge(LocalDate at, Quota quota, List<Training> trainings) {
    return TrainingRules.PARTNER_QUOTA.assess(
        lidkoping(),
        quota,
        PERIOD,
        at,
        trainings.stream().map(t -> TrainingRules.assess(t, facts())).toList());
  }

  private static Gen<Quota> quotas() {
    return integers()
        .between(0, 3)
        .zip(integers().between(1, 4), (min, extra) -> new Quota(min, min + extra));
  }

  @Test
  void a_valid_delivered_training_never_makes_a_compliant_partner_non_compliant_within_the_max() {
    qt().withExamples(300)
        .forAll(
            lists().of(trainings()).ofSizeBetween(0, 6),
            days(),
            quotas(),
            integers().between(0, 1500))
        .check(
            (trainings, at, quota, deliveredDay) -> {
              // given a valid needs-based training approved by a quorate board meeting, delivered
              // in the project period by the date judged
              LocalDate delivered = START.plusDays(deliveredDay);
              if (delivered.isAfter(at)
                  || delivered.isBefore(LocalDate.of(2016, 12, 8))
                  || !PERIOD.contains(delivered)) {
                return true;
              }
              Training valid =
                  aTraining().id("T-VALID").topics(SOCIAL_MEDIA).deliveredOn(delivered);
              List<Training> more = new ArrayList<>(trainings);
              more.add(valid);

              // when
              PartnerCompliance before = judge(at, quota, trainings);
              PartnerCompliance after = judge(at, quota, more);

              // then
              return after.counted() == before.counted() + 1
                  && (before.status() != QuotaStatus.COMPLIANT
                      || after.counted() > quota.max()
                      || after.status() == QuotaStatus.COMPLIANT);
            });
  }

  @Test
  void a_pilot_never_changes_a_partners_quota_status() {
    qt().withExamples(300)
        .forAll(lists().of(trainings()).ofSizeBetween(0, 6), trainings(), days(), quotas())
        .check(
            (trainings, extra, at, quota) -> {
              // given any pilot, in any state
              Training pilot = extra.plan().kind() == TrainingKind.PILOT ? extra : null;
              if (pilot == null) {
                return true;
              }
              List<Training> more = new ArrayList<>(trainings);
              more.add(pilot);

              // when
              PartnerCompliance before = judge(at, quota, trainings);
              PartnerCompliance after = judge(at, quota, more);

              // then
              return after.status() == before.status() && after.counted() == before.counted();
            });
  }
}
