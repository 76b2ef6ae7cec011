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
import java.util.Set;
import java.util.stream.Collectors;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.shared.Finding;

/**
 * The six rules of needs-based training, in one place (DESIGN.md §4.5):
 *
 * <ol>
 *   <li>{@link FocusAreaRule} ({@value FocusAreaRule#RULE}): a needs-based training addresses at
 *       least one focus area that recorded needs back;
 *   <li>{@link TargetGroupRule} ({@value TargetGroupRule#RULE}): its target group is SMEs only in
 *       the project's selected sectors;
 *   <li>{@link ApprovalRule} ({@value ApprovalRule#RULE}): a quorate consortium board meeting or
 *       strategy day approved it no later than its delivery (or planned) day;
 *   <li>{@link PartnerQuotaRule} ({@value PartnerQuotaRule#RULE}): each partner delivers between
 *       the quota's min and max counted needs-based trainings in the project period;
 *   <li>{@link PilotRule} ({@value PilotRule#RULE}): pilots do not count towards rule 4;
 *   <li>{@link TransnationalOpenRule} ({@value TransnationalOpenRule#RULE}): a transnational
 *       training is open to every country with a partner in the project.
 * </ol>
 *
 * Each returns an explained {@link Finding}; a broken rule is recorded and reported, never an
 * import error.
 */
public final class TrainingRules {

  /** Rule 1. */
  public static final FocusAreaRule FOCUS_AREA = new FocusAreaRule();

  /** Rule 2. */
  public static final TargetGroupRule TARGET_GROUP = new TargetGroupRule();

  /** Rule 3. */
  public static final ApprovalRule APPROVAL = new ApprovalRule();

  /** Rule 4. */
  public static final PartnerQuotaRule PARTNER_QUOTA = new PartnerQuotaRule();

  /** Rule 5. */
  public static final PilotRule PILOT = new PilotRule();

  /** Rule 6. */
  public static final TransnationalOpenRule TRANSNATIONAL_OPEN = new TransnationalOpenRule();

  /** The ids of the six rules, in their order. */
  public static final List<String> RULES =
      List.of(
          FocusAreaRule.RULE,
          TargetGroupRule.RULE,
          ApprovalRule.RULE,
          PartnerQuotaRule.RULE,
          PilotRule.RULE,
          TransnationalOpenRule.RULE);

  /** The rules judging one training, in the order of its findings. */
  public static final List<String> TRAINING_RULES =
      List.of(
          FocusAreaRule.RULE,
          TargetGroupRule.RULE,
          ApprovalRule.RULE,
          PilotRule.RULE,
          TransnationalOpenRule.RULE);

  /** The rules a delivered needs-based training must satisfy to count towards the quota. */
  public static final Set<String> COUNTING_RULES =
      Set.of(
          FocusAreaRule.RULE, TargetGroupRule.RULE, ApprovalRule.RULE, TransnationalOpenRule.RULE);

  private TrainingRules() {}

  /**
   * Every single-training rule's finding for {@code training}.
   *
   * @param training the training
   * @param facts the project's facts at the date judged
   */
  public static TrainingAssessment assess(Training training, TrainingFacts facts) {
    TrainingPlan plan = training.plan();
    return new TrainingAssessment(
        training,
        List.of(
            FOCUS_AREA.assess(plan, facts.backedFocusAreas()),
            TARGET_GROUP.assess(plan, facts.selectedSectors()),
            APPROVAL.assess(training, training.decision().flatMap(facts::decision)),
            PILOT.assess(plan),
            TRANSNATIONAL_OPEN.assess(plan, facts.partnerCountries())));
  }

  /**
   * The compliance of a project at a date: every training judged by rules 1, 2, 3, 5 and 6, and
   * every partner that carries the quota by rule 4.
   *
   * @param project the project (its period bounds the quota)
   * @param partners its partners
   * @param quota its quota
   * @param at the day judged
   * @param trainings its trainings, in any order; those of other projects are left out
   * @param facts its facts at {@code at}
   */
  public static ComplianceReport compliance(
      Project project,
      Collection<Partner> partners,
      Quota quota,
      LocalDate at,
      Collection<? extends Training> trainings,
      TrainingFacts facts) {
    List<TrainingAssessment> assessed =
        trainings.stream()
            .filter(t -> t.plan().project().equals(project.id()))
            .sorted(Comparator.comparing(Training::id))
            .map(t -> assess(t, facts))
            .toList();
    List<PartnerCompliance> standing = new ArrayList<>();
    partners.stream()
        .filter(p -> p.project().equals(project.id()) && PARTNER_QUOTA.carriesQuota(p))
        .sorted(Comparator.comparing(Partner::id))
        .forEach(p -> standing.add(PARTNER_QUOTA.assess(p, quota, project.period(), at, assessed)));
    return new ComplianceReport(project.id(), at, quota, standing, assessed);
  }

  /** The items of {@code values} in their order, joined by commas. */
  static String list(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
