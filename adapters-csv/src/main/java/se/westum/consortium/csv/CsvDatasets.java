package se.westum.consortium.csv;

/**
 * The entry point of the CSV adapter: readers and writers of dataset folders.
 *
 * <pre>{@code
 * CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);
 * consortium.importMembership().importDataset(reader.readMembership(Path.of("westum-2016")));
 * consortium.importGovernance().importGovernance(reader.readGovernance(Path.of("westum-2016")));
 *
 * CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.EXCEL_SV);
 * writer.writeMembership(consortium.exportMembership().export(), Path.of("export"));
 * writer.writeGovernance(consortium.exportGovernance().exportGovernance(), Path.of("export"));
 * }</pre>
 */
public final class CsvDatasets {

  private CsvDatasets() {}

  /** A reader of datasets in this dialect; build it once and reuse it. */
  public static CsvDatasetReader reader(CsvDialect dialect) {
    return new CsvDatasetReader(dialect);
  }

  /** A writer of datasets in this dialect; build it once and reuse it. */
  public static CsvDatasetWriter writer(CsvDialect dialect) {
    return new CsvDatasetWriter(dialect);
  }
}
