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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Westum 2016 dataset bundled on the classpath (inside the runnable jar), copied out to a
 * temporary directory because the CSV reader reads a directory of files. Closing it deletes the
 * copy.
 */
final class BundledDataset implements AutoCloseable {

  static final String NAME = "westum-2016";

  /** The membership files. */
  static final List<String> MEMBERSHIP_FILES = List.of("members.csv", "fees.csv", "payments.csv");

  /** The governance files: board, positions, meetings, decisions, goals, events and staff. */
  static final List<String> GOVERNANCE_FILES =
      List.of(
          "board.csv",
          "positions.csv",
          "meetings.csv",
          "attendance.csv",
          "decisions.csv",
          "goals.csv",
          "events.csv",
          "event_participants.csv",
          "staff.csv");

  /**
   * The project files: programmes, projects with their audits, partners, boards and working groups,
   * main activities, indicators with their values, and the Erasmus+ grant and mobilities.
   */
  static final List<String> PROJECT_FILES =
      List.of(
          "programmes.csv",
          "projects.csv",
          "audits.csv",
          "partners.csv",
          "working_groups.csv",
          "activities.csv",
          "indicators.csv",
          "indicator_values.csv",
          "mobility_grants.csv",
          "mobilities.csv");

  /**
   * The needs-based training files of Kobra: vocabulary, partner quota, survey mapping, brokers,
   * company visits with their needs, survey answers, focus areas, trainings with participants,
   * indicator feeds.
   */
  static final List<String> TRAINING_FILES =
      List.of(
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

  /** Every file of the dataset. */
  static final List<String> FILES =
      Stream.of(MEMBERSHIP_FILES, GOVERNANCE_FILES, PROJECT_FILES, TRAINING_FILES)
          .flatMap(List::stream)
          .toList();

  /**
   * The narrative fragments written for the 2016 report, one per section and language ({@code
   * narrative/<lang>/<section>.md}): text the records cannot give, in the project's own words.
   */
  static final List<String> NARRATIVE_FILES =
      Stream.of("sv", "en")
          .flatMap(
              lang ->
                  Stream.of("board", "goal-i", "goal-ii", "goal-iii", "goal-iv", "figures", "staff")
                      .map(section -> "narrative/" + lang + "/" + section + ".md"))
          .toList();

  private static final String RESOURCES = "/datasets/" + NAME + "/";

  private final Path directory;

  private BundledDataset(Path directory) {
    this.directory = directory;
  }

  /** Copies the dataset to a fresh temporary directory. */
  static BundledDataset extract() throws IOException {
    Path directory = Files.createTempDirectory("consortium-" + NAME + "-");
    try {
      copyTo(directory);
    } catch (IOException | RuntimeException e) {
      delete(directory);
      throw e;
    }
    return new BundledDataset(directory);
  }

  /** Copies the dataset's files, byte for byte, into an existing directory. */
  static void copyTo(Path directory) throws IOException {
    for (String file : Stream.concat(FILES.stream(), NARRATIVE_FILES.stream()).toList()) {
      try (InputStream in = BundledDataset.class.getResourceAsStream(RESOURCES + file)) {
        if (in == null) {
          throw new IOException("the bundled dataset lacks " + file + ": the jar is incomplete");
        }
        Path target = directory.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
  }

  /** The directory holding the copied CSV files. */
  Path directory() {
    return directory;
  }

  @Override
  public void close() throws IOException {
    delete(directory);
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
