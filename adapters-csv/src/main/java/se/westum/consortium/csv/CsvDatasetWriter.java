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

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.ProjectDataset;

/**
 * Writes a dataset folder of CSV files in one {@link CsvDialect}. Immutable and thread-safe: build
 * one with {@link CsvDatasets#writer(CsvDialect)} and reuse it.
 *
 * <p>Every line ends with CRLF. A field is quoted only when it holds the separator, a quote or a
 * line break. Text cells that a spreadsheet would run as a formula get a leading {@code '} (see the
 * module README); numbers and dates are written as they are.
 */
public final class CsvDatasetWriter {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final CsvDialect dialect;
  private final ObjectWriter rowWriter;

  CsvDatasetWriter(CsvDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    CsvSchema schema =
        CsvSchema.emptySchema()
            .withColumnSeparator(dialect.separator())
            .withoutEscapeChar()
            .withLineSeparator("\r\n");
    // strict quoting: quote only what needs it, so the bytes are those a spreadsheet writes
    this.rowWriter =
        new CsvMapper()
            .writerFor(String[].class)
            .with(schema)
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            // the buffered writer decides when to write, not every row
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /**
   * Writes {@code members.csv}, {@code fees.csv} and {@code payments.csv} into the directory
   * (created if missing), streaming: one record at a time, each stream closed when written. Each
   * file is written under a temporary name and then moved into place, so a failed export never
   * leaves a half-written file under a dataset name.
   *
   * @param dataset the records, for example {@code consortium.membership().export()}
   * @param directory the dataset folder; existing files of the same names are replaced
   * @throws IOException if a file cannot be written
   */
  public void writeMembership(MembershipDataset dataset, Path directory) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Files.createDirectories(directory);
    write(directory, DatasetFile.MEMBERS, dataset.members(), MembershipRows::cells);
    write(directory, DatasetFile.FEES, dataset.fees(), fee -> MembershipRows.cells(fee, dialect));
    write(
        directory,
        DatasetFile.PAYMENTS,
        dataset.payments(),
        payment -> MembershipRows.cells(payment, dialect));
  }

