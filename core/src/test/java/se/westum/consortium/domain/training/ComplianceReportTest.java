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
import static se.westum.consortium.domain.training.TrainingFixtures.LARVIK;
import static se.westum.consortium.domain.training.TrainingFixtures.LIDKOPING;
import static se.westum.consortium.domain.training.TrainingFixtures.SKOVDE;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;
import static se.westum.consortium.domain.training.TrainingFixtures.facts;
import static se.westum.consortium.domain.training.TrainingFixtures.kobra;
import static se.westum.consortium.domain.training.TrainingFixtures.partners;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.Finding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplianceReportTest {

  private static final LocalDate AT = LocalDate.of(2017, 3, 31);

  @Test
  void the_report_gives_every_partner_its_standing_and_every_training_each_rules_finding() {
    // given Skövde delivered a transnational training closed to Norway and a pilot; Lidköping has
    // one approved; Larvik nothing
    List<Training> trainings =
        List.of(
            aTraining().id("KOBRA-T00").pilot().by(SKOVDE).deliveredOn(LocalDate.of(2016, 11, 17)),
            aTraining()
                .id("KOBRA-T01")
                .by(SKOVDE)
                .transnational("SE", "DK")
                .deliveredOn(LocalDate.of(2017, 3, 2)),
            aTraining().id("KOBRA-T02").by(LIDKOPING).approved());

    // when
    ComplianceReport report =
        TrainingRules.compliance(kobra(), partners(), Quota.DEFAULT, AT, trainings, facts());

    // then
    assertThat(report.partners())
        .extracting(PartnerCompliance::partner)
        .containsExactly(
            new se.westum.consortium.domain.project.PartnerId("KOBRA-P01"),
            LARVIK,
            SKOVDE,
            LIDKOPING);
    PartnerCompliance skovde = report.partner(SKOVDE).orElseThrow();
    assertThat(skovde.status()).isEqualTo(QuotaStatus.IN_PROGRESS);
    assertThat(skovde.delivered()).isEqualTo(1);
    assertThat(skovde.counted()).isZero();
    assertThat(skovde.pilots()).isEqualTo(1);
    assertThat(skovde.quota().reason())
        .isEqualTo(
            "0 needs-based trainings counted against a quota of 1 to 3; left out: KOBRA-T01"
                + " (transnational-open: transnational and open to DK, SE, not to NO, where the"
                + " project has partners); 1 pilot left out (KOBRA-T00): needs at least 1 more"
                + " delivered by 2018-08-31");
    assertThat(report.partner(LIDKOPING).orElseThrow().needed())
        .isEqualTo(
            "Lidköpings kommun: 0 delivered, 1 approved for 2017-03-15; needs at least 1 more"
                + " delivered by 2018-08-31");
    assertThat(report.partner(LARVIK).orElseThrow().needed())
        .isEqualTo("Larvik kommune: 0 delivered; needs at least 1 more delivered by 2018-08-31");
    assertThat(report.training(new TrainingId("KOBRA-T01")).orElseThrow().findings())
        .extracting(Finding::rule)
        .containsExactlyElementsOf(TrainingRules.TRAINING_RULES);
    assertThat(TrainingRules.RULES).hasSize(6).doesNotHaveDuplicates();
  }

  @Test
  void a_partner_whose_training_satisfies_every_rule_is_compliant() {
    // given
    List<Training> trainings =
        List.of(
            aTraining()
                .by(LIDKOPING)
                .transnational("SE", "NO", "DK")
                .deliveredOn(LocalDate.of(2017, 3, 2)));

    // when
    ComplianceReport report =
        TrainingRules.compliance(kobra(), partners(), Quota.DEFAULT, AT, trainings, facts());

    // then
    assertThat(report.partner(LIDKOPING).orElseThrow().status()).isEqualTo(QuotaStatus.COMPLIANT);
    assertThat(report.trainings().get(0).findings()).allMatch(Finding::satisfied);
  }
}
