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

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;

/** {@code consortium budget}: how much of a project's Erasmus+ grant is used at a day. */
@Command(
    name = "budget",
    header = "Prints the consumption of a project's Erasmus+ mobility grant at a day.",
    description =
        "Prints, per participant category (learner, staff), the places and the budget used by"
            + " the mobilities completed by the day (one decimal, rounded half up), why the two"
            + " differ (the average grant of a completed mobility against the granted budget per"
            + " place), the forecast with the planned mobilities, and whether the budget used"
            + " reaches the grant's consumption target. Cancelled mobilities count nowhere.")
final class BudgetCommand extends ConsortiumCommand {

  @Option(
      names = "--project",
      required = true,
      paramLabel = "ACRONYM",
      description = "The project's acronym, for example EPLUS-2015.")
  String project;

  @Option(
      names = "--at",
      required = true,
      paramLabel = "DATE",
      description = "The day, yyyy-MM-dd; mobilities ending on it count.")
  LocalDate at;

  @Mixin FormatOption format;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    BudgetConsumption consumption = consortium.mobility().budget(new ProjectId(project), at);
    format.print(BudgetReport.of(consumption), out());
    return OK;
  }
}
