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
   *     se.westum.consortium.application.port.in.ImportGovernance#importGovernance}
   * @throws CsvImportException listing every problem in every governance file, when there is any
   */
  public GovernanceDataset readGovernance(Path directory) throws CsvImportException {
    Objects.requireNonNull(directory, "directory");
    return new GovernanceValidation(rowReader, dialect, directory, new Problems()).run();
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
}