  /**
   * Writes {@code board.csv}, {@code positions.csv}, {@code meetings.csv}, {@code attendance.csv},
   * {@code decisions.csv}, {@code goals.csv}, {@code events.csv} and {@code event_participants.csv}
   * into the directory (created if missing), streaming: always all eight, each with its header
   * ({@code staff.csv} is written with the projects, whose acronyms it names). A file made of an
   * aggregate's parts (seats and positions of a term, the attendance of a meeting, the participants
   * of an event) opens the dataset's stream once more and writes the parts record by record. Every
   * stream is closed when written; each file is written under a temporary name and then moved into
   * place.
   *
   * @param dataset the records, for example {@code consortium.governance().export()}
   * @param directory the dataset folder; existing files of the same names are replaced
   * @throws IOException if a file cannot be written
   */
  public void writeGovernance(GovernanceDataset dataset, Path directory) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Files.createDirectories(directory);
    writeRows(
        directory, DatasetFile.BOARD, dataset.boardTerms().flatMap(GovernanceRows::seatCells));
    writeRows(
        directory,
        DatasetFile.POSITIONS,
        dataset.boardTerms().flatMap(GovernanceRows::positionCells));
    write(directory, DatasetFile.MEETINGS, dataset.meetings(), GovernanceRows::cells);
    writeRows(
        directory,
        DatasetFile.ATTENDANCE,
        dataset.meetings().flatMap(GovernanceRows::attendanceCells));
    write(directory, DatasetFile.DECISIONS, dataset.decisions(), GovernanceRows::cells);
    write(directory, DatasetFile.GOALS, dataset.goals(), GovernanceRows::cells);
    write(directory, DatasetFile.EVENTS, dataset.events(), GovernanceRows::cells);
    writeRows(
        directory,
        DatasetFile.EVENT_PARTICIPANTS,
        dataset.events().flatMap(GovernanceRows::participantCells));
  }

  /**
   * Writes the eleven project, mobility and staff files ({@code programmes.csv}, {@code
   * projects.csv}, {@code audits.csv}, {@code partners.csv}, {@code working_groups.csv}, {@code
   * activities.csv}, {@code indicators.csv}, {@code indicator_values.csv}, {@code
   * mobility_grants.csv}, {@code mobilities.csv}, {@code staff.csv}) into the directory (created if
   * missing), streaming: always all eleven, each with its header. Audits and measurements come from
   * a second pass over {@code projects()} and {@code indicators()}; a mobility grant is written as
   * a row per category. Decimal numbers use the dialect's decimal separator. Every stream is closed
   * when written; each file is written under a temporary name and then moved into place.
   *
   * @param dataset the records, for example {@code consortium.projects().export()}
   * @param directory the dataset folder; existing files of the same names are replaced
   * @throws IOException if a file cannot be written
   */
  public void writeProjects(ProjectDataset dataset, Path directory) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Files.createDirectories(directory);
    write(directory, DatasetFile.PROGRAMMES, dataset.programmes(), ProjectRows::cells);
    write(directory, DatasetFile.PROJECT_RECORDS, dataset.projects(), ProjectRows::cells);
    writeRows(directory, DatasetFile.AUDITS, dataset.projects().flatMap(ProjectRows::auditCells));
    write(directory, DatasetFile.PARTNERS, dataset.partners(), ProjectRows::cells);
    write(directory, DatasetFile.WORKING_GROUPS, dataset.workingGroups(), ProjectRows::cells);
    write(directory, DatasetFile.ACTIVITIES, dataset.activities(), ProjectRows::cells);
    write(
        directory,
        DatasetFile.INDICATORS,
        dataset.indicators(),
        indicator -> ProjectRows.cells(indicator, dialect));
    writeRows(
        directory,
        DatasetFile.INDICATOR_VALUES,
        dataset.indicators().flatMap(indicator -> ProjectRows.valueCells(indicator, dialect)));
    writeRows(
        directory,
        DatasetFile.MOBILITY_GRANTS,
        dataset.mobilityGrants().flatMap(grant -> ProjectRows.grantCells(grant, dialect)));
    write(
        directory,
        DatasetFile.MOBILITIES,
        dataset.mobilities(),
        mobility -> ProjectRows.cells(mobility, dialect));
    write(directory, DatasetFile.STAFF, dataset.staff(), ProjectRows::cells);
  }

  private void writeRows(Path directory, DatasetFile file, Stream<List<String>> rows)
      throws IOException {
    write(directory, file, rows, Function.identity());
  }

  private <T> void write(
      Path directory, DatasetFile file, Stream<T> records, Function<T, List<String>> cells)
      throws IOException {
    Path target = directory.resolve(file.fileName());
    Path partial = directory.resolve(file.fileName() + ".partial");
    try (Stream<T> stream = records;
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8));
        SequenceWriter rows = rowWriter.writeValues(out)) {
      if (dialect.writesByteOrderMark()) {
        out.write(BYTE_ORDER_MARK);
      }
      rows.write(file.columns().stream().map(Column::header).toArray(String[]::new));
      for (Iterator<T> it = stream.iterator(); it.hasNext(); ) {
        rows.write(cells.apply(it.next()).toArray(String[]::new));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
  }

  // --- needs-based training (issue 9) ---

  /**
   * Writes the needs-based training files ({@code need_topics.csv}, {@code sectors.csv}, {@code
   * survey_mapping.csv}, {@code brokers.csv}, {@code company_visits.csv}, {@code visit_needs.csv},
   * {@code survey_answers.csv}, {@code focus_areas.csv}, {@code trainings.csv}, {@code
   * training_participants.csv}, {@code indicator_feeds.csv}) into the directory (created if
   * missing), streaming. {@code survey_answers.csv} is written in the columns of the one project's
   * survey mapping (the sector as its id, each topic's priority or an empty cell); it is left out
   * when the dataset has no mapping. Each file is written under a temporary name and then moved
   * into place.
   *
   * @param dataset the records, for example {@code consortium.training().export()}
   * @param directory the dataset folder; existing files of the same names are replaced
   * @throws IOException if a file cannot be written
   */
  public void writeTraining(
      se.westum.consortium.application.port.in.TrainingDataset dataset, Path directory)
      throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Files.createDirectories(directory);
    writeRows(
        directory,
        DatasetFile.NEED_TOPICS,
        dataset.vocabularies().flatMap(TrainingRows::topicCells));
    writeRows(
        directory, DatasetFile.SECTORS, dataset.vocabularies().flatMap(TrainingRows::sectorCells));
    java.util.List<se.westum.consortium.domain.training.SurveyMapping> mappings;
    try (Stream<se.westum.consortium.domain.training.SurveyMapping> all =
        dataset.surveyMappings()) {
      mappings = all.toList();
    }
    writeRows(
        directory,
        DatasetFile.SURVEY_MAPPING,
        mappings.stream().flatMap(TrainingRows::mappingCells));
    write(directory, DatasetFile.BROKERS, dataset.brokers(), TrainingRows::cells);
    write(directory, DatasetFile.COMPANY_VISITS, dataset.companyVisits(), TrainingRows::cells);
    writeRows(
        directory,
        DatasetFile.VISIT_NEEDS,
        dataset.companyVisits().flatMap(TrainingRows::needCells));
    if (!mappings.isEmpty()) {
      se.westum.consortium.domain.training.SurveyMapping mapping = mappings.get(0);
      writeWithHeader(
          directory,
          DatasetFile.SURVEY_ANSWERS,
          java.util.List.copyOf(mapping.sources().values()),
          dataset
              .surveyAnswers()
              .filter(a -> a.project().equals(mapping.project()))
              .map(a -> TrainingRows.answerCells(mapping, a)));
    }
    write(directory, DatasetFile.FOCUS_AREAS, dataset.focusAreas(), TrainingRows::cells);
    write(directory, DatasetFile.TRAINING_QUOTAS, dataset.quotas(), TrainingRows::cells);
    write(directory, DatasetFile.TRAININGS, dataset.trainings(), TrainingRows::cells);
    writeRows(
        directory,
        DatasetFile.TRAINING_PARTICIPANTS,
        dataset.trainings().flatMap(TrainingRows::participantCells));
    write(directory, DatasetFile.INDICATOR_FEEDS, dataset.indicatorFeeds(), TrainingRows::cells);
  }

  /** As {@link #write}, with a header of the caller's (a file of no fixed columns). */
  private void writeWithHeader(
      Path directory, DatasetFile file, java.util.List<String> header, Stream<List<String>> rows)
      throws IOException {
    Path target = directory.resolve(file.fileName());
    Path partial = directory.resolve(file.fileName() + ".partial");
    try (Stream<List<String>> stream = rows;
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8));
        SequenceWriter lines = rowWriter.writeValues(out)) {
      if (dialect.writesByteOrderMark()) {
        out.write(BYTE_ORDER_MARK);
      }
      lines.write(header.stream().map(FormulaGuard::neutralise).toArray(String[]::new));
      for (Iterator<List<String>> it = stream.iterator(); it.hasNext(); ) {
        lines.write(it.next().toArray(String[]::new));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
  }

  // --- end of needs-based training ---
}
