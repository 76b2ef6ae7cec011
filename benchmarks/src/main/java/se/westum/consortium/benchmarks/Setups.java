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
package se.westum.consortium.benchmarks;

import java.nio.file.Path;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasetReader;
import se.westum.consortium.csv.CsvDatasets;

/** What the benchmarks do before they measure. */
final class Setups {

  private Setups() {}

  /** The reader of the generated datasets. */
  static CsvDatasetReader reader() {
    return CsvDatasets.reader(Dialect.EXCEL_SV.library);
  }

  /** Imports the membership and governance parts of a generated dataset. */
  static void importMembershipAndGovernance(Consortium consortium, Path directory) {
    consortium.membership().importDataset(reader().readMembership(directory));
    consortium.governance().importDataset(reader().readGovernance(directory));
  }

  /** Imports a generated dataset whole: membership, governance, then projects. */
  static void importAll(Consortium consortium, Path directory) {
    importMembershipAndGovernance(consortium, directory);
    consortium.projects().importDataset(reader().readProjects(directory));
  }
}
