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
package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TravelGrantCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Along the equator one degree of longitude is 6371 km × π / 180 ≈ 111.19 km, so these points lie
   * well inside each band: 50, 300, 1000, 2501, 3502, 6004 and 10007 km from 0,0.
   */
  private static final String[] TO = {"0,0.45", "0,2.7", "0,9", "0,22.5", "0,31.5", "0,54", "0,90"};

  private static final String[] BANDS = {
    "10–99 km",
    "100–499 km",
    "500–1999 km",
    "2000–2999 km",
    "3000–3999 km",
    "4000–7999 km",
    "8000+ km"
  };

  private static final int[] KM = {50, 300, 1000, 2501, 3502, 6004, 10007};

  static Stream<Arguments> every_band_of_every_generation() {
    int[][] amounts = {
      // 2014–2020: one amount per band; green travel earns no more
      {2016, 0, 20, 180, 275, 360, 530, 820, 1100},
      {2016, 1, 20, 180, 275, 360, 530, 820, 1100},
      // 2021–2023: standard, then green (none under 100 km and from 4000 km)
      {2022, 0, 23, 180, 275, 360, 530, 820, 1500},
      {2022, 1, 23, 210, 320, 410, 610, 820, 1500},
      // 2024–: standard, then green (none from 4000 km)
      {2024, 0, 28, 211, 309, 395, 580, 1188, 1735},
      {2024, 1, 56, 285, 417, 535, 785, 1188, 1735},
    };
    Stream.Builder<Arguments> cases = Stream.builder();
    for (int[] row : amounts) {
      for (int band = 0; band < TO.length; band++) {
        cases.add(
            Arguments.of(row[0], row[1] == 1, TO[band], KM[band], BANDS[band], row[band + 2]));
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "call {0}, green {1}, {3} km: {5} EUR")
  @MethodSource
  void every_band_of_every_generation(
      int callYear, boolean green, String to, int km, String band, int amount) throws Exception {
    // when
    Cli.Result result =
        green
            ? Cli.run(
                "travel-grant",
                "--call-year",
                String.valueOf(callYear),
                "--from",
                "0,0",
                "--to",
                to,
                "--green",
                "--format",
                "json")
            : Cli.run(
                "travel-grant",
                "--call-year",
                String.valueOf(callYear),
                "--from",
                "0,0",
                "--to",
                to,
                "--format",
                "json");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode grant = JSON.readTree(result.out());
    assertThat(grant.get("distanceKm").asInt()).isEqualTo(km);
    assertThat(grant.get("band").asText()).isEqualTo(band);
    assertThat(new java.math.BigDecimal(grant.get("amountEur").asText()))
        .isEqualByComparingTo(String.valueOf(amount));
    assertThat(grant.get("callYear").asInt()).isEqualTo(callYear);
    assertThat(grant.get("greenTravel").asBoolean()).isEqualTo(green);
    assertThat(grant.get("explanation").asText()).contains(band);
  }

  @Test
  void under_ten_kilometres_there_is_no_travel_grant() throws Exception {
    // when 0.05 degrees along the equator: 5 km
    Cli.Result result =
        Cli.run(
            "travel-grant",
            "--call-year",
            "2024",
            "--from",
            "0,0",
            "--to",
            "0,0.05",
            "--format",
            "json");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode grant = JSON.readTree(result.out());
    assertThat(grant.get("distanceKm").asInt()).isEqualTo(5);
    assertThat(grant.get("band").isNull()).isTrue();
    assertThat(grant.get("amountEur").asText()).isEqualTo("0.00");
  }

  @Test
  void the_text_names_distance_band_and_amount_of_a_green_trip_to_barcelona() {
    // when
    Cli.Result result =
        Cli.run(
            "travel-grant",
            "--call-year",
            "2024",
            "--from",
            "57.7089,11.9746",
            "--to",
            "41.3874,2.1686",
            "--green");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Travel grant, call year 2024, green travel")
        .containsPattern("Distance: +1\\d{3} km")
        .containsPattern("Band: +500–1999 km")
        .containsPattern("Amount: +417.00 EUR");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void coordinates_that_are_not_lat_lon_are_one_error_line() {
    // when
    Cli.Result result =
        Cli.run("travel-grant", "--call-year", "2024", "--from", "Göteborg", "--to", "0,0");

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: ").contains("LAT,LON").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void a_call_year_before_erasmus_plus_is_refused() {
    // when
    Cli.Result result =
        Cli.run("travel-grant", "--call-year", "2013", "--from", "0,0", "--to", "0,1");

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: ").doesNotContain("\tat ");
  }

  @Test
  void a_missing_destination_is_a_usage_error() {
    // when
    Cli.Result result = Cli.run("travel-grant", "--call-year", "2024", "--from", "0,0");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--to");
  }
}
