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
package se.westum.consortium.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonDocumentTest {

  private static final ReportDocuments RENDERER = ReportDocuments.create();

  private static String json(ReportLanguage language) {
    return new String(
        RENDERER.render(Report2016.report(), ReportFormat.JSON, language), StandardCharsets.UTF_8);
  }

  /** The keys directly under "figures", in order, read with a JSON parser. */
  private static List<String> figureKeys(String json) throws IOException {
    List<String> keys = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      int depth = 0;
      boolean inFigures = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          depth++;
        } else if (token == JsonToken.END_OBJECT) {
          depth--;
          if (depth == 1) {
            inFigures = false;
          }
        } else if (token == JsonToken.FIELD_NAME) {
          if (depth == 1 && parser.currentName().equals("figures")) {
            inFigures = true;
          } else if (inFigures && depth == 2) {
            keys.add(parser.currentName());
          }
        }
      }
    }
    return keys;
  }

  @Test
  void every_figure_of_the_report_is_in_the_json_once_in_reading_order() throws IOException {
    // given
    AnnualReport report = Report2016.report();
    // when
    List<String> keys = figureKeys(json(ReportLanguage.SV));
    // then
    assertThat(keys)
        .containsExactlyElementsOf(report.allFigures().stream().map(Figure::key).toList());
  }

  @Test
  void a_figure_carries_its_value_unit_section_and_trace() {
    // when
    String json = json(ReportLanguage.SV);
    // then
    assertThat(json)
        .contains(
            """
                "board.sessions" : {
                  "section" : "board",
                  "value" : 9,
                  "unit" : "count",
                  "trace" : {
                    "recordKind" : "meeting",\
            """)
        .contains("\"rule\" : \"board meetings + strategy days\"")
        .contains(
            """
                "project.kobra.indicators.i1.latest" : {
                  "section" : "goal-i",
                  "value" : 325,
                  "unit" : "count",
                  "asOf" : "2017-02-28",\
            """)
        .contains("\"value\" : 39.1,\n      \"unit\" : \"percent\"")
        .contains("\"value\" : 28980.00,\n      \"unit\" : \"EUR\"")
        .contains("\"value\" : \"2017-06-30\",\n      \"unit\" : \"date\"");
  }

  @Test
  void the_findings_come_with_rule_subject_reason_and_trace() {
    assertThat(json(ReportLanguage.SV))
        .contains("\"findings\" : [ {\n    \"rule\" : \"paid-in-full\",")
        .contains("\"subject\" : \"Tanums kommun\"", "\"rule\" : \"consumption-target\"");
  }

  @Test
  void the_keys_and_values_do_not_depend_on_the_language() {
    // when / then only the language field differs
    assertThat(
            json(ReportLanguage.EN)
                .replace("\"language\" : \"en\"", "")
                .replace("Annual activity report 2016", "T"))
        .isEqualTo(
            json(ReportLanguage.SV)
                .replace("\"language\" : \"sv\"", "")
                .replace("Verksamhetsberättelse 2016", "T"));
  }
}
