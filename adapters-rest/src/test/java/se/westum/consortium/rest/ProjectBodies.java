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

import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Request bodies for the project and mobility tests, after the core's {@code ProjectFixtures}: an
 * Erasmus+ project of call 2015 granted 10 learner places for 12 000 EUR and 4 staff places for 6
 * 000 EUR, and learners going from Skövde to Hamburg (588 km: band 500–1999 km, 275 EUR).
 */
final class ProjectBodies {

  static final String EPLUS = "EPLUS-2015";

  static final String PROGRAMME = "{\"name\":\"Erasmus+ KA1\",\"kind\":\"ERASMUS_PLUS_KA1\"}";

  static final String PROJECT =
      """
      {"name":"Erasmus+ mobilitet för vuxenutbildning","programme":"ERASMUS-KA1",
       "start":"2015-06-01","end":"2017-05-31","coordinator":"Westum","status":"RUNNING",
       "finalReportDeadline":"2017-06-30",
       "audits":[{"date":"2016-11-15","authority":"UHR","outcome":"Kompletteringar begärda"}]}
      """;

  static final String GRANT =
      """
      {"callYear":2015,
       "categories":[
         {"category":"LEARNER","places":10,"budgetEur":"12000","dailyRatesEur":["40","30","20"]},
         {"category":"STAFF","places":4,"budgetEur":6000,"dailyRatesEur":[100,90,80]}]}
      """;

  private ProjectBodies() {}

  /**
   * A 14-day mobility from Skövde to Hamburg with 2 travel days, sent by {@code sendingMember}
   * ({@code null}: no member). Its grant is 275 travel + 16 × 30 + 350 = 1105 EUR for a learner.
   */
  static String mobility(String category, String sendingMember, String start, String status) {
    String member = sendingMember == null ? "" : "\"sendingMember\":\"" + sendingMember + "\",";
    String end = java.time.LocalDate.parse(start).plusDays(13).toString();
    return """
        {"project":"%s","participant":"L-%s","category":"%s",
         "sendingOrganisation":"Lärcentrum Skövde","sendingCity":"Skövde","sendingCountry":"SE",
         "sendingCoordinates":"58.3903,13.8461",%s
         "receivingOrganisation":"Berufsschule Hamburg","receivingCity":"Hamburg",
         "receivingCountry":"DE","receivingCoordinates":"53.5511,9.9937",
         "start":"%s","end":"%s","travelDays":2,"status":"%s"}
        """
        .formatted(EPLUS, start, category, member, start, end, status);
  }

  /**
   * Records the programme, the project and its grant as ADMIN, after registering the members that
   * send mobilities ({@link TestApi#OWN} and {@link TestApi#OTHER}).
   */
  static void recordErasmusProject(TestApi api) {
    for (String member : List.of(TestApi.OWN, TestApi.OTHER)) {
      if (api.consortium.membership().find(OrganisationNumber.parse(member)).isEmpty()) {
        api.consortium
            .membership()
            .register(
                new RegisterMemberCommand(
                    member,
                    "Kommun " + member,
                    MemberKind.MUNICIPALITY,
                    List.of("1496"),
                    LocalDate.of(2005, 1, 1),
                    null));
      }
    }
    assertThat(api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, PROGRAMME).status()).isEqualTo(200);
    assertThat(api.put("/projects/" + EPLUS, ADMIN_KEY, PROJECT).status()).isEqualTo(200);
    assertThat(api.put("/projects/" + EPLUS + "/mobility-grant", ADMIN_KEY, GRANT).status())
        .isEqualTo(200);
  }

  /** Records a mobility as ADMIN. */
  static void recordMobility(TestApi api, String id, String body) {
    TestApi.Response response = api.put("/mobilities/" + id, ADMIN_KEY, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }
}
