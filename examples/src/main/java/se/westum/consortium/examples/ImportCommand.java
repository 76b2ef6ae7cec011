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
package se.westum.consortium.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.domain.shared.DomainException;

/** {@code consortium import}: a CSV dataset into the database, all or nothing. */
@Command(
    name = "import",
    header = "Imports a CSV dataset into the database, all or nothing.",
    description =
        "Imports a dataset folder into the database, all or nothing: the membership files"
            + " (members.csv, fees.csv, payments.csv), the governance files (board.csv,"
            + " positions.csv, meetings.csv, attendance.csv, decisions.csv, goals.csv,"
            + " events.csv, event_participants.csv, staff.csv) and the project files"
            + " (programmes.csv, projects.csv, audits.csv, partners.csv, working_groups.csv,"
            + " activities.csv, indicators.csv, indicator_values.csv, mobility_grants.csv,"
            + " mobilities.csv); every file but members.csv is optional. Every problem in any"
            + " file is listed as file:line:column (column): reason, and if there is any, nothing"
            + " is written; the three parts are written in one transaction. Importing the same"
            + " dataset twice changes nothing.")
final class ImportCommand extends ConsortiumCommand {

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "The directory holding the dataset's CSV files.")
  Path data;

  @Mixin DialectOption csv;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    if (!Files.isDirectory(data)) {
      throw new DomainException("no-such-directory", "there is no directory " + data);
    }
    // Check the whole dataset before touching the database: bad input leaves no trace at all.
    DatasetImport dataset = DatasetImport.read(CsvDatasets.reader(csv.dialect), data);
    DatasetImport.Summary summary = dataset.into(connect(database));
    out()
        .println(
            "Imported "
                + data
                + " ("
                + csv.dialect.cliName()
                + ") into "
                + database.displayUrl()
                + ":");
    summary.print(out());
    return OK;
  }
}
