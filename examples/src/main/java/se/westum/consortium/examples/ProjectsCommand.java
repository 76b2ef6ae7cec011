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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.westum.consortium.application.service.Consortium;

/** {@code consortium projects}: the projects running in a year. */
@Command(
    name = "projects",
    header = "Prints the projects running in a year.",
    description =
        "Prints every project running on at least one day of the year: programme, period,"
            + " status, coordinator, application and final-report deadlines, audits, partners"
            + " by country and role (prospective partners marked), boards and working groups"
            + " with their meetings, main activities with the responsible partner, and"
            + " indicators with their latest value and progress from baseline to target.")
final class ProjectsCommand extends ConsortiumCommand {

  @Option(
      names = "--year",
      required = true,
      paramLabel = "YEAR",
      description = "The calendar year.")
  int year;

  @Mixin FormatOption format;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    format.print(ProjectsReport.of(consortium.projects(), year), out());
    return OK;
  }
}
