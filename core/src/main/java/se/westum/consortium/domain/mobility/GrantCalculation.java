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
package se.westum.consortium.domain.mobility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Money;

/**
 * The grant of one mobility under its project's mobility grant, every line shown: travel by
 * distance band, individual support (days × the grant's daily rate for the receiving country's
 * group), organisational support, inclusion support and course fees, as the call year's table has
 * them.
 *
 * @param mobility the mobility
 * @param travel the travel grant
 * @param lines every line, travel first
 * @param total their sum
 */
public record GrantCalculation(
    Mobility mobility, TravelGrant travel, List<GrantLine> lines, Money total) {

  /** The grant has no places for the mobility's category. */
  public static final String NO_CATEGORY_GRANT = "no-category-grant";

  /** The grant has no daily rate for the receiving country's group. */
  public static final String NO_DAILY_RATE = "no-daily-rate";

  /** Copies the lines. */
  public GrantCalculation {
    lines = List.copyOf(lines);
  }

  /**
   * Calculates the grant of {@code mobility}.
   *
   * @throws ConflictException with code {@code no-category-grant} when the grant has no places for
   *     the mobility's category, or {@code no-daily-rate} when no rate is configured for the
   *     receiving country's group
   */
  public static GrantCalculation of(UnitCosts costs, MobilityGrant grant, Mobility mobility) {
    CategoryGrant category =
        grant
            .category(mobility.category())
            .orElseThrow(
                () ->
                    new ConflictException(
                        NO_CATEGORY_GRANT,
                        "project "
                            + grant.project()
                            + " has no "
                            + mobility.category()
                            + " places"));
    UnitCosts.Generation generation = costs.generation(grant.callYear());
    List<GrantLine> lines = new ArrayList<>();

    TravelGrant travel =
        TravelGrant.of(
            costs,
            grant.callYear(),
            mobility.sending().coordinates(),
            mobility.receiving().coordinates(),
            mobility.greenTravel());
    lines.add(new GrantLine("travel", travel.amount(), travel.explanation()));

    String country = mobility.receiving().country();
    OptionalInt group = generation.countryGroup(country);
    Money rate = group.isPresent() ? category.dailyRates().get(group.getAsInt()) : null;
    if (rate == null) {
      throw new DomainException(
          NO_DAILY_RATE,
          "mobility "
              + mobility.id()
              + ": no daily rate for "
              + country
              + (group.isPresent()
                  ? " (country group " + group.getAsInt() + ")"
                  : " (not in a country group of calls " + generation.name() + ")"));
    }
    int days = mobility.stayDays() + mobility.travelDays();
    lines.add(
        new GrantLine(
            "individual-support",
            times(rate, days),
            days
                + " days ("
                + mobility.stayDays()
                + " abroad + "
                + mobility.travelDays()
                + " travel) × "
                + rate
                + " for country group "
                + group.getAsInt()));

    generation
        .item(UnitCostItem.ORGANISATIONAL_SUPPORT)
        .ifPresent(
            c ->
                lines.add(
                    new GrantLine(
                        "organisational-support", c.amount(), "per participant: " + c.amount())));
    if (mobility.fewerOpportunities()) {
      generation
          .item(UnitCostItem.INCLUSION_SUPPORT)
          .ifPresent(
              c ->
                  lines.add(
                      new GrantLine(
                          "inclusion-support",
                          c.amount(),
                          "participant with fewer opportunities: " + c.amount())));
    }
    if (mobility.courseDays() > 0) {
      generation
          .item(UnitCostItem.COURSE_FEE_PER_DAY)
          .ifPresent(
              perDay -> {
                Money fee = times(perDay.amount(), mobility.courseDays());
                Money max =
                    generation.item(UnitCostItem.COURSE_FEE_MAX).map(UnitCost::amount).orElse(fee);
                Money paid = fee.isAtLeast(max) ? max : fee;
                lines.add(
                    new GrantLine(
                        "course-fees",
                        paid,
                        mobility.courseDays()
                            + " days × "
                            + perDay.amount()
                            + (paid.equals(fee) ? "" : ", capped at " + max)));
              });
    }
    Money total = Money.zero(rate.currency());
    for (GrantLine line : lines) {
      total = total.plus(line.amount());
    }
    return new GrantCalculation(mobility, travel, lines, total);
  }

  private static Money times(Money amount, int count) {
    return new Money(amount.amount().multiply(BigDecimal.valueOf(count)), amount.currency());
  }
}
