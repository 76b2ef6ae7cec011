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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Finding;

/**
 * Rule 4, {@value #RULE}: each partner of a project (not prospective, not associated) delivers
 * between the quota's min and max needs-based trainings within the project period. A training
 * counts when it was delivered (or delivered and evaluated) by the date judged, inside the project
 * period, and satisfies rules 1, 2, 3 and 6; pilots never count ({@link PilotRule}). Below the min
 * a partner is {@link QuotaStatus#IN_PROGRESS} while the project runs and {@link
 * QuotaStatus#NON_COMPLIANT} after it; above the max it is {@link QuotaStatus#NON_COMPLIANT}.
 */
public final class PartnerQuotaRule {

  /** The rule's stable name. */
  public static final String RULE = "partner-quota";

  private final PilotRule pilots = new PilotRule();

  /** True when {@code partner} carries the quota: not prospective and not associated. */
  public boolean carriesQuota(Partner partner) {
    return !partner.prospective() && partner.role() != PartnerRole.ASSOCIATED;
  }

  /**
   * Judges one partner.
   *
   * @param partner the partner
   * @param quota the project's quota
   * @param period the project period
   * @param at the day judged
   * @param trainings the partner's trainings with their findings, in any order
   * @return the partner's standing, with what it still needs in words
   */
  public PartnerCompliance assess(
      Partner partner,
      Quota quota,
      DateRange period,
      LocalDate at,
      Collection<TrainingAssessment> trainings) {
    int delivered = 0;
    int approved = 0;
    int proposed = 0;
    int pilotCount = 0;
    List<String> counted = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    List<LocalDate> approvedFor = new ArrayList<>();
    List<Training> all = new ArrayList<>();
    List<TrainingAssessment> sorted =
        trainings.stream()
            .filter(a -> a.training().plan().partner().equals(partner.id()))
            .sorted(Comparator.comparing(a -> a.training().id()))
            .toList();
    for (TrainingAssessment assessment : sorted) {
      Training t = assessment.training();
      all.add(t);
      if (t.status() == TrainingStatus.REJECTED) {
        continue;
      }
      if (!pilots.mayCount(t.plan())) {
        pilotCount++;
        continue;
      }
      if (t.deliveredBy(at)) {
        delivered++;
        LocalDate on = t.deliveredOn().orElseThrow();
        List<Finding> broken = assessment.broken();
        if (!period.contains(on)) {
          leftOut.add(
              t.id() + " (delivered " + on + ", outside the project period " + period + ")");
        } else if (!broken.isEmpty()) {
          leftOut.add(
              t.id()
                  + " ("
                  + broken.stream()
                      .map(f -> f.rule() + ": " + f.reason())
                      .collect(Collectors.joining("; "))
                  + ")");
        } else {
          counted.add(t.id().value());
        }
      } else if (t.status() == TrainingStatus.PROPOSED) {
        proposed++;
      } else {
        approved++;
        approvedFor.add(t.plan().plannedOn());
      }
    }
    int count = counted.size();
    QuotaStatus status =
        count > quota.max()
            ? QuotaStatus.NON_COMPLIANT
            : count >= quota.min()
                ? QuotaStatus.COMPLIANT
                : at.isAfter(period.end()) ? QuotaStatus.NON_COMPLIANT : QuotaStatus.IN_PROGRESS;
    String standing = standing(status, count, quota, period);
    StringBuilder reason =
        new StringBuilder()
            .append(count)
            .append(" needs-based ")
            .append(count == 1 ? "training" : "trainings")
            .append(" counted against a quota of ")
            .append(quota);
    if (!counted.isEmpty()) {
      reason.append(" (").append(String.join(", ", counted)).append(")");
    }
    if (!leftOut.isEmpty()) {
      reason.append("; left out: ").append(String.join("; ", leftOut));
    }
    reason.append("; ").append(pilots.leftOut(all).reason()).append(": ").append(standing);
    StringBuilder needed =
        new StringBuilder(partner.organisation())
            .append(": ")
            .append(delivered)
            .append(" delivered");
    if (count != delivered) {
      needed.append(" (").append(count).append(" counted)");
    }
    if (approved > 0) {
      needed
          .append(", ")
          .append(approved)
          .append(" approved for ")
          .append(
              approvedFor.stream()
                  .sorted()
                  .map(LocalDate::toString)
                  .collect(Collectors.joining(", ")));
    }
    if (proposed > 0) {
      needed.append(", ").append(proposed).append(" proposed");
    }
    needed.append("; ").append(standing);
    Finding finding =
        status == QuotaStatus.COMPLIANT
            ? Finding.satisfied(RULE, reason.toString())
            : Finding.violated(RULE, reason.toString());
    if (status == QuotaStatus.NON_COMPLIANT) {
      // the counts a report words the breach with; the ids and left-out reasons stay in the reason
      finding =
          count > quota.max()
              ? finding.withVariant("over", count, quota.min(), quota.max())
              : finding.withVariant("short", count, quota.min(), quota.max(), period.end());
    }
    return new PartnerCompliance(
        partner.id(),
        partner.organisation(),
        partner.country(),
        delivered,
        count,
        approved,
        proposed,
        pilotCount,
        status,
        needed.toString(),
        finding);
  }

  private static String standing(QuotaStatus status, int count, Quota quota, DateRange period) {
    return switch (status) {
      case COMPLIANT -> "within the quota of " + quota;
      case IN_PROGRESS ->
          "needs at least " + (quota.min() - count) + " more delivered by " + period.end();
      case NON_COMPLIANT ->
          count > quota.max()
              ? (count - quota.max()) + " more than the most allowed (" + quota.max() + ")"
              : "needed at least "
                  + (quota.min() - count)
                  + " more delivered by "
                  + period.end()
                  + "; the project has ended";
    };
  }
}
