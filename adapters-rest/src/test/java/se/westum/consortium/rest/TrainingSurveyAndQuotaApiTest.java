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
import static se.westum.consortium.rest.TestApi.MEMBER_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.TrainingStorageFixtures;

/**
 * A project's survey mapping, survey answers and partner quota through REST on a real loopback
 * server: each is stored and read back, a bad body answers 400 naming the JSON field, an unknown
 * project 404, and only an {@code ADMIN} key writes them.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingSurveyAndQuotaApiTest {

  private static final String MAPPING =
      "{\"sources\":[{\"target\":\"id\",\"source\":\"Svars-ID\"},"
          + "{\"target\":\"date\",\"source\":\"Datum\"},"
          + "{\"target\":\"company_number\",\"source\":\"Organisationsnummer\"},"
          + "{\"target\":\"sector\",\"source\":\"Bransch\"},"
          + "{\"target\":\"employees\",\"source\":\"Antal anställda\"},"
          + "{\"target\":\"topic:social-media\",\"source\":\"Sociala medier\"}]}";

  private static final String COMPANY = TrainingStorageFixtures.company(1).value();

  private static final String ANSWER =
      "{\"date\":\"2016-10-03\",\"companyNumber\":\""
          + COMPANY
          + "\",\"sector\":\"industrial-technology\",\"employees\":12,"
          + "\"needs\":[{\"topic\":\"social-media\",\"priority\":2}]}";

  private TestApi api;

  @BeforeEach
  void start() {
    api = TestApi.start(TrainingBodies.kobra(), RestApi.DEFAULT_MAX_REQUEST_BYTES);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  // ---- survey mapping

  @Test
  void a_survey_mapping_is_recorded_and_read_back_in_its_order() {
    // given
    Response before = api.get("/projects/KOBRA/survey-mapping", MEMBER_KEY);

    // when
    Response recorded = api.put("/projects/KOBRA/survey-mapping", ADMIN_KEY, MAPPING);

    // then
    assertThat(before.status()).isEqualTo(404);
    assertThat(before.json().path("code").asText()).isEqualTo("survey-mapping-not-found");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    JsonNode read = api.get("/projects/KOBRA/survey-mapping", MEMBER_KEY).json();
    assertThat(read.path("project").asText()).isEqualTo("KOBRA");
    assertThat(read.path("sources").findValuesAsText("target"))
        .containsExactly(
            "id", "date", "company_number", "sector", "employees", "topic:social-media");
    assertThat(read.path("sources").findValuesAsText("source"))
        .containsExactly(
            "Svars-ID",
            "Datum",
            "Organisationsnummer",
            "Bransch",
            "Antal anställda",
            "Sociala medier");
  }

  @Test
  void a_mapping_with_an_unknown_target_answers_400_naming_the_entry() {
    // when
    Response response =
        api.put(
            "/projects/KOBRA/survey-mapping",
            ADMIN_KEY,
            MAPPING.replace("\"target\":\"sector\"", "\"target\":\"colour\""));

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("sources[3].target");
    assertThat(response.json().path("errors").get(0).path("code").asText())
        .isEqualTo("invalid-survey-target");
    assertThat(api.get("/projects/KOBRA/survey-mapping", ADMIN_KEY).status()).isEqualTo(404);
  }

  @Test
  void a_mapping_without_a_required_target_or_naming_one_twice_answers_400() {
    // when
    Response missing =
        api.put(
            "/projects/KOBRA/survey-mapping",
            ADMIN_KEY,
            "{\"sources\":[{\"target\":\"id\",\"source\":\"Svars-ID\"}]}");
    Response twice =
        api.put(
            "/projects/KOBRA/survey-mapping",
            ADMIN_KEY,
            MAPPING.replace("\"target\":\"date\"", "\"target\":\"id\""));
    Response noList = api.put("/projects/KOBRA/survey-mapping", ADMIN_KEY, "{}");

    // then
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("sources");
    assertThat(missing.json().path("errors").get(0).path("code").asText())
        .isEqualTo("missing-survey-target");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.errorFields()).containsExactly("sources[1].target");
    assertThat(twice.json().path("errors").get(0).path("code").asText())
        .isEqualTo("duplicate-survey-target");
    assertThat(noList.status()).isEqualTo(400);
    assertThat(noList.errorFields()).containsExactly("sources");
  }

  @Test
  void a_mapping_of_a_topic_outside_the_vocabulary_is_refused_with_the_cores_code() {
    // when
    Response response =
        api.put(
            "/projects/KOBRA/survey-mapping",
            ADMIN_KEY,
            MAPPING.replace("topic:social-media", "topic:astrology"));

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("code").asText())
        .isEqualTo("unknown-topic");
  }

  // ---- survey answers

  @Test
  void a_survey_answer_is_recorded_and_listed_with_its_needs() {
    // when
    Response recorded = api.put("/projects/KOBRA/survey-answers/ER-1001", ADMIN_KEY, ANSWER);

    // then
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    JsonNode answers = api.get("/projects/KOBRA/survey-answers", BOARD_KEY).json();
    assertThat(answers).hasSize(1);
    JsonNode answer = answers.get(0);
    assertThat(answer.path("id").asText()).isEqualTo("ER-1001");
    assertThat(answer.path("date").asText()).isEqualTo("2016-10-03");
    assertThat(answer.path("companyNumber").asText()).isEqualTo(COMPANY);
    assertThat(answer.path("sector").asText()).isEqualTo("industrial-technology");
    assertThat(answer.path("employees").asInt()).isEqualTo(12);
    assertThat(answer.path("sizeClass").asText()).isEqualTo("SMALL");
    assertThat(answer.path("needs").get(0).path("topic").asText()).isEqualTo("social-media");
    assertThat(answer.path("needs").get(0).path("priority").asInt()).isEqualTo(2);
    assertThat(api.get("/projects/KOBRA/survey-answers", MEMBER_KEY).json()).hasSize(1);
  }

  @Test
  void a_bad_answer_body_answers_400_naming_each_field() {
    // when
    Response missing =
        api.put("/projects/KOBRA/survey-answers/ER-1", ADMIN_KEY, "{\"date\":\"2016-10-03\"}");
    Response badNumber =
        api.put(
            "/projects/KOBRA/survey-answers/ER-2",
            ADMIN_KEY,
            ANSWER.replace(COMPANY, "556000-0000"));
    Response badPriority =
        api.put(
            "/projects/KOBRA/survey-answers/ER-3",
            ADMIN_KEY,
            ANSWER.replace("\"priority\":2", "\"priority\":7"));
    Response badSector =
        api.put(
            "/projects/KOBRA/survey-answers/ER-4",
            ADMIN_KEY,
            ANSWER.replace("industrial-technology", "fishing"));

    // then
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("companyNumber", "sector", "employees");
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.errorFields()).containsExactly("companyNumber");
    assertThat(badPriority.status()).isEqualTo(400);
    assertThat(badPriority.errorFields()).containsExactly("needs[0].priority");
    assertThat(badSector.status()).isEqualTo(400);
    assertThat(badSector.json().path("errors").get(0).path("code").asText())
        .isEqualTo("unknown-sector");
    assertThat(api.get("/projects/KOBRA/survey-answers", ADMIN_KEY).json()).isEmpty();
  }

  // ---- partner quota

  @Test
  void the_quota_is_1_to_3_until_set_and_then_the_one_set_which_compliance_applies() {
    // given
    JsonNode before = api.get("/projects/KOBRA/quota", MEMBER_KEY).json();

    // when
    Response set = api.put("/projects/KOBRA/quota", ADMIN_KEY, "{\"min\":0,\"max\":2}");

    // then
    assertThat(before.path("min").asInt()).isEqualTo(1);
    assertThat(before.path("max").asInt()).isEqualTo(3);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    JsonNode after = api.get("/projects/KOBRA/quota", BOARD_KEY).json();
    assertThat(after.path("min").asInt()).isEqualTo(0);
    assertThat(after.path("max").asInt()).isEqualTo(2);
    JsonNode compliance = api.get("/projects/KOBRA/compliance?at=2017-03-31", ADMIN_KEY).json();
    assertThat(compliance.path("quota").path("min").asInt()).isEqualTo(0);
    assertThat(compliance.path("quota").path("max").asInt()).isEqualTo(2);
  }

  @Test
  void a_bad_quota_answers_400_naming_the_field_and_keeps_the_stored_one() {
    // when
    Response crossed = api.put("/projects/KOBRA/quota", ADMIN_KEY, "{\"min\":3,\"max\":2}");
    Response missing = api.put("/projects/KOBRA/quota", ADMIN_KEY, "{\"min\":1}");
    Response text = api.put("/projects/KOBRA/quota", ADMIN_KEY, "{\"min\":\"one\",\"max\":3}");

    // then
    assertThat(crossed.status()).isEqualTo(400);
    assertThat(crossed.errorFields()).containsExactly("min");
    assertThat(crossed.json().path("errors").get(0).path("code").asText())
        .isEqualTo("invalid-quota");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorFields()).containsExactly("max");
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.errorFields()).containsExactly("min");
    assertThat(api.get("/projects/KOBRA/quota", ADMIN_KEY).json().path("max").asInt()).isEqualTo(3);
  }

  @Test
  void a_create_only_put_does_not_replace_a_stored_quota_mapping_or_answer() {
    // given
    api.put("/projects/KOBRA/quota", ADMIN_KEY, "{\"min\":1,\"max\":2}");
    api.put("/projects/KOBRA/survey-mapping", ADMIN_KEY, MAPPING);
    api.put("/projects/KOBRA/survey-answers/ER-1001", ADMIN_KEY, ANSWER);

    // when
    Response quota = api.putNew("/projects/KOBRA/quota", ADMIN_KEY, "{\"min\":0,\"max\":5}");
    Response mapping = api.putNew("/projects/KOBRA/survey-mapping", ADMIN_KEY, MAPPING);
    Response answer =
        api.putNew(
            "/projects/KOBRA/survey-answers/ER-1001",
            ADMIN_KEY,
            ANSWER.replace("\"employees\":12", "\"employees\":300"));
    Response fresh = api.putNew("/projects/KOBRA/survey-answers/ER-1002", ADMIN_KEY, ANSWER);

    // then
    assertThat(Stream.of(quota, mapping, answer))
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(409);
              assertThat(r.json().path("code").asText()).isEqualTo("already-recorded");
            });
    assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
    assertThat(api.get("/projects/KOBRA/quota", ADMIN_KEY).json().path("max").asInt()).isEqualTo(2);
    assertThat(
            api.get("/projects/KOBRA/survey-answers", ADMIN_KEY)
                .json()
                .findValuesAsText("employees"))
        .containsExactly("12", "12");
  }

  // ---- unknown project and access

  @Test
  void an_unknown_project_answers_404_on_every_route() {
    // when
    List<Response> responses =
        List.of(
            api.get("/projects/NOPE/survey-mapping", ADMIN_KEY),
            api.put("/projects/NOPE/survey-mapping", ADMIN_KEY, MAPPING),
            api.get("/projects/NOPE/survey-answers", ADMIN_KEY),
            api.put("/projects/NOPE/survey-answers/ER-1", ADMIN_KEY, ANSWER),
            api.get("/projects/NOPE/quota", ADMIN_KEY),
            api.put("/projects/NOPE/quota", ADMIN_KEY, "{\"min\":1,\"max\":3}"));

    // then
    assertThat(responses)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isEqualTo(404);
              assertThat(r.json().path("code").asText()).isEqualTo("project-not-found");
            });
  }

  @Test
  void a_member_or_board_key_may_read_but_not_write_them() {
    // when
    List<Response> writes =
        Stream.of(MEMBER_KEY, BOARD_KEY)
            .flatMap(
                key ->
                    Stream.of(
                        api.put("/projects/KOBRA/survey-mapping", key, MAPPING),
                        api.put("/projects/KOBRA/survey-answers/ER-1", key, ANSWER),
                        api.put("/projects/KOBRA/quota", key, "{\"min\":0,\"max\":1}")))
            .toList();

    // then
    assertThat(writes).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(403));
    assertThat(api.get("/projects/KOBRA/quota", MEMBER_KEY).json().path("min").asInt())
        .isEqualTo(1);
    assertThat(api.get("/projects/KOBRA/survey-answers", MEMBER_KEY).json()).isEmpty();
    assertThat(api.get("/projects/KOBRA/survey-mapping", BOARD_KEY).status()).isEqualTo(404);
  }
}
