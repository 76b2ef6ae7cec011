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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BundledDatasetTest {

  @Test
  void the_dataset_has_the_membership_the_governance_the_project_and_the_training_files() {
    // expect
    assertThat(BundledDataset.FILES)
        .containsExactly(
            "members.csv",
            "fees.csv",
            "payments.csv",
            "board.csv",
            "positions.csv",
            "meetings.csv",
            "attendance.csv",
            "decisions.csv",
            "goals.csv",
            "events.csv",
            "event_participants.csv",
            "staff.csv",
            "programmes.csv",
            "projects.csv",
            "audits.csv",
            "partners.csv",
            "working_groups.csv",
            "activities.csv",
            "indicators.csv",
            "indicator_values.csv",
            "mobility_grants.csv",
            "mobilities.csv",
            "need_topics.csv",
            "sectors.csv",
            "training_quotas.csv",
            "survey_mapping.csv",
            "brokers.csv",
            "company_visits.csv",
            "visit_needs.csv",
            "survey_answers.csv",
            "focus_areas.csv",
            "trainings.csv",
            "training_participants.csv",
            "indicator_feeds.csv");
  }

  @Test
  void extracting_copies_every_file_byte_for_byte_and_closing_deletes_the_copy() throws Exception {
    // given
    Path copy;

    // when
    try (BundledDataset dataset = BundledDataset.extract()) {
      copy = dataset.directory();

      // then
      try (var files = Files.list(copy)) {
        assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
            .containsExactlyInAnyOrderElementsOf(BundledDataset.FILES);
      }
      for (String file : BundledDataset.NARRATIVE_FILES) {
        assertThat(copy.resolve(file)).isRegularFile();
      }
      for (String file : BundledDataset.FILES) {
        try (InputStream resource =
            BundledDataset.class.getResourceAsStream("/datasets/westum-2016/" + file)) {
          assertThat(Files.readAllBytes(copy.resolve(file)))
              .as(file)
              .isEqualTo(resource.readAllBytes());
        }
      }
    }
    assertThat(copy).doesNotExist();
  }
}
