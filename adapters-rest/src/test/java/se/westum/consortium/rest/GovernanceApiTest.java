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
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;
import static se.westum.consortium.rest.TestApi.BOARD_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceApiTest {

  private static final String CONFERENCE =
      """
      {"kind":"CONFERENCE","name":"Westums årliga konferens","start":"2016-04-20",
       "end":"2016-04-21","place":"Billinge hus, Skövde","country":"se","organiser":"Westum",
       "participants":35}
      """;

  private TestApi api;

  @BeforeEach
  void start() {
    api = TestApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  // ---- board terms

  @Test
  void a_board_term_is_recorded_and_read_back_with_its_seats_and_positions() {
    // when
    Response recorded = api.recordBoard2016();
    Response read = api.get("/board-terms/2016", BOARD_KEY);
    Response list = api.get("/board-terms", BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.json()).isEqualTo(read.json());
    JsonNode term = read.json();
    assertThat(read.status()).isEqualTo(200);
    assertThat(term.path("id").asText()).isEqualTo("2016");
    assertThat(term.path("start").asText()).isEqualTo("2016-01-01");
    assertThat(term.path("end").asText()).isEqualTo("2016-12-31");
    assertThat(term.path("ordinaryMembers").asInt()).isEqualTo(8);
    assertThat(term.path("deputies").asInt()).isEqualTo(2);
    assertThat(term.path("seats")).hasSize(10);
    assertThat(term.path("seats").get(0).path("person").asText()).isEqualTo("P-1");
    assertThat(term.path("seats").get(0).path("name").asText()).isEqualTo("Testperson Ledamot1");
    assertThat(term.path("seats").get(0).path("role").asText()).isEqualTo("CHAIR");
    assertThat(term.path("positions").findValuesAsText("kind"))
        .containsExactly("NOMINATION_COMMITTEE", "AUDITOR");
    assertThat(list.json().findValuesAsText("id")).containsExactly("2016");
  }

  @Test
  void recording_a_term_again_replaces_it_whole() {
    // given
    api.recordBoard2016();

    // when
    Response replaced =
        api.put(
            "/board-terms/2016",
            ADMIN_KEY,
            """
            {"start":"2016-01-01","end":"2016-12-31",
             "seats":[{"person":"P-1","name":"Testperson Ett","role":"CHAIR"},
                      {"person":"P-2","name":"Testperson Två","role":"TREASURER"}]}
            """);

    // then
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(api.get("/board-terms/2016", ADMIN_KEY).json().path("seats")).hasSize(2);
    assertThat(replaced.json().path("positions")).isEmpty();
  }

  @Test
  void a_term_breaking_the_boards_rules_is_400_without_naming_anyone() {
    // when
    Response twoChairs =
        api.put(
            "/board-terms/2016",
            ADMIN_KEY,
            """
            {"start":"2016-01-01","end":"2016-12-31",
             "seats":[{"person":"P-1","name":"Testperson Ett","role":"CHAIR"},
                      {"person":"P-2","name":"Testperson Två","role":"CHAIR"},
                      {"person":"P-3","name":"Testperson Tre","role":"TREASURER"}]}
            """);
    Response twoSeats =
        api.put(
            "/board-terms/2016",
            ADMIN_KEY,
            """
            {"start":"2016-01-01","end":"2016-12-31",
             "seats":[{"person":"P-1","name":"Testperson Ett","role":"CHAIR"},
                      {"person":"P-1","name":"Testperson Ett","role":"TREASURER"}]}
            """);

    // then
    assertThat(twoChairs.status()).isEqualTo(400);
    assertThat(twoChairs.errorFields()).containsExactly("seats[1]");
    assertThat(twoChairs.json().path("errors").get(0).path("code").asText()).isEqualTo("one-chair");
    assertThat(twoSeats.status()).isEqualTo(400);
    assertThat(twoSeats.json().path("errors").get(0).path("code").asText())
        .isEqualTo("person-holds-two-seats");
    assertThat(twoChairs.body() + twoSeats.body()).doesNotContain("Testperson");
    assertThat(api.get("/board-terms/2016", ADMIN_KEY).status()).isEqualTo(404);
  }

  @Test
  void every_failing_field_of_a_term_is_listed_down_into_its_seats() {
    // when
    Response response =
        api.put(
            "/board-terms/2016",
            ADMIN_KEY,
            """
            {"end":"2016-12-31",
             "seats":[{"person":"P-1","name":" ","role":"CHAIR"},
                      {"person":"P 2","name":"Testperson Två"},
                      null]}
            """);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields())
        .containsExactly("seats[1].person", "seats[1].role", "seats[2]", "start");
    assertThat(response.body()).doesNotContain("Testperson");
  }

  @Test
  void unknown_properties_of_nested_objects_are_named_and_the_id_is_not_a_body_property() {
    // when
    Response response =
        api.put(
            "/board-terms/2016",
            ADMIN_KEY,
            """
            {"id":"2017","start":"2016-01-01","end":"2016-12-31",
             "seats":[{"person":"P-1","name":"Testperson Ett","role":"CHAIR",
                       "email":"ett@example.se"}]}
            """);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("id", "seats[0].email");
    assertThat(response.json().path("errors").findValuesAsText("code"))
        .containsOnly("unknown-property");
    assertThat(response.body()).doesNotContain("ett@example.se");
  }

  @Test
  void overlapping_board_terms_are_a_409_conflict() {
    // given
    api.recordBoard2016();

    // when
    Response response =
        api.put(
            "/board-terms/2016-2017",
            ADMIN_KEY,
            TestApi.board2016()
                .replace("\"start\":\"2016-01-01\"", "\"start\":\"2016-07-01\"")
                .replace("\"end\":\"2016-12-31\"", "\"end\":\"2017-06-30\""));

    // then
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().path("code").asText()).isEqualTo("overlapping-terms");
    assertThat(api.get("/board-terms", ADMIN_KEY).json()).hasSize(1);
  }

  @Test
  void a_board_term_that_is_not_recorded_is_404() {
    // when
    Response response = api.get("/board-terms/1999", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("board-term-not-found");
  }

  @Test
  void a_malformed_id_in_the_path_is_400_naming_the_id() {
    // when
    Response term = api.get("/board-terms/a%20b", BOARD_KEY);
    Response meeting = api.get("/meetings/" + "x".repeat(41), BOARD_KEY);
    Response put = api.put("/goals/%C3%A5r", ADMIN_KEY, "{}");

    // then
    assertThat(term.status()).isEqualTo(400);
    assertThat(term.errorFields()).containsExactly("id");
    assertThat(meeting.errorFields()).containsExactly("id");
    assertThat(put.status()).isEqualTo(400);
    assertThat(put.errorFields()).containsExactly("id");
  }

  // ---- meetings and decisions

  @Test
  void a_meeting_is_recorded_with_its_attendance_and_read_back() {
    // when
    Response recorded =
        api.put(
            "/meetings/SD2016-01",
            ADMIN_KEY,
            """
            {"kind":"STRATEGY_DAY","start":"2016-08-25","end":"2016-08-26","place":"Mariestad",
             "present":["P-2","P-1","D-1"]}
            """);
    Response read = api.get("/meetings/SD2016-01", BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    JsonNode meeting = read.json();
    assertThat(read.status()).isEqualTo(200);
    assertThat(meeting.path("id").asText()).isEqualTo("SD2016-01");
    assertThat(meeting.path("kind").asText()).isEqualTo("STRATEGY_DAY");
    assertThat(meeting.path("start").asText()).isEqualTo("2016-08-25");
    assertThat(meeting.path("end").asText()).isEqualTo("2016-08-26");
    assertThat(meeting.path("place").asText()).isEqualTo("Mariestad");
    assertThat(meeting.path("present").toString()).isEqualTo("[\"D-1\",\"P-1\",\"P-2\"]");
  }

  @Test
  void a_one_day_meeting_ends_on_its_first_day_and_needs_its_attendance() {
    // when
    Response oneDay = api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1");
    Response noAttendance =
        api.put(
            "/meetings/B2016-02",
            ADMIN_KEY,
            "{\"kind\":\"BOARD_MEETING\",\"start\":\"2016-03-17\",\"place\":\"Lidköping\"}");

    // then
    assertThat(oneDay.json().path("end").asText()).isEqualTo("2016-02-04");
    assertThat(noAttendance.status()).isEqualTo(400);
    assertThat(noAttendance.errorFields()).containsExactly("present");
  }

  @Test
  void meetings_are_listed_by_the_fiscal_year_they_start_in() {
    // given
    api.recordBoardMeeting("B2016-02", "2016-03-17", "P-1");
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1");
    api.recordBoardMeeting("B2017-01", "2017-02-02", "P-1");

    // when
    Response response = api.get("/meetings?year=2016", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().findValuesAsText("id")).containsExactly("B2016-01", "B2016-02");
  }

  @Test
  void the_fiscal_year_is_required_and_named_year_whatever_is_wrong_with_it() {
    // when
    Response missing = api.get("/meetings", BOARD_KEY);
    Response words = api.get("/goals?year=soon", BOARD_KEY);
    Response outOfRange = api.get("/events?year=1899", BOARD_KEY);
    Response figures = api.get("/figures/governance?year=2101", BOARD_KEY);

    // then
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("year");
    assertThat(words.errorFields()).containsExactly("year");
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.errorFields()).containsExactly("year");
    assertThat(figures.errorFields()).containsExactly("year");
  }

  @Test
  void the_decisions_of_a_meeting_are_listed_by_paragraph_and_read_one_by_one() {
    // given
    api.recordBoard2016();
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1", "P-2", "P-3", "P-4", "P-5");
    for (int paragraph : new int[] {2, 1}) {
      api.post(
          "/meetings/B2016-01/decisions",
          ADMIN_KEY,
          "{\"paragraph\":%d,\"subject\":\"Ärende %d\",\"outcome\":\"Bifölls\"}"
              .formatted(paragraph, paragraph));
    }

    // when
    Response list = api.get("/meetings/B2016-01/decisions", BOARD_KEY);
    Response one = api.get("/meetings/B2016-01/decisions/2", BOARD_KEY);
    Response absent = api.get("/meetings/B2016-01/decisions/3", BOARD_KEY);
    Response notANumber = api.get("/meetings/B2016-01/decisions/first", BOARD_KEY);
    Response ofNoMeeting = api.get("/meetings/B2016-99/decisions", BOARD_KEY);

    // then
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsText("paragraph")).containsExactly("1", "2");
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().path("id").asText()).isEqualTo("B2016-01§2");
    assertThat(one.json().path("meeting").asText()).isEqualTo("B2016-01");
    assertThat(one.json().path("subject").asText()).isEqualTo("Ärende 2");
    assertThat(one.json().path("outcome").asText()).isEqualTo("Bifölls");
    assertThat(absent.status()).isEqualTo(404);
    assertThat(absent.json().path("code").asText()).isEqualTo("decision-not-found");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.errorFields()).containsExactly("paragraph");
    assertThat(ofNoMeeting.status()).isEqualTo(404);
    assertThat(ofNoMeeting.json().path("code").asText()).isEqualTo("meeting-not-found");
  }

  @Test
  void a_meeting_that_is_not_recorded_is_404() {
    // when
    Response response = api.get("/meetings/B2016-99", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("code").asText()).isEqualTo("meeting-not-found");
  }

  // ---- goals

  @Test
  void goals_are_recorded_and_listed_by_fiscal_year() {
    // when
    Response recorded =
        api.put(
            "/goals/2016-II",
            ADMIN_KEY,
            "{\"fiscalYear\":2016,\"number\":\"II\",\"title\":\"Internationell samverkan\"}");
    api.put(
        "/goals/2016-I",
        ADMIN_KEY,
        "{\"fiscalYear\":2016,\"number\":\"I\",\"title\":\"Kompetensförsörjning\"}");
    api.put("/goals/2017-I", ADMIN_KEY, "{\"fiscalYear\":2017,\"number\":\"I\",\"title\":\"X\"}");
    Response list = api.get("/goals?year=2016", BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.json().path("id").asText()).isEqualTo("2016-II");
    assertThat(recorded.json().path("fiscalYear").asInt()).isEqualTo(2016);
    assertThat(recorded.json().path("number").asText()).isEqualTo("II");
    assertThat(recorded.json().path("title").asText()).isEqualTo("Internationell samverkan");
    assertThat(list.json().findValuesAsText("id")).containsExactlyInAnyOrder("2016-I", "2016-II");
  }

  @Test
  void a_goal_with_a_number_that_is_not_roman_is_400() {
    // when
    Response response =
        api.put(
            "/goals/2016-5", ADMIN_KEY, "{\"fiscalYear\":2016,\"number\":\"5\",\"title\":\"\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    // the command lists every field of a wrong shape; limits are the record's rules, checked next
    assertThat(response.errorFields()).containsExactly("number");
  }

  // ---- events

  @Test
  void an_event_with_a_total_alone_is_recorded_and_read_back() {
    // when
    Response recorded = api.put("/events/2016-conference", ADMIN_KEY, CONFERENCE);
    Response read = api.get("/events/2016-conference", BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    JsonNode event = read.json();
    assertThat(event.path("id").asText()).isEqualTo("2016-conference");
    assertThat(event.path("kind").asText()).isEqualTo("CONFERENCE");
    assertThat(event.path("name").asText()).isEqualTo("Westums årliga konferens");
    assertThat(event.path("start").asText()).isEqualTo("2016-04-20");
    assertThat(event.path("end").asText()).isEqualTo("2016-04-21");
    assertThat(event.path("place").asText()).isEqualTo("Billinge hus, Skövde");
    assertThat(event.path("country").asText()).isEqualTo("SE");
    assertThat(event.path("organiser").asText()).isEqualTo("Westum");
    assertThat(event.path("goal").isNull()).isTrue();
    assertThat(event.path("participants").asInt()).isEqualTo(35);
    assertThat(event.path("organisations").isNull()).isTrue();
    assertThat(event.path("people").isNull()).isTrue();
  }

  @Test
  void an_event_counted_by_organisation_serves_a_recorded_goal() {
    // given
    api.put(
        "/goals/2016-I",
        ADMIN_KEY,
        "{\"fiscalYear\":2016,\"number\":\"I\",\"title\":\"Kompetensförsörjning\"}");

    // when
    Response response =
        api.put(
            "/events/2016-dissemination",
            ADMIN_KEY,
            """
            {"kind":"DISSEMINATION_CONFERENCE","name":"Spridningskonferens","start":"2016-11-10",
             "place":"Göteborg","country":"SE","organiser":"Westum","goal":"2016-I",
             "organisations":[{"organisation":"Borås stad","country":"SE","count":12},
                              {"organisation":"Larvik kommune","country":"NO","count":8}]}
            """);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("goal").asText()).isEqualTo("2016-I");
    assertThat(response.json().path("end").asText()).isEqualTo("2016-11-10");
    assertThat(response.json().path("participants").asInt()).isEqualTo(20);
    assertThat(response.json().path("organisations").findValuesAsText("organisation"))
        .containsExactly("Borås stad", "Larvik kommune");
    assertThat(response.json().path("people").isNull()).isTrue();
  }

  @Test
  void an_event_listing_people_counts_each_of_them_once() {
    // when
    Response response =
        api.put(
            "/events/2016-arendal",
            ADMIN_KEY,
            """
            {"kind":"PARTNERSHIP_MEETING","name":"Partnermöte","start":"2016-05-31",
             "end":"2016-06-01","place":"Arendal","country":"NO","organiser":"Arendal kommune",
             "people":["X-2","X-1","X-2"]}
            """);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("people").toString()).isEqualTo("[\"X-1\",\"X-2\"]");
    assertThat(response.json().path("participants").asInt()).isEqualTo(2);
    assertThat(response.json().path("organisations").isNull()).isTrue();
  }

  @Test
  void an_event_with_two_forms_of_participation_is_400_naming_participants() {
    // when
    Response twoForms =
        api.put(
            "/events/2016-conference",
            ADMIN_KEY,
            CONFERENCE.replace(
                "\"participants\":35",
                "\"participants\":35,"
                    + "\"organisations\":[{\"organisation\":\"Skövde\",\"country\":\"SE\","
                    + "\"count\":35}]"));
    Response none =
        api.put(
            "/events/2016-conference",
            ADMIN_KEY,
            CONFERENCE.replace(",\n \"participants\":35", "").replace("\"participants\":35", ""));

    // then
    assertThat(twoForms.status()).isEqualTo(400);
    assertThat(twoForms.errorFields()).containsExactly("participants");
    assertThat(twoForms.json().path("errors").get(0).path("code").asText())
        .isEqualTo("one-participation-form");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.errorFields()).containsExactly("participants");
    assertThat(api.get("/events/2016-conference", ADMIN_KEY).status()).isEqualTo(404);
  }

  @Test
  void every_failing_field_of_an_event_is_listed() {
    // when
    Response response =
        api.put(
            "/events/2016-x",
            ADMIN_KEY,
            """
            {"kind":"PARTY","name":"","start":"2016-13-01","place":"Skövde","country":"Sverige",
             "organiser":"Westum","participants":-1}
            """);

    // then the JSON stage reports the values of the wrong type first
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("kind", "start");
  }

  @Test
  void the_command_stage_lists_every_field_of_a_wrong_shape_of_an_event_before_its_rules() {
    // when
    Response response =
        api.put(
            "/events/2016-x",
            ADMIN_KEY,
            """
            {"kind":"WORKSHOP","name":"","start":"2016-03-01","place":"Skövde","country":"Sverige",
             "organiser":"Westum",
             "organisations":[{"organisation":"Skövde kommun","country":"SE","count":0}]}
            """);

    // then
    assertThat(response.status()).isEqualTo(400);
    // the command lists every field of a wrong shape; limits are the record's rules, checked next
    assertThat(response.errorFields()).containsExactly("country");
  }

  @Test
  void an_event_serving_a_goal_that_is_not_recorded_is_422_naming_the_goal() {
    // when
    Response response =
        api.put(
            "/events/2016-conference",
            ADMIN_KEY,
            CONFERENCE.replace("\"participants\":35", "\"goal\":\"2016-IX\",\"participants\":35"));

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().toString()).contains("missing-reference", "goal", "2016-IX");
  }

  @Test
  void events_are_listed_by_the_fiscal_year_they_share_a_day_with() {
    // given
    api.put("/events/2016-conference", ADMIN_KEY, CONFERENCE);
    api.put(
        "/events/2015-turn-of-year",
        ADMIN_KEY,
        CONFERENCE.replace("2016-04-20", "2015-12-31").replace("2016-04-21", "2016-01-01"));
    api.put("/events/2017-conference", ADMIN_KEY, CONFERENCE.replace("2016-04-2", "2017-04-2"));

    // when
    Response response = api.get("/events?year=2016", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().findValuesAsText("id"))
        .containsExactlyInAnyOrder("2015-turn-of-year", "2016-conference");
    assertThat(api.get("/events/2018-none", BOARD_KEY).json().path("code").asText())
        .isEqualTo("event-not-found");
  }

  // ---- staff

  @Test
  void staff_are_recorded_and_listed_with_their_names() {
    // given the projects the employment names
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    for (String acronym : new String[] {"KOBRA", "ERASMUS"}) {
      api.put("/projects/" + acronym, ADMIN_KEY, ProjectBodies.PROJECT);
    }

    // when
    Response recorded =
        api.put(
            "/staff/S-01",
            ADMIN_KEY,
            """
            {"name":"Testperson Koordinator","role":"projektkoordinator","started":"2014-09-01",
             "ended":"2016-08-31","projects":["KOBRA","ERASMUS"]}
            """);
    api.put(
        "/staff/S-02",
        ADMIN_KEY,
        """
        {"name":"Testperson Efterträdare","role":"projektkoordinator","started":"2016-09-01"}
        """);
    Response list = api.get("/staff", BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.json().path("name").asText()).isEqualTo("Testperson Koordinator");
    assertThat(recorded.json().path("ended").asText()).isEqualTo("2016-08-31");
    assertThat(recorded.json().path("projects").toString()).isEqualTo("[\"ERASMUS\",\"KOBRA\"]");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsText("id")).containsExactlyInAnyOrder("S-01", "S-02");
    JsonNode successor =
        list.json().get(0).path("id").asText().equals("S-02")
            ? list.json().get(0)
            : list.json().get(1);
    assertThat(successor.path("ended").isNull()).isTrue();
    assertThat(successor.path("projects")).isEmpty();
  }

  @Test
  void an_employment_naming_a_project_that_is_not_recorded_is_422() {
    // when
    Response response =
        api.put(
            "/staff/S-01",
            ADMIN_KEY,
            """
            {"name":"Testperson Koordinator","role":"projektkoordinator","started":"2014-09-01",
             "projects":["NO-SUCH"]}
            """);

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().toString()).contains("missing-reference", "projects", "NO-SUCH");
    assertThat(response.json().toString()).doesNotContain("Testperson");
  }

  @Test
  void an_employment_ending_before_it_starts_is_400_without_the_name() {
    // when
    Response response =
        api.put(
            "/staff/S-01",
            ADMIN_KEY,
            """
            {"name":"Testperson Koordinator","role":"projektkoordinator","started":"2016-09-01",
             "ended":"2016-08-31"}
            """);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("end");
    assertThat(response.body()).doesNotContain("Testperson");
  }

  // ---- figures

  @Test
  void the_governance_figures_count_the_board_sessions_events_and_staff_changes_of_a_year() {
    // given the board, 7 board meetings and a two-day strategy day in 2016, and one in 2017
    api.recordBoard2016();
    String[] quorum = {"P-1", "P-2", "P-3", "P-4", "P-5"};
    for (int month = 1; month <= 7; month++) {
      api.recordBoardMeeting("B2016-0" + month, "2016-0" + month + "-10", quorum);
    }
    api.recordBoardMeeting("B2017-01", "2017-02-02", quorum);
    api.put(
        "/meetings/SD2016-01",
        ADMIN_KEY,
        """
        {"kind":"STRATEGY_DAY","start":"2016-08-25","end":"2016-08-26","place":"Mariestad",
         "present":["P-1","P-2","P-3","P-4","P-5","P-6"]}
        """);
    api.put(
        "/meetings/AM2016",
        ADMIN_KEY,
        "{\"kind\":\"ANNUAL_MEETING\",\"start\":\"2016-04-20\",\"place\":\"Skövde\",\"present\":[]}");
    for (String decision : new String[] {"B2016-01/1", "B2016-01/2", "SD2016-01/1"}) {
      String[] parts = decision.split("/");
      assertThat(
              api.post(
                      "/meetings/" + parts[0] + "/decisions",
                      ADMIN_KEY,
                      "{\"paragraph\":%s,\"subject\":\"Ärende\",\"outcome\":\"Bifölls\"}"
                          .formatted(parts[1]))
                  .status())
          .isEqualTo(201);
    }
    // and events counted three ways, two of them sharing a person
    api.put("/events/2016-conference", ADMIN_KEY, CONFERENCE);
    api.put(
        "/events/2016-dissemination",
        ADMIN_KEY,
        """
        {"kind":"DISSEMINATION_CONFERENCE","name":"Spridning","start":"2016-11-10",
         "place":"Göteborg","country":"SE","organiser":"Westum",
         "organisations":[{"organisation":"Borås stad","country":"SE","count":12},
                          {"organisation":"Alingsås kommun","country":"SE","count":8}]}
        """);
    for (String visit : new String[] {"2016-arendal:X-1,X-2", "2016-horsens:X-2,X-3"}) {
      String[] parts = visit.split(":");
      api.put(
          "/events/" + parts[0],
          ADMIN_KEY,
          """
          {"kind":"PARTNERSHIP_MEETING","name":"Partnermöte","start":"2016-10-13",
           "place":"Här","country":"DK","organiser":"Partner","people":[%s]}
          """
              .formatted(TestApi.quoted(parts[1].split(","))));
    }
    // and one coordinator who left and one who started
    api.put(
        "/staff/S-01",
        ADMIN_KEY,
        """
        {"name":"Testperson Avgången","role":"projektkoordinator","started":"2014-09-01",
         "ended":"2016-08-31"}
        """);
    api.put(
        "/staff/S-02",
        ADMIN_KEY,
        """
        {"name":"Testperson Tillträdd","role":"projektkoordinator","started":"2016-09-01"}
        """);

    // when
    Response response = api.get("/figures/governance?year=2016", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    JsonNode figures = response.json();
    assertThat(figures.path("year").asInt()).isEqualTo(2016);
    JsonNode board = figures.path("board");
    assertThat(board.path("term").asText()).isEqualTo("2016");
    assertThat(board.path("members").asInt()).isEqualTo(10);
    assertThat(board.path("ordinaryMembers").asInt()).isEqualTo(8);
    assertThat(board.path("deputies").asInt()).isEqualTo(2);
    assertThat(board.path("seats").get(0).path("role").asText()).isEqualTo("CHAIR");
    assertThat(board.path("nominationCommittee").findValuesAsText("person")).containsExactly("V-1");
    assertThat(board.path("auditors").findValuesAsText("name"))
        .containsExactly("Testperson Revisor");
    assertThat(figures.path("meetingsByKind").toString())
        .isEqualTo(
            "{\"BOARD_MEETING\":7,\"STRATEGY_DAY\":1,\"ANNUAL_MEETING\":1,"
                + "\"PROJECT_BOARD_MEETING\":0,\"WORKING_GROUP_MEETING\":0}");
    assertThat(figures.path("boardMeetings").asInt()).isEqualTo(7);
    assertThat(figures.path("strategyDays").asInt()).isEqualTo(2);
    assertThat(figures.path("boardSessions").asInt()).isEqualTo(9);
    assertThat(figures.path("decisions").asInt()).isEqualTo(3);
    assertThat(figures.path("events").findValuesAsText("id"))
        .containsExactly("2016-conference", "2016-arendal", "2016-horsens", "2016-dissemination");
    assertThat(figures.path("events").findValuesAsText("participants"))
        .containsExactly("35", "2", "2", "20");
    JsonNode dissemination = figures.path("events").get(3);
    assertThat(dissemination.path("organisationCount").asInt()).isEqualTo(2);
    assertThat(dissemination.path("byCountry").toString()).isEqualTo("{\"SE\":20}");
    assertThat(figures.path("events").get(0).path("organisationCount").isNull()).isTrue();
    assertThat(figures.path("peopleAtEvents").asInt()).isEqualTo(3);
    assertThat(figures.path("staffStarted").findValuesAsText("staff")).containsExactly("S-02");
    assertThat(figures.path("staffStarted").get(0).path("name").asText())
        .isEqualTo("Testperson Tillträdd");
    assertThat(figures.path("staffStarted").get(0).path("date").asText()).isEqualTo("2016-09-01");
    assertThat(figures.path("staffLeft").findValuesAsText("staff")).containsExactly("S-01");
    assertThat(figures.path("staffLeft").get(0).path("date").asText()).isEqualTo("2016-08-31");
  }

  @Test
  void the_figures_of_a_year_without_records_have_no_board_and_zero_counts() {
    // when
    Response response = api.get("/figures/governance?year=2016", ADMIN_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("board").isNull()).isTrue();
    assertThat(response.json().path("boardSessions").asInt()).isZero();
    assertThat(response.json().path("meetingsByKind").path("BOARD_MEETING").asInt()).isZero();
    assertThat(response.json().path("events")).isEmpty();
    assertThat(response.json().path("staffLeft")).isEmpty();
  }
}
