package se.westum.consortium.csv;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import se.westum.consortium.application.port.in.MembershipDataset;

/**
 * Reads a dataset folder of CSV files in one {@link CsvDialect}. Immutable and thread-safe: build
 * one with {@link CsvDatasets#reader(CsvDialect)} and reuse it.
 *
 * <pre>{@code
 * MembershipDataset dataset = CsvDatasets.reader(CsvDialect.EXCEL_SV).readMembership(folder);
 * consortium.importMembership().importDataset(dataset);
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
    return new CsvMembershipDataset(rowReader, dialect, directory, present);
  }
}
