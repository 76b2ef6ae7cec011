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
