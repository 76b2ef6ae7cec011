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
 * consortium.importMembership().importDataset(reader.readMembership(folder));
 * consortium.importGovernance().importGovernance(reader.readGovernance(folder));
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
   * required; {@code fees.csv} and {@code payments.csv} optional). Returns a {@link
   * MembershipDataset} whose streams re-read the files lazily (pass 2) after validation (pass 1)
   * found no problem. Neither pass holds a file in memory; pass 1 keeps only the keys needed to
   * find duplicates and fees or payments of unknown members.
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@link
   *     se.westum.consortium.application.port.in.ImportMembership#importDataset}
   * @throws CsvImportException listing every problem in every file, when there is any
   */
  public MembershipDataset readMembership(Path directory) throws CsvImportException {
    Objects.requireNonNull(directory, "directory");
    Set<DatasetFile> present =
        new DatasetValidation(rowReader, dialect, directory, new Problems()).run();
    return new CsvMembershipDataset(new DatasetStreams(rowReader, dialect, directory, present));
  }

  /**
   * Reads and fully validates the governance files of a dataset folder. Every governance file is
   * optional; a folder with none of them gives an empty dataset. The files are {@code board.csv},
   * {@code positions.csv}, {@code meetings.csv}, {@code attendance.csv}, {@code decisions.csv},
   * {@code goals.csv}, {@code events.csv}, {@code event_participants.csv} and {@code staff.csv}
   * (columns in the module README).
   *
   * <p>Pass 1 checks every row, every reference between the files and the rules of whole records: a
   * board term's chair, treasurer and seats, terms that do not overlap, an event's participants
   * given once, and that a decision's meeting was quorate (by the core's {@link
   * se.westum.consortium.domain.governance.QuorumPolicy}, so the CSV refuses what the core would).
   * It streams the files and keeps only keys and the small facts those checks need. The dataset
   * returned reads the files again when its streams are consumed (pass 2), joining in memory the
   * parts of a term, of a meeting's attendance and of an event's participants.
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@link
   *     se.westum.consortium.application.port.in.ImportGovernance#importGovernance}
   * @throws CsvImportException listing every problem in every governance file, when there is any
   */
  public GovernanceDataset readGovernance(Path directory) throws CsvImportException {
    Objects.requireNonNull(directory, "directory");
    Set<DatasetFile> present =
        new GovernanceValidation(rowReader, dialect, directory, new Problems()).run();
    return new CsvGovernanceDataset(new DatasetStreams(rowReader, dialect, directory, present));
  }

  /**
   * Reads and fully validates the project and mobility files of a dataset folder ({@code
   * programmes.csv}, {@code projects.csv}, {@code audits.csv}, {@code partners.csv}, {@code
   * working_groups.csv}, {@code activities.csv}, {@code indicators.csv}, {@code
   * indicator_values.csv}, {@code mobility_grants.csv}, {@code mobilities.csv}; each optional; a
   * folder with none of them gives an empty dataset; columns in the module README).
   *
   * <p>Pass 1 checks every row and every reference between the files (a project's programme, the
   * project of every other row, an activity's responsible partner in the same project, an
   * indicator's values, a group's meetings in {@code meetings.csv} and a partner's or mobility's
   * member in {@code members.csv} when the folder has those files), a mobility grant's rows, and
   * that every mobility's grant can be calculated by the core's {@link
   * se.westum.consortium.domain.mobility.GrantCalculation}. It streams the files and keeps only
   * keys and the small facts those checks need. The dataset returned reads the files again when its
   * streams are consumed (pass 2), joining a project's audits, an indicator's values and a grant's
   * categories in memory.
   *
   * @param directory the dataset folder
   * @return the dataset, ready for {@link
   *     se.westum.consortium.application.port.in.ImportProjects#importProjects}
   * @throws CsvImportException listing every problem in every project file, when there is any
   */
  public ProjectDataset readProjects(Path directory) throws CsvImportException {
    Objects.requireNonNull(directory, "directory");
    Set<DatasetFile> present =
        new ProjectValidation(rowReader, dialect, directory, new Problems()).run();
    return new CsvProjectDataset(new DatasetStreams(rowReader, dialect, directory, present));
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
   * @return the dataset, ready for {@code consortium.training().importTraining(...)}
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
