package se.westum.consortium.csv;

/**
 * The entry point of the CSV adapter: readers and writers of dataset folders.
 *
 * <pre>{@code
 * CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);
 * consortium.membership().importDataset(reader.readMembership(Path.of("westum-2016")));
 * consortium.governance().importDataset(reader.readGovernance(Path.of("westum-2016")));
 *
 * CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.EXCEL_SV);
 * writer.writeMembership(consortium.membership().export(), Path.of("export"));
 * writer.writeGovernance(consortium.governance().export(), Path.of("export"));
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
