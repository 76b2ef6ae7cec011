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
import se.westum.consortium.domain.governance.GovernanceFigures;

/** {@code consortium governance}: the governance figures of a fiscal year. */
@Command(
    name = "governance",
    header = "Prints the governance figures of a fiscal year.",
    description =
        "Prints the governance figures of a fiscal year: the board with its roles, the"
            + " nomination committee and auditors, the meetings by kind (board sessions = board"
            + " meetings + strategy days), decisions, events with their participants, and the"
            + " staff who started or left. Names are printed as the annual report prints them.")
final class GovernanceCommand extends ConsortiumCommand {

  @Option(
      names = "--year",
      required = true,
      paramLabel = "YEAR",
      description = "The fiscal year (verksamhetsår), a calendar year.")
  int year;

  @Mixin FormatOption format;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    GovernanceFigures figures = consortium.governance().figures(year);
    format.print(GovernanceReport.of(figures), out());
    return OK;
  }
}
