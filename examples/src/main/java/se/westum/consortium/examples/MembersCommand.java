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

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.MembershipFigures;

/** {@code consortium members}: the membership figures of a year. */
@Command(
    name = "members",
    header = "Prints the membership figures of a year.",
    description =
        "Prints the membership figures of a year: paying members, the municipalities they cover"
            + " and the coverage of the chosen counties.")
final class MembersCommand extends ConsortiumCommand {

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The fee year.")
  int year;

  @Mixin FormatOption format;

  @Option(
      names = "--county",
      paramLabel = "CODE",
      split = ",",
      description =
          "SCB code of a county whose coverage to report; repeat or separate with commas, for"
              + " example 14,13 (Västra Götaland and Halland). Without one, no coverage: as the"
              + " REST API's figures.")
  List<String> counties = List.of();

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    MembershipFigures figures =
        consortium.membership().figures(FiguresReport.query(year, counties));
    format.print(FiguresReport.of(figures, counties), out());
    return OK;
  }
}
