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
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasetWriter;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.domain.shared.PageRequest;

/** {@code consortium export}: the database's records as a CSV dataset. */
@Command(
    name = "export",
    header = "Exports the database's membership, governance and project records as a CSV dataset.",
    description =
        "Exports every record to DIR (created if missing; existing files of the same names are"
            + " replaced): membership to members.csv, fees.csv and payments.csv, governance to"
            + " board.csv, positions.csv, meetings.csv, attendance.csv, decisions.csv, goals.csv,"
            + " events.csv and event_participants.csv, projects to programmes.csv,"
            + " projects.csv, audits.csv, partners.csv, working_groups.csv, activities.csv,"
            + " indicators.csv, indicator_values.csv, mobility_grants.csv and mobilities.csv."
            + " Text that a spreadsheet would run as a formula is written as text. Importing the"
            + " folder again gives the same records.")
final class ExportCommand extends ConsortiumCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The directory to write the dataset to.")
  Path directory;

  @Mixin DialectOption csv;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    Files.createDirectories(directory);
    CsvDatasetWriter writer = CsvDatasets.writer(csv.dialect);
    writer.writeMembership(consortium.membership().export(), directory);
    CountedGovernance governance = new CountedGovernance(consortium.governance().export());
    writer.writeGovernance(governance, directory);
    CountedProjects projects = new CountedProjects(consortium.projects().export());
    writer.writeProjects(projects, directory);
    writer.writeTraining(consortium.training().export(), directory);
    long members = consortium.membership().list(PageRequest.first(1)).total();
    out()
        .println(
            "Exported "
                + members
                + " members with their fees and payments, "
                + Summaries.counts(governance.counts())
                + ", and "
                + Summaries.describe(projects.counts())
                + ", from "
                + database.displayUrl()
                + " to "
                + directory
                + " ("
                + csv.dialect.cliName()
                + ").");
    return OK;
  }
}
