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
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;

/** {@code consortium needs}: the needs analysis of a project at a day. */
@Command(
    name = "needs",
    header = "Prints the needs analysis of a project at a day.",
    description =
        "Counts the company visits and survey answers recorded up to the day, ranks the need"
            + " topics by evidence (needs, then priority) with the distinct companies and the"
            + " needs per sector, shows every focus area chosen by the day with the evidence"
            + " behind it, and checks the indicators counted from records against their"
            + " measured values.")
final class NeedsCommand extends ConsortiumCommand {

  @Mixin ProjectDayOptions subject;

  @Mixin FormatOption format;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    format.print(
        NeedsView.of(consortium.training().needs(new ProjectId(subject.project), subject.at)),
        out());
    return OK;
  }
}
