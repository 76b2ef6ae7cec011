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

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.ProjectDataset;

/**
 * Reads a dataset folder of CSV files in one {@link CsvDialect}. Immutable and thread-safe: build
 * one with {@link CsvDatasets#reader(CsvDialect)} and reuse it.
 *
 * <pre>{@code
 * CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);
 * consortium.membership().importDataset(reader.readMembership(folder));
 * consortium.governance().importDataset(reader.readGovernance(folder));
 * }</pre>
 */
public final class CsvDatasetReader {

  private final CsvDialect dialect;
  private final ObjectReader rowReader;

  CsvDatasetReader(CsvDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    // no schema columns: rows come as String[] and the header is matched by name here,
    // so column order is free and every header problem can be reported
    CsvSchema schema =
        CsvSchema.emptySchema().withColumnSeparator(dialect.separator()).withoutEscapeChar();
    this.rowReader =
        new CsvMapper()
            .readerFor(String[].class)
            .with(schema)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES);
  }

  /**
   * Reads and fully validates the membership files of a dataset folder ({@code members.csv}
   * required; {@code fees.csv} and {@code payments.csv} optional). Pass 1 checks every cell and
   * every record on its own (the core's constructors); it returns a {@link MembershipDataset} whose
   * streams re-read the files lazily (pass 2). Neither pass holds a file in memory. The rules
   * across records (a fee's or payment's member, a payment in its fee's currency, a record given
   * twice) are the core's: the import refuses what breaks them with a {@link
   * se.westum.consortium.domain.shared.RecordsRefusedException} whose refusals this dataset places
   * at file, line and column.
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@link
   *     se.westum.consortium.application.port.in.Membership#importDataset}
   * @throws CsvImportException listing every problem in every file, when there is any
   */
  public MembershipDataset readMembership(Path directory) throws CsvImportException {
    Objects.requireNonNull(directory, "directory");
    Set<DatasetFile> present =
        new DatasetValidation(rowReader, dialect, directory, new Problems()).run();
    return new CsvMembershipDataset(
        new DatasetStreams(rowReader, dialect, directory, present), rowReader, directory);
  }

  /**
   * Reads and validates the governance files of a dataset folder. Every governance file is
   * optional; a folder with none of them gives an empty dataset. The files are {@code board.csv},
   * {@code positions.csv}, {@code meetings.csv}, {@code attendance.csv}, {@code decisions.csv},
   * {@code goals.csv}, {@code events.csv} and {@code event_participants.csv} (columns in the module
   * README; {@code staff.csv} is read with the projects, whose acronyms it names).
   *
   * <p>Pass 1 checks what is about CSV: headers, every cell, every row through the core's
   * constructors, and the records joined from several files (a term's seats and positions, a
   * meeting's attendance, an event's participants) through theirs: a term's chair and treasurer, an
   * organisation once per event. The rules across records (terms that do not overlap, attendance by
   * seated people, a decision's meeting and its quorum, an event's goal, ids given once) are the
   * core's: {@code importGovernance} refuses such records and the dataset's {@link
   * GovernanceDataset#locate} places each at its file, line and column. The dataset returned reads
   * the files again when its streams are consumed (pass 2).
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@link
   *     se.westum.consortium.application.port.in.Governance#importDataset}
   * @throws CsvImportException listing every problem in every governance file, when there is any
   */
  public GovernanceDataset readGovernance(Path directory) throws CsvImportException {
    Objects.requireNonNull(directory, "directory");
    return new GovernanceValidation(rowReader, dialect, directory, new Problems()).run();
  }

  /**
   * Reads and checks the project, mobility and staff files of a dataset folder ({@code
   * programmes.csv}, {@code projects.csv}, {@code audits.csv}, {@code partners.csv}, {@code
   * working_groups.csv}, {@code activities.csv}, {@code indicators.csv}, {@code
   * indicator_values.csv}, {@code mobility_grants.csv}, {@code mobilities.csv}, {@code staff.csv};
   * each optional; a folder with none of them gives an empty dataset; columns in the module
   * README).
   *
   * <p>Pass 1 checks every cell and every record's own rules (by the core's constructors), and
   * joins each record's parts (a project's audits, an indicator's values, a grant's category rows).
   * It streams the files and keeps only the keys and the small child files the joins need. The
   * rules across records (a project's programme, the project of every other record, a partner's
   * member, an activity's responsible partner in the same project, a group's meetings, a mobility's
   * grant, the projects of a staff member) are the core's: {@link
   * se.westum.consortium.application.port.in.Projects#importDataset} refuses such records and the
   * dataset returned places each at its file, line and column. The dataset reads the files again
   * when its streams are consumed (pass 2).
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@link
   *     se.westum.consortium.application.port.in.Projects#importDataset}
   * @throws CsvImportException listing every problem of a cell or of a record's own rules in every
   *     project file, when there is any
   */
  public ProjectDataset readProjects(Path directory) throws CsvImportException {
    return readProjects(directory, false);
  }

  /**
   * Reads the project files as {@link #readProjects} does, except that {@code mobilities.csv}, the
   * file that grows to hundreds of thousands of rows, is read once instead of twice: here only its
   * header is checked, and its rows are checked as the import reads them. When the stream meets a
   * row with a problem, it reads the rest of the file and throws a {@link CsvImportException}
   * listing every problem of the file, each at its line and column; the import's transaction then
   * writes nothing. When another project file has a problem, the rows of {@code mobilities.csv} are
   * checked here as well, so this method's report is as whole as {@link #readProjects}'s.
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@link
   *     se.westum.consortium.application.port.in.Projects#importDataset}, which may throw the
   *     {@link CsvImportException} for {@code mobilities.csv}
   * @throws CsvImportException listing every problem found here
   */
  public ProjectDataset readProjectsInOnePass(Path directory) throws CsvImportException {
    return readProjects(directory, true);
  }

  private ProjectDataset readProjects(Path directory, boolean mobilitiesAsRead) {
    Objects.requireNonNull(directory, "directory");
    Set<DatasetFile> present =
        new ProjectValidation(rowReader, dialect, directory, new Problems(), mobilitiesAsRead)
            .run();
    return new CsvProjectDataset(
        new DatasetStreams(rowReader, dialect, directory, present), mobilitiesAsRead);
  }

  // --- needs-based training (issue 9) ---

  /**
   * Reads and validates the needs-based training files of a dataset folder ({@code
   * need_topics.csv}, {@code sectors.csv}, {@code survey_mapping.csv}, {@code brokers.csv}, {@code
   * company_visits.csv}, {@code visit_needs.csv}, {@code survey_answers.csv} (the survey tool's own
   * columns, read through {@code survey_mapping.csv}), {@code focus_areas.csv}, {@code
   * trainings.csv}, {@code training_participants.csv}; each optional; columns in the module
   * README).
   *
   * <p>Pass 1 reports every cell problem with its file, line and column, streaming the visits and
   * the survey answers. References between records (a visit's broker and sector, a training's
   * partner, topics and decision, ...) are checked by the core when the dataset is imported, and
   * its refusals are placed at their file, line and column by {@link
   * se.westum.consortium.application.port.in.Dataset#locate}. The training rules (focus area,
   * target group, approval, quota, pilots, transnational) are not import errors: the compliance
   * report states them.
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@code consortium.training().importDataset(...)}
   * @throws CsvImportException listing every problem in every training file, when there is any
   */
  public se.westum.consortium.application.port.in.TrainingDataset readTraining(Path directory)
      throws CsvImportException {
    Objects.requireNonNull(directory, "directory");
    Set<DatasetFile> present =
        new TrainingValidation(rowReader, dialect, directory, new Problems()).run();
    return new CsvTrainingDataset(rowReader, dialect, directory, present);
  }

  // --- end of needs-based training ---
}
