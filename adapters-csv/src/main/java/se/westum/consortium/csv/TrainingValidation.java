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
package se.westum.consortium.csv;

import static se.westum.consortium.csv.DatasetFile.BROKERS;
import static se.westum.consortium.csv.DatasetFile.COMPANY_VISITS;
import static se.westum.consortium.csv.DatasetFile.FOCUS_AREAS;
import static se.westum.consortium.csv.DatasetFile.NEED_TOPICS;
import static se.westum.consortium.csv.DatasetFile.SECTORS;
import static se.westum.consortium.csv.DatasetFile.SURVEY_ANSWERS;
import static se.westum.consortium.csv.DatasetFile.SURVEY_MAPPING;
import static se.westum.consortium.csv.DatasetFile.TRAININGS;
import static se.westum.consortium.csv.DatasetFile.TRAINING_PARTICIPANTS;
import static se.westum.consortium.csv.DatasetFile.VISIT_NEEDS;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.westum.consortium.csv.TrainingRows.NeedRow;
import se.westum.consortium.csv.TrainingRows.ParticipantRow;
import se.westum.consortium.csv.TrainingRows.TrainingRow;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.VisitId;

/**
 * Pass 1 of a training import: reads every training file once, streaming, and reports every cell
 * problem at its file, line and column, and what makes a record unreadable from its files: a
 * vocabulary or mapping its constructor refuses, and the core's rules of a record whose parts come
 * from two files (a visit's needs, a training's participants), placed at the line that breaks them.
 * Every reference to another record (project, partner, broker, topic, sector, decision) is the
 * core's to check.
 *
 * <p>It keeps only the per-project vocabularies and mappings (a few rows), the (visit, topic) and
 * (training, organisation, country) keys and the delivered trainings' ids; {@code
 * company_visits.csv} and {@code survey_answers.csv} are streamed.
 */
final class TrainingValidation {

  private final ObjectReader rowReader;
  private final Path directory;
  private final FileCheck files;
  private final Problems problems;
  private final TrainingSettings settings = new TrainingSettings();
  private final Map<VisitId, List<Need>> needs = new HashMap<>();
  private final Map<TrainingId, Training> trainings = new HashMap<>();
  private final Map<TrainingId, List<ParticipantCount>> attendance = new HashMap<>();
  private boolean trainingsComplete;

  TrainingValidation(
      ObjectReader rowReader, CsvDialect dialect, Path directory, Problems problems) {
    this.rowReader = rowReader;
    this.directory = directory;
    this.files = new FileCheck(rowReader, dialect, directory, problems);
    this.problems = problems;
  }

  /**
   * Checks the dataset.
   *
   * @return the training files the dataset has
   * @throws CsvImportException with every problem found, if there is any
   */
  Set<DatasetFile> run() {
    FileCheck.requireFolder(directory);
    Set<DatasetFile> present = files.present(DatasetFile.training());
    boolean topics =
        files.checkIfPresent(present, NEED_TOPICS, r -> settings.add(TrainingRows.topic(r)));
    boolean sectors =
        files.checkIfPresent(present, SECTORS, r -> settings.add(TrainingRows.sector(r)));
    boolean mapping =
        files.checkIfPresent(present, SURVEY_MAPPING, r -> settings.add(TrainingRows.mapping(r)));
    checkSettings();
    files.checkIfPresent(present, DatasetFile.TRAINING_QUOTAS, TrainingRows::quota);
    // the answers are read through the vocabulary and mapping: only when those read cleanly
    boolean settingsClean = problems.isEmpty();
    files.checkIfPresent(present, BROKERS, TrainingRows::broker);
    files.checkIfPresent(present, COMPANY_VISITS, TrainingRows::visit);
    files.checkIfPresent(present, VISIT_NEEDS, this::checkNeed);
    if (present.contains(SURVEY_ANSWERS) && topics && sectors && mapping && settingsClean) {
      checkAnswers();
    }
    files.checkIfPresent(present, FOCUS_AREAS, TrainingRows::focusArea);
    trainingsComplete = files.checkIfPresent(present, TRAININGS, this::checkTraining);
    files.checkIfPresent(present, TRAINING_PARTICIPANTS, this::checkParticipant);
    files.checkIfPresent(present, DatasetFile.INDICATOR_FEEDS, TrainingRows::feed);
    if (!problems.isEmpty()) {
      throw new CsvImportException(problems.inFileOrder(DatasetFile.training()));
    }
    return present;
  }

  private void checkSettings() {
    try {
      settings.vocabularies();
    } catch (DomainException e) {
      problems.add(new CsvProblem(NEED_TOPICS.fileName(), 0, 0, "", RowCells.reason(e)));
    }
    try {
      settings.mappings();
    } catch (DomainException e) {
      problems.add(new CsvProblem(SURVEY_MAPPING.fileName(), 0, 0, "", RowCells.reason(e)));
    }
  }

  private void checkAnswers() {
    List<SurveyMapping> mappings = settings.mappings();
    if (mappings.size() != 1) {
      problems.add(
          new CsvProblem(
              SURVEY_MAPPING.fileName(),
              0,
              0,
              "",
              "survey_answers.csv is read through the mapping of one project; "
                  + SURVEY_MAPPING.fileName()
                  + " has "
                  + mappings.size()));
      return;
    }
    SurveyMapping only = mappings.get(0);
    SurveyFile.check(rowReader, directory, only, settings.vocabulary(only.project()), problems);
  }

  private void checkNeed(RowCells row) {
    NeedRow need = TrainingRows.need(row);
    if (need == null) {
      return;
    }
    List<Need> ofVisit = needs.computeIfAbsent(need.visit(), v -> new ArrayList<>());
    ofVisit.add(need.need());
    try {
      CompanyVisit.distinctTopics(ofVisit); // the core's rule, placed at the repeating line
    } catch (DomainException e) {
      ofVisit.remove(ofVisit.size() - 1);
      row.problem(Column.TOPIC, RowCells.reason(e));
    }
  }

  private void checkTraining(RowCells row) {
    TrainingRow training = TrainingRows.training(row);
    if (training != null) {
      try {
        trainings.put(training.plan().id(), training.with(List.of()));
      } catch (DomainException e) {
        // refused at its own line by the training's cells; its participants are not judged
      }
    }
  }

  private void checkParticipant(RowCells row) {
    ParticipantRow participant = TrainingRows.participant(row);
    if (participant == null || !trainingsComplete) {
      return;
    }
    Training training = trainings.get(participant.training());
    if (training == null) {
      return; // a training that is not recorded: the core's reference rule, placed by the import
    }
    List<ParticipantCount> ofTraining =
        attendance.computeIfAbsent(participant.training(), t -> new ArrayList<>());
    ofTraining.add(participant.participants());
    try {
      training.withParticipants(ofTraining); // the core's rules: delivered, each once
    } catch (DomainException e) {
      ofTraining.remove(ofTraining.size() - 1);
      row.problem(
          e instanceof ValidationException v
                  && v.errors().stream().anyMatch(f -> f.code().equals(Training.NOT_IN_STATUS))
              ? Column.TRAINING
              : Column.ORGANISATION,
          RowCells.reason(e));
    }
  }
}
