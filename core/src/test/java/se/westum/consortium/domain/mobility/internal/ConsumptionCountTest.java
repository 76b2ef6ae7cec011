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
package se.westum.consortium.domain.mobility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static se.westum.consortium.testing.ProjectFixtures.grant;
import static se.westum.consortium.testing.ProjectFixtures.learnerToHamburg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.GrantLine;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.ParticipantRef;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConsumptionCountTest {

  private static final UnitCosts COSTS = UnitCosts.bundled();
  private final ConsumptionCount count = new ConsumptionCount(COSTS);
  private static final LocalDate DAY = LocalDate.of(2016, 12, 31);

  @Test
  void the_grant_of_a_mobility_shows_every_line() {
    // when
    GrantCalculation calculation =
        GrantCalculation.of(
            COSTS,
            grant(),
            learnerToHamburg("1", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED));

    // then
    assertThat(calculation.lines())
        .extracting(GrantLine::item)
        .containsExactly("travel", "individual-support", "organisational-support");
    assertThat(calculation.travel().band().orElseThrow().label()).isEqualTo("500–1999 km");
    assertThat(calculation.lines().get(1).explanation())
        .isEqualTo("16 days (14 abroad + 2 travel) × 30.00 EUR for country group 2");
    assertThat(calculation.total().amount()).isEqualByComparingTo("1105.00");
  }

  @Test
  void a_receiving_country_without_a_rate_is_refused_with_its_reason() {
    Mobility toIndia =
        new Mobility(
            new MobilityId("X"),
            grant().project(),
            new ParticipantRef("L-X"),
            ParticipantCategory.LEARNER,
            learnerToHamburg("1", DAY, MobilityStatus.PLANNED).sending(),
            java.util.Optional.empty(),
            new Place("School", "Delhi", "IN", Coordinates.parse("28.6,77.2")),
            DAY,
            DAY,
            0,
            false,
            false,
            0,
            MobilityStatus.PLANNED);
    assertThatThrownBy(() -> GrantCalculation.of(COSTS, grant(), toIndia))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("IN");
  }

  @Test
  void completed_mobilities_use_places_and_budget_planned_ones_count_in_the_forecast() {
    // given 4 completed learner mobilities, 2 planned, 1 cancelled
    List<Mobility> mobilities = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mobilities.add(learnerToHamburg("C" + i, LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED));
    }
    mobilities.add(learnerToHamburg("P1", LocalDate.of(2017, 3, 1), MobilityStatus.PLANNED));
    mobilities.add(learnerToHamburg("P2", LocalDate.of(2017, 3, 1), MobilityStatus.PLANNED));
    mobilities.add(learnerToHamburg("X", LocalDate.of(2016, 3, 1), MobilityStatus.CANCELLED));

    // when
    CategoryConsumption learners = count.at(grant(), mobilities, DAY).get(0);

    // then
    assertThat(learners.placesUsed()).isEqualTo(4);
    assertThat(learners.placesUsedPercent().value()).isEqualByComparingTo("40.0");
    assertThat(learners.budgetUsed().amount()).isEqualByComparingTo("4420.00");
    assertThat(learners.budgetUsedPercent().value()).isEqualByComparingTo("36.8");
    assertThat(learners.averageGrant().amount()).isEqualByComparingTo("1105.00");
    assertThat(learners.budgetPerPlace().amount()).isEqualByComparingTo("1200.00");
    assertThat(learners.gap())
        .isEqualTo(
            "learner: 40.0 % of places but 36.8 % of budget used; a completed mobility cost on average 1105.00 EUR against 1200.00 EUR granted per place");
    assertThat(learners.forecastPlaces()).isEqualTo(6);
    assertThat(learners.forecastBudgetPercent().value()).isEqualByComparingTo("55.3");
    assertThat(learners.target().satisfied()).isFalse();
    assertThat(learners.target().reason())
        .isEqualTo("budget used 36.8 % against a target of 80.0 %");
    assertThat(learners.target().arguments())
        .containsExactly(
            new Percentage(new BigDecimal("36.8")), new Percentage(new BigDecimal("80.0")));
  }

  @Test
  void a_mobility_not_yet_over_at_the_day_is_not_consumed() {
    CategoryConsumption learners =
        count
            .at(
                grant(),
                List.of(
                    learnerToHamburg("C", LocalDate.of(2016, 12, 25), MobilityStatus.COMPLETED)),
                DAY)
            .get(0);
    assertThat(learners.placesUsed()).isZero();
    assertThat(learners.forecastPlaces()).isEqualTo(1);
  }

  @Test
  void the_consumed_budget_is_the_sum_of_the_mobility_grants_and_percentages_are_never_negative() {
    qt().forAll(
            lists().of(integers().between(0, 2)).ofSizeBetween(0, 25), integers().between(0, 700))
        .check(
            (statuses, offset) -> {
              List<Mobility> mobilities = new ArrayList<>();
              for (int i = 0; i < statuses.size(); i++) {
                mobilities.add(
                    learnerToHamburg(
                        "M" + i,
                        LocalDate.of(2015, 6, 1).plusDays(offset + i),
                        MobilityStatus.values()[statuses.get(i)]));
              }
              CategoryConsumption learners = count.at(grant(), mobilities, DAY).get(0);
              Money sum = Money.zero(learners.budgetUsed().currency());
              for (Mobility m : mobilities) {
                if (m.completedBy(DAY)) {
                  sum = sum.plus(GrantCalculation.of(COSTS, grant(), m).total());
                }
              }
              return learners.budgetUsed().equals(sum)
                  && learners.placesUsedPercent().value().signum() >= 0
                  && learners.budgetUsedPercent().value().signum() >= 0
                  && learners
                          .forecastBudgetPercent()
                          .value()
                          .compareTo(learners.budgetUsedPercent().value())
                      >= 0
                  && learners.averageGrant().amount().compareTo(BigDecimal.ZERO) >= 0;
            });
  }

  @Test
  void a_fold_over_more_distinct_trips_than_it_remembers_sums_every_grant_exactly() {
    // given more distinct grant bases (receiving places) than a tally remembers, each twice
    List<Mobility> mobilities = new ArrayList<>();
    int distinct = ConsumptionCount.REMEMBERED_BASES + 500;
    for (int i = 0; i < 2 * distinct; i++) {
      Mobility hamburg =
          learnerToHamburg("M" + i, LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED);
      BigDecimal east = new BigDecimal("9.9937").add(new BigDecimal(i % distinct).movePointLeft(4));
      mobilities.add(
          new Mobility(
              hamburg.id(),
              hamburg.project(),
              hamburg.participant(),
              hamburg.category(),
              hamburg.sending(),
              hamburg.sendingMember(),
              new Place(
                  "Host " + i, "Hamburg", "DE", new Coordinates(new BigDecimal("53.5511"), east)),
              hamburg.start(),
              hamburg.end(),
              hamburg.travelDays(),
              false,
              i % 3 == 0,
              i % 5,
              hamburg.status()));
    }

    // when
    CategoryConsumption learners = count.at(grant(), mobilities, DAY).get(0);

    // then
    BigDecimal sum = BigDecimal.ZERO;
    for (Mobility m : mobilities) {
      sum = sum.add(GrantCalculation.of(COSTS, grant(), m).total().amount());
    }
    assertThat(learners.placesUsed()).isEqualTo(2 * distinct);
    assertThat(learners.budgetUsed().amount()).isEqualByComparingTo(sum);
    assertThat(learners.forecastBudget().amount()).isEqualByComparingTo(sum);
  }
}
