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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.internal.Labels;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LabelsTest {

  static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        LabelsTest.class.getResourceAsStream("/se/westum/consortium/report/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void the_swedish_and_english_bundles_have_the_same_keys() throws IOException {
    assertThat(load("labels_en.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("labels.properties").keySet());
  }

  @Test
  void swedish_is_the_default_and_english_is_on_request_whatever_the_jvm_locale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      // given a JVM whose default is English
      java.util.Locale.setDefault(java.util.Locale.UK);
      // when / then
      assertThat(Labels.of(ReportLanguage.SV).get("enum.BoardRole.CHAIR")).isEqualTo("Ordförande");
      assertThat(Labels.of(ReportLanguage.EN).get("enum.BoardRole.CHAIR")).isEqualTo("Chair");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void every_board_role_has_a_label_in_both_languages() {
    for (ReportLanguage language : ReportLanguage.values()) {
      for (BoardRole role : BoardRole.values()) {
        assertThat(Labels.of(language).get("enum.BoardRole." + role.name())).isNotBlank();
      }
    }
  }

  @Test
  void arguments_are_placed_as_given_and_apostrophes_survive() {
    assertThat(Labels.of(ReportLanguage.EN).get("report.title", "2016"))
        .isEqualTo("Annual activity report 2016");
    assertThat(Labels.of(ReportLanguage.EN).get("project.activity", "Analysis", "O'Hara AB"))
        .isEqualTo("Analysis (lead: O'Hara AB)");
  }
}
