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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.westum.consortium.domain.shared.ValidationException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TravelGrantTest {

  private static final UnitCosts COSTS = UnitCosts.bundled();
  private static final Coordinates EQUATOR_ORIGIN =
      new Coordinates(BigDecimal.ZERO, BigDecimal.ZERO);

  /** A point due east on the equator, about {@code km} away (one degree is 111.19 km). */
  private static Coordinates eastOfOrigin(double km) {
    return new Coordinates(
        BigDecimal.ZERO,
        BigDecimal.valueOf(km / 111.19492664455873).setScale(6, java.math.RoundingMode.HALF_UP));
  }

  @ParameterizedTest(name = "call {0}, {1} km, green {2}: {3} EUR")
  @CsvSource({
    "2015, 5, false, 0",
    "2015, 50, false, 20",
    "2015, 300, false, 180",
    "2015, 1000, false, 275",
    "2015, 1000, true, 275",
    "2015, 2500, false, 360",
    "2015, 3500, false, 530",
    "2015, 5000, false, 820",
    "2015, 9000, false, 1100",
    "2022, 50, false, 23",
    "2022, 50, true, 23",
    "2022, 300, false, 180",
    "2022, 300, true, 210",
    "2022, 1000, false, 275",
    "2022, 1000, true, 320",
    "2022, 2500, false, 360",
    "2022, 2500, true, 410",
    "2022, 3500, false, 530",
    "2022, 3500, true, 610",
    "2022, 5000, true, 820",
    "2022, 9000, false, 1500",
    "2024, 50, false, 28",
    "2024, 50, true, 56",
    "2024, 300, false, 211",
    "2024, 300, true, 285",
    "2024, 1000, false, 309",
    "2024, 1000, true, 417",
    "2024, 2500, false, 395",
    "2024, 2500, true, 535",
    "2024, 3500, false, 580",
    "2024, 3500, true, 785",
    "2024, 5000, false, 1188",
    "2024, 9000, true, 1735",
  })
  void the_table_amount_of_every_band_of_every_generation_is_paid(
      int callYear, int km, boolean green, String eur) {
    TravelGrant grant =
        TravelGrant.of(COSTS, Year.of(callYear), EQUATOR_ORIGIN, eastOfOrigin(km + 0.5), green);
    assertThat(grant.distanceKm()).isEqualTo(km);
    assertThat(grant.amount().amount()).isEqualByComparingTo(eur);
  }

  @Test
  void the_green_amount_is_paid_and_explained() {
    TravelGrant grant =
        TravelGrant.of(COSTS, Year.of(2022), EQUATOR_ORIGIN, eastOfOrigin(300.5), true);
    assertThat(grant.green()).isTrue();
    assertThat(grant.band().orElseThrow().label()).isEqualTo("100–499 km");
    assertThat(grant.explanation())
        .isEqualTo("300 km falls in band 100–499 km of calls 2021-2023: green amount 210.00 EUR");
  }

  @Test
  void unconfirmed_values_say_so() {
    TravelGrant grant =
        TravelGrant.of(COSTS, Year.of(2024), EQUATOR_ORIGIN, eastOfOrigin(5000.5), false);
    assertThat(grant.explanation()).endsWith("(not confirmed against the programme guide)");
  }

  @Test
  void goteborg_to_arendal_is_about_260_km() {
    Coordinates goteborg = Coordinates.parse("57.7089,11.9746");
    Coordinates arendal = Coordinates.parse("58.4615,8.7724");
    assertThat(GreatCircle.distanceKm(goteborg, arendal)).isBetween(200, 210);
  }

  @Test
  void a_call_year_without_a_table_is_refused() {
    assertThatThrownBy(
            () -> TravelGrant.of(COSTS, Year.of(2013), EQUATOR_ORIGIN, eastOfOrigin(50), false))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("2013");
  }

  @Test
  void the_travel_amount_never_decreases_as_distance_grows_within_a_call_year() {
    qt().forAll(
            integers().between(2014, 2030),
            integers().between(0, 19_000),
            integers().between(0, 1_000),
            integers().between(0, 1))
        .check(
            (year, km, more, green) -> {
              boolean g = green == 1;
              TravelGrant near =
                  TravelGrant.of(COSTS, Year.of(year), EQUATOR_ORIGIN, eastOfOrigin(km + 0.5), g);
              TravelGrant far =
                  TravelGrant.of(
                      COSTS, Year.of(year), EQUATOR_ORIGIN, eastOfOrigin(km + more + 0.5), g);
              return far.amount().isAtLeast(near.amount());
            });
  }

  @Test
  void every_reference_row_names_its_source() {
    for (UnitCosts.Generation generation : COSTS.generations()) {
      assertThat(generation.bands())
          .hasSize(7)
          .allSatisfy(b -> assertThat(b.source()).contains("Programme Guide"));
      assertThat(generation.countryGroup("SE")).hasValue(1);
    }
  }
}
