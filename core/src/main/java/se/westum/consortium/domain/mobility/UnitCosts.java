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

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.internal.ReferenceData;

/**
 * The Erasmus+ unit-cost tables by generation of calls (2014–2020, 2021–2023, 2024–), read once
 * from the data files {@code erasmus-unit-costs.csv} and {@code erasmus-country-groups.csv} shipped
 * with the core. Every value carries its source; values not confirmed against the guide are
 * flagged.
 */
public final class UnitCosts {

  /** A call year that no unit-cost table covers. */
  public static final String UNKNOWN_CALL_YEAR = "unknown-call-year";

  private final List<Generation> generations;

  private UnitCosts(List<Generation> generations) {
    this.generations = List.copyOf(generations);
  }

  /** The bundled tables. */
  public static UnitCosts bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The generation a call year belongs to.
   *
   * @throws ValidationException with code {@code unknown-call-year} for a year no table covers
   */
  public Generation generation(Year callYear) {
    return generations.stream()
        .filter(g -> !callYear.isBefore(g.firstCallYear()) && !callYear.isAfter(g.lastCallYear()))
        .findFirst()
        .orElseThrow(
            () ->
                ValidationException.of(
                    "callYear",
                    UNKNOWN_CALL_YEAR,
                    "no Erasmus+ unit-cost table covers call year " + callYear));
  }

  /** Every generation, oldest first. */
  public List<Generation> generations() {
    return generations;
  }

  /**
   * The unit costs of the calls of some years.
   *
   * @param name for example {@code 2014-2020}
   * @param firstCallYear first call year covered
   * @param lastCallYear last call year covered
   * @param bands travel bands, nearest first
   * @param items the other unit costs this generation has
   * @param countryGroups receiving-country group (1–3) by ISO country code
   */
  public record Generation(
      String name,
      Year firstCallYear,
      Year lastCallYear,
      List<TravelBand> bands,
      Map<UnitCostItem, UnitCost> items,
      Map<String, Integer> countryGroups) {

    /** Copies defensively. */
    public Generation {
      bands = List.copyOf(bands);
      items = Map.copyOf(items);
      countryGroups = Map.copyOf(countryGroups);
    }

    /**
     * The band of a one-way distance; empty under the first band (under 10 km: no travel grant).
     */
    public Optional<TravelBand> band(int distanceKm) {
      return bands.stream().filter(b -> b.contains(distanceKm)).findFirst();
    }

    /** A unit cost, when this generation has it. */
    public Optional<UnitCost> item(UnitCostItem item) {
      return Optional.ofNullable(items.get(item));
    }

    /**
     * The receiving-country group of a country, when it is a programme country of this generation.
     */
    public OptionalInt countryGroup(String country) {
      Integer group = countryGroups.get(country);
      return group == null ? OptionalInt.empty() : OptionalInt.of(group);
    }
  }

  private static final class Holder {
    static final UnitCosts BUNDLED = load();

    private static UnitCosts load() {
      Map<String, Map<String, Integer>> groupsByGeneration = new HashMap<>();
      for (String[] row : ReferenceData.rows("erasmus-country-groups.csv", 4)) {
        Map<String, Integer> map = groupsByGeneration.computeIfAbsent(row[0], k -> new HashMap<>());
        for (String country : row[2].strip().split(" ")) {
          if (map.put(country, Integer.parseInt(row[1])) != null) {
            throw new IllegalStateException(
                "country " + country + " is in two groups of " + row[0]);
          }
        }
      }
      Map<String, Year[]> years = new LinkedHashMap<>();
      Map<String, List<TravelBand>> bands = new HashMap<>();
      Map<String, Map<UnitCostItem, UnitCost>> items = new HashMap<>();
      for (String[] row : ReferenceData.rows("erasmus-unit-costs.csv", 10)) {
        String name = row[0];
        years.putIfAbsent(name, new Year[] {Year.parse(row[1]), Year.parse(row[2])});
        List<String> unconfirmed = Arrays.asList(row[8].split(" "));
        Money standard = Money.of(row[6], "EUR");
        if (row[3].equals("travel")) {
          bands
              .computeIfAbsent(name, k -> new ArrayList<>())
              .add(
                  new TravelBand(
                      Integer.parseInt(row[4]),
                      row[5].isEmpty()
                          ? OptionalInt.empty()
                          : OptionalInt.of(Integer.parseInt(row[5])),
                      standard,
                      row[7].isEmpty() ? Optional.empty() : Optional.of(Money.of(row[7], "EUR")),
                      !unconfirmed.contains("standard"),
                      !unconfirmed.contains("green"),
                      row[9]));
        } else {
          UnitCostItem item =
              Arrays.stream(UnitCostItem.values())
                  .filter(i -> i.code().equals(row[3]))
                  .findFirst()
                  .orElseThrow(() -> new IllegalStateException("unknown unit-cost item " + row[3]));
          items
              .computeIfAbsent(name, k -> new EnumMap<>(UnitCostItem.class))
              .put(item, new UnitCost(item, standard, !unconfirmed.contains("standard"), row[9]));
        }
      }
      List<Generation> generations = new ArrayList<>();
      years.forEach(
          (name, range) ->
              generations.add(
                  new Generation(
                      name,
                      range[0],
                      range[1],
                      bands.getOrDefault(name, List.of()),
                      items.getOrDefault(name, Map.of()),
                      groupsByGeneration.getOrDefault(name, Map.of()))));
      return new UnitCosts(generations);
    }
  }
}
