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
package se.westum.consortium.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.rest.ProjectBodies.EPLUS;
import static se.westum.consortium.rest.ProjectBodies.mobility;
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;
import static se.westum.consortium.rest.TestApi.BOARD_KEY;
import static se.westum.consortium.rest.TestApi.OWN;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.westum.consortium.rest.TestApi.Response;

/** Mobility grants, mobilities, their grants, the budget and the travel-grant calculator. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MobilityApiTest {

  private TestApi api;

  @BeforeEach
  void start() {
    api = TestApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_mobility_grant_is_recorded_and_read_back_with_the_budget_per_place() {
    // given
    ProjectBodies.recordErasmusProject(api);

    // when
    Response read = api.get("/projects/" + EPLUS + "/mobility-grant", BOARD_KEY);

    // then
    assertThat(read.status()).isEqualTo(200);
    JsonNode grant = read.json();
    assertThat(grant.path("callYear").asInt()).isEqualTo(2015);
    assertThat(grant.path("targetPercent").asText()).isEqualTo("80.0");
    JsonNode learners = grant.path("categories").get(0);
    assertThat(learners.path("category").asText()).isEqualTo("LEARNER");
    assertThat(learners.path("places").asInt()).isEqualTo(10);
    assertThat(learners.path("budgetEur").asText()).isEqualTo("12000.00");
    assertThat(learners.path("budgetPerPlaceEur").asText()).isEqualTo("1200.00");
    assertThat(learners.path("dailyRatesEur").toString())
        .isEqualTo("[\"40.00\",\"30.00\",\"20.00\"]");
  }

  @Test
  void a_grant_with_two_rates_is_a_400_naming_the_rates_before_the_year_and_places_are_judged() {
    // given
    ProjectBodies.recordErasmusProject(api);

    // when
    Response response =
        api.put(
            "/projects/" + EPLUS + "/mobility-grant",
            ADMIN_KEY,
            """
            {"callYear":1899,"categories":[
              {"category":"LEARNER","places":0,"budgetEur":"100","dailyRatesEur":["40","30"]}]}
            """);

    // then
    assertThat(response.status()).isEqualTo(400);
    // the command lists every field of a wrong shape; limits are the record's rules, checked next
    assertThat(response.errorFields()).containsExactly("categories[0].dailyRatesEur");
  }

  @Test
  void a_project_without_a_grant_has_none_to_read() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    api.put("/projects/" + EPLUS, ADMIN_KEY, ProjectBodies.PROJECT);

    // when
    Response grant = api.get("/projects/" + EPLUS + "/mobility-grant", ADMIN_KEY);
    Response budget = api.get("/projects/" + EPLUS + "/budget?at=2016-12-31", ADMIN_KEY);
    Response mobility =
        api.put("/mobilities/M-1", ADMIN_KEY, mobility("LEARNER", OWN, "2016-03-01", "PLANNED"));

    // then
    assertThat(grant.status()).isEqualTo(404);
    assertThat(grant.json().path("code").asText()).isEqualTo("mobility-grant-not-found");
    assertThat(budget.status()).isEqualTo(404);
    assertThat(mobility.status()).isEqualTo(422);
    assertThat(mobility.json().path("code").asText()).isEqualTo("missing-reference");
    assertThat(mobility.errorFields()).containsExactly("project");
  }

  @Test
  void a_mobility_is_recorded_and_read_back_as_it_was_sent() {
    // given
    ProjectBodies.recordErasmusProject(api);

    // when
    Response recorded =
        api.put("/mobilities/M-1", ADMIN_KEY, mobility("LEARNER", OWN, "2016-03-01", "COMPLETED"));
    Response read = api.get("/mobilities/M-1", BOARD_KEY);
    Response list = api.get("/projects/" + EPLUS + "/mobilities", BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(recorded.json());
    JsonNode mobility = read.json();
    assertThat(mobility.path("id").asText()).isEqualTo("M-1");
    assertThat(mobility.path("participant").asText()).isEqualTo("L-2016-03-01");
    assertThat(mobility.path("sendingMember").asText()).isEqualTo(OWN);
    assertThat(mobility.path("sendingCoordinates").asText()).isEqualTo("58.3903,13.8461");
    assertThat(mobility.path("end").asText()).isEqualTo("2016-03-14");
    assertThat(mobility.path("travelDays").asInt()).isEqualTo(2);
    assertThat(mobility.path("courseDays").asInt()).isZero();
    assertThat(mobility.path("greenTravel").asBoolean()).isFalse();
    assertThat(list.json()).hasSize(1);
  }

  @Test
  void a_mobility_of_a_project_that_is_not_recorded_is_a_422_naming_the_project() {
    // when
    Response response =
        api.put("/mobilities/M-1", ADMIN_KEY, mobility("LEARNER", OWN, "2016-03-01", "PLANNED"));

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("project");
  }

  @Test
  void a_mobility_breaking_the_rules_is_a_400_listing_every_field() {
    // given
    ProjectBodies.recordErasmusProject(api);
    String body =
        mobility("LEARNER", "123", "2016-03-01", "PLANNED")
            .replace("\"travelDays\":2", "\"travelDays\":7")
            .replace("58.3903,13.8461", "north of Skövde");

    // when
    Response response = api.put("/mobilities/M-1", ADMIN_KEY, body);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("sendingCoordinates", "sendingMember", "travelDays");
  }

  @Test
  void the_grant_of_a_mobility_shows_every_line() {
    // given
    ProjectBodies.recordErasmusProject(api);
    ProjectBodies.recordMobility(
        api,
        "M-1",
        mobility("LEARNER", OWN, "2016-03-01", "COMPLETED")
            .replace("\"travelDays\":2", "\"travelDays\":2,\"courseDays\":3"));

    // when
    Response response = api.get("/mobilities/M-1/grant", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    JsonNode grant = response.json();
    assertThat(grant.path("travel").path("band").asText()).isEqualTo("500–1999 km");
    assertThat(grant.path("lines").findValuesAsText("item"))
        .containsExactly("travel", "individual-support", "organisational-support", "course-fees");
    assertThat(grant.path("lines").findValuesAsText("amountEur"))
        .containsExactly("275.00", "480.00", "350.00", "210.00");
    assertThat(grant.path("lines").get(1).path("explanation").asText())
        .contains("16 days")
        .contains("country group 2");
    assertThat(grant.path("totalEur").asText()).isEqualTo("1315.00");
  }

  @Test
  void the_budget_counts_completed_mobilities_and_forecasts_planned_ones() {
    // given two learners completed by the end of 2016, one planned, one cancelled, one staff
    ProjectBodies.recordErasmusProject(api);
    ProjectBodies.recordMobility(api, "M-1", mobility("LEARNER", OWN, "2016-03-01", "COMPLETED"));
    ProjectBodies.recordMobility(api, "M-2", mobility("LEARNER", null, "2016-10-01", "COMPLETED"));
    ProjectBodies.recordMobility(api, "M-3", mobility("LEARNER", OWN, "2017-03-01", "PLANNED"));
    ProjectBodies.recordMobility(api, "M-4", mobility("LEARNER", OWN, "2016-05-01", "CANCELLED"));
    ProjectBodies.recordMobility(api, "M-5", mobility("STAFF", OWN, "2016-04-01", "COMPLETED"));

    // when
    Response response = api.get("/projects/" + EPLUS + "/budget?at=2016-12-31", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    JsonNode budget = response.json();
    assertThat(budget.path("at").asText()).isEqualTo("2016-12-31");
    assertThat(budget.path("targetPercent").asText()).isEqualTo("80.0");
    JsonNode learners = budget.path("categories").get(0);
    assertThat(learners.path("category").asText()).isEqualTo("LEARNER");
    assertThat(learners.path("placesUsed").asInt()).isEqualTo(2);
    assertThat(learners.path("budgetUsedEur").asText()).isEqualTo("2210.00");
    assertThat(learners.path("placesUsedPercent").asText()).isEqualTo("20.0");
    assertThat(learners.path("budgetUsedPercent").asText()).isEqualTo("18.4");
    assertThat(learners.path("averageGrantEur").asText()).isEqualTo("1105.00");
    assertThat(learners.path("budgetPerPlaceEur").asText()).isEqualTo("1200.00");
    assertThat(learners.path("gap").asText()).contains("1105.00 EUR").contains("1200.00 EUR");
    assertThat(learners.path("forecastPlaces").asInt()).isEqualTo(3);
    assertThat(learners.path("forecastBudgetEur").asText()).isEqualTo("3315.00");
    assertThat(learners.path("forecastPlacesPercent").asText()).isEqualTo("30.0");
    assertThat(learners.path("forecastBudgetPercent").asText()).isEqualTo("27.6");
    assertThat(learners.path("targetReached").asBoolean()).isFalse();
    assertThat(learners.path("targetReason").asText()).contains("18.4 %").contains("80.0 %");
    JsonNode staff = budget.path("categories").get(1);
    // staff: 275 + 16 × 90 + 350 = 2065 of 6000
    assertThat(staff.path("budgetUsedEur").asText()).isEqualTo("2065.00");
    assertThat(staff.path("placesUsedPercent").asText()).isEqualTo("25.0");
    assertThat(staff.path("budgetUsedPercent").asText()).isEqualTo("34.4");
  }

  @Test
  void
      the_budget_of_a_project_not_stored_is_project_not_found_and_of_one_without_grant_grant_not_found() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    api.put("/projects/" + EPLUS, ADMIN_KEY, ProjectBodies.PROJECT);

    // when
    Response unknown = api.get("/projects/NO-SUCH-PROJECT/budget?at=2016-12-31", ADMIN_KEY);
    Response withoutGrant = api.get("/projects/" + EPLUS + "/budget?at=2016-12-31", ADMIN_KEY);

    // then
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("code").asText()).isEqualTo("project-not-found");
    assertThat(withoutGrant.status()).isEqualTo(404);
    assertThat(withoutGrant.json().path("code").asText()).isEqualTo("mobility-grant-not-found");
  }

  @Test
  void the_budget_needs_a_day() {
    // given
    ProjectBodies.recordErasmusProject(api);

    // when
    Response missing = api.get("/projects/" + EPLUS + "/budget", ADMIN_KEY);
    Response malformed = api.get("/projects/" + EPLUS + "/budget?at=31/12/2016", ADMIN_KEY);

    // then
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("at");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.errorFields()).containsExactly("at");
  }

  /**
   * Trips along the equator, where a degree of longitude is 111.19 km, so each distance falls well
   * inside its band; the amounts are those of DESIGN.md §4.4 as the core's tables hold them.
   */
  @ParameterizedTest(name = "call {0}, {2} degrees east, green {3}: {4} EUR in band {5}")
  @CsvSource(
      nullValues = "none",
      value = {
        "2015, 0, 0.045, false, 0.00, none",
        "2015, 0, 0.45, false, 20.00, 10–99 km",
        "2015, 0, 2.7, true, 180.00, 100–499 km",
        "2015, 0, 9, false, 275.00, 500–1999 km",
        "2015, 0, 22.5, false, 360.00, 2000–2999 km",
        "2015, 0, 31.5, false, 530.00, 3000–3999 km",
        "2015, 0, 45, false, 820.00, 4000–7999 km",
        "2015, 0, 81, false, 1100.00, 8000+ km",
        "2022, 0, 0.45, false, 23.00, 10–99 km",
        "2022, 0, 2.7, true, 210.00, 100–499 km",
        "2022, 0, 9, true, 320.00, 500–1999 km",
        "2022, 0, 45, true, 820.00, 4000–7999 km",
        "2022, 0, 81, false, 1500.00, 8000+ km",
        "2024, 0, 0.45, true, 56.00, 10–99 km",
        "2024, 0, 2.7, false, 211.00, 100–499 km",
        "2024, 0, 22.5, true, 535.00, 2000–2999 km",
        "2024, 0, 45, false, 1188.00, 4000–7999 km",
        "2024, 0, 81, false, 1735.00, 8000+ km"
      })
  void the_travel_grant_calculator_gives_the_tables_amount(
      int callYear, String fromLon, String toLon, boolean green, String amount, String band) {
    // when
    Response response =
        api.get(
            "/travel-grant?callYear=%d&from=0,%s&to=0,%s&green=%s"
                .formatted(callYear, fromLon, toLon, green),
            TestApi.MEMBER_KEY);

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode grant = response.json();
    assertThat(grant.path("amountEur").asText()).isEqualTo(amount);
    assertThat(grant.path("band").isNull() ? null : grant.path("band").asText()).isEqualTo(band);
    assertThat(grant.path("callYear").asInt()).isEqualTo(callYear);
    assertThat(grant.path("explanation").asText()).contains(grant.path("distanceKm").asText());
  }

  @Test
  void the_travel_grant_names_distance_band_limits_and_whether_green_was_paid() {
    // when
    Response response =
        api.get("/travel-grant?callYear=2022&from=0,0&to=0,9&green=true", TestApi.MEMBER_KEY);

    // then
    JsonNode grant = response.json();
    assertThat(grant.path("distanceKm").asInt()).isEqualTo(1000);
    assertThat(grant.path("bandFromKm").asInt()).isEqualTo(500);
    assertThat(grant.path("bandToKm").asInt()).isEqualTo(1999);
    assertThat(grant.path("greenTravel").asBoolean()).isTrue();
    assertThat(grant.path("greenAmountPaid").asBoolean()).isTrue();
  }

  @Test
  void green_travel_asked_for_in_a_band_without_a_green_amount_is_paid_the_standard_amount() {
    // when: 2021-2023 has no green amount for 10-99 km
    Response response =
        api.get("/travel-grant?callYear=2022&from=0,0&to=0,0.5&green=true", TestApi.MEMBER_KEY);

    // then
    JsonNode grant = response.json();
    assertThat(grant.path("greenTravel").asBoolean()).isTrue();
    assertThat(grant.path("greenAmountPaid").asBoolean()).isFalse();
    assertThat(grant.path("amountEur").asText()).isEqualTo("23.00");
  }

  @Test
  void the_travel_grant_reports_every_bad_parameter() {
    // when
    Response wrongTypes =
        api.get("/travel-grant?callYear=last&from=0,0&to=0,9&green=maybe", TestApi.MEMBER_KEY);
    Response badValues = api.get("/travel-grant?callYear=2013&from=north&green=true", ADMIN_KEY);
    Response noTable = api.get("/travel-grant?callYear=2014&from=0,0&to=0,9", ADMIN_KEY);

    // then
    assertThat(wrongTypes.status()).isEqualTo(400);
    assertThat(wrongTypes.errorFields()).containsExactlyInAnyOrder("callYear", "green");
    assertThat(badValues.status()).isEqualTo(400);
    assertThat(badValues.errorFields()).containsExactlyInAnyOrder("callYear", "from", "to");
    assertThat(noTable.status()).isEqualTo(200);
  }
}
