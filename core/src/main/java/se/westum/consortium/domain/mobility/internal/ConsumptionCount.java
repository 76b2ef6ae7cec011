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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;

/**
 * The consumption of a mobility grant at a day, per category, in one pass over the mobilities:
 * completed mobilities use places and budget; planned ones (and completed ones whose stay ends
 * later) count in the forecast; cancelled ones count nowhere.
 *
 * <p>The pass is a fold ({@link #tally}): it keeps four sums per category, never the mobilities, so
 * a storage can stream any number of them through it in constant memory.
 */
public final class ConsumptionCount {

  /** The rule's stable name. */
  public static final String TARGET_RULE = "consumption-target";

  /**
   * How many distinct grant bases a tally remembers. Mobilities of a project mostly repeat a few
   * trips (the same sending school, the same hosts, the same lengths of stay), so most grants are
   * computed once; past this many the tally forgets them all and starts again, so memory stays
   * bounded.
   */
  static final int REMEMBERED_BASES = 4096;

  private final UnitCosts costs;

  /** Counts with the given unit costs. */
  public ConsumptionCount(UnitCosts costs) {
    this.costs = costs;
  }

  /** The consumption of each granted category at {@code day}. */
  public List<CategoryConsumption> at(
      MobilityGrant grant, Collection<Mobility> mobilities, LocalDate day) {
    Tally tally = tally(grant, day);
    mobilities.forEach(tally);
    return tally.result();
  }

  /** An empty fold of the consumption of {@code grant} at {@code day}: feed it the mobilities. */
  public Tally tally(MobilityGrant grant, LocalDate day) {
    return new Tally(grant, day);
  }

  /**
   * What decides the grant of a mobility, beside the grant itself: two mobilities with the same
   * basis get the same amount.
   */
  private record Basis(
      ParticipantCategory category,
      Coordinates sending,
      Coordinates receiving,
      String country,
      boolean greenTravel,
      int stayDays,
      int travelDays,
      boolean fewerOpportunities,
      int courseDays) {

    static Basis of(Mobility mobility) {
      return new Basis(
          mobility.category(),
          mobility.sending().coordinates(),
          mobility.receiving().coordinates(),
          mobility.receiving().country(),
          mobility.greenTravel(),
          mobility.stayDays(),
          mobility.travelDays(),
          mobility.fewerOpportunities(),
          mobility.courseDays());
    }
  }

  /** The running sums of one category. */
  private static final class Sums {
    int used;
    BigDecimal usedBudget = BigDecimal.ZERO;
    int forecast;
    BigDecimal forecastBudget = BigDecimal.ZERO;
  }

  /**
   * The consumption of one grant at one day, folded one mobility at a time. Mobilities of other
   * projects, of categories without places, and cancelled ones are skipped. Not thread-safe.
   */
  public final class Tally implements Consumer<Mobility>, ObjLongConsumer<Mobility> {

    private final MobilityGrant grant;
    private final LocalDate day;
    private final Map<ParticipantCategory, Sums> sums = new EnumMap<>(ParticipantCategory.class);
    private final Map<Basis, BigDecimal> amounts = new HashMap<>();

    private Tally(MobilityGrant grant, LocalDate day) {
      this.grant = grant;
      this.day = day;
      for (CategoryGrant category : grant.categories()) {
        sums.put(category.category(), new Sums());
      }
    }

    /**
     * Counts one mobility.
     *
     * @throws se.westum.consortium.domain.shared.DomainException if its grant cannot be computed,
     *     as {@link GrantCalculation#of} says
     */
    @Override
    public void accept(Mobility mobility) {
      accept(mobility, 1);
    }

    /**
     * Counts {@code count} mobilities alike to {@code mobility} (the same grant and completion), as
     * {@link se.westum.consortium.application.port.out.Mobilities#forEachAlikeOfProject} hands
     * them.
     *
     * @throws se.westum.consortium.domain.shared.DomainException if its grant cannot be computed,
     *     as {@link GrantCalculation#of} says
     */
    @Override
    public void accept(Mobility mobility, long count) {
      Sums category = sums.get(mobility.category());
      if (category == null
          || !mobility.project().equals(grant.project())
          || mobility.status() == MobilityStatus.CANCELLED) {
        return;
      }
      Basis basis = Basis.of(mobility);
      BigDecimal amount = amounts.get(basis);
      if (amount == null) {
        amount = GrantCalculation.of(costs, grant, mobility).total().amount();
        if (amounts.size() == REMEMBERED_BASES) {
          amounts.clear();
        }
        amounts.put(basis, amount);
      }
      BigDecimal total = amount.multiply(BigDecimal.valueOf(count));
      category.forecast = Math.addExact(category.forecast, Math.toIntExact(count));
      category.forecastBudget = category.forecastBudget.add(total);
      if (mobility.completedBy(day)) {
        category.used = Math.addExact(category.used, Math.toIntExact(count));
        category.usedBudget = category.usedBudget.add(total);
      }
    }

    /** The consumption of each granted category, in the grant's order. */
    public List<CategoryConsumption> result() {
      List<CategoryConsumption> result = new ArrayList<>();
      for (CategoryGrant category : grant.categories()) {
        Sums counted = sums.get(category.category());
        result.add(consumption(category, counted));
      }
      return result;
    }

    private CategoryConsumption consumption(CategoryGrant category, Sums counted) {
      Money zero = Money.zero(category.budget().currency());
      int used = counted.used;
      Money usedBudget = new Money(counted.usedBudget, zero.currency());
      int forecast = counted.forecast;
      Money forecastBudget = new Money(counted.forecastBudget, zero.currency());
      Percentage placesPercent = Percentage.of(used, category.places());
      Percentage budgetPercent = Percentage.of(usedBudget.amount(), category.budget().amount());
      Money average =
          used == 0
              ? zero
              : new Money(
                  usedBudget.amount().divide(BigDecimal.valueOf(used), 2, RoundingMode.DOWN),
                  zero.currency());
      String name = category.category().name().toLowerCase(Locale.ROOT);
      String gap =
          used == 0
              ? "no " + name + " mobility completed by " + day
              : name
                  + ": "
                  + placesPercent
                  + " of places but "
                  + budgetPercent
                  + " of budget used; a completed mobility cost on average "
                  + average
                  + " against "
                  + category.budgetPerPlace()
                  + " granted per place";
      String targetReason =
          "budget used " + budgetPercent + " against a target of " + grant.target();
      Finding target =
          budgetPercent.value().compareTo(grant.target().value()) >= 0
              ? Finding.satisfied(TARGET_RULE, targetReason)
              : Finding.violated(TARGET_RULE, targetReason);
      target = target.withArguments(budgetPercent, grant.target());
      return new CategoryConsumption(
          category.category(),
          category.places(),
          category.budget(),
          used,
          usedBudget,
          placesPercent,
          budgetPercent,
          average,
          category.budgetPerPlace(),
          gap,
          forecast,
          forecastBudget,
          Percentage.of(forecast, category.places()),
          Percentage.of(forecastBudget.amount(), category.budget().amount()),
          target);
    }
  }
}
