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

/**
 * {@code consortium compliance}: the partners' and trainings' standing against the training rules.
 */
@Command(
    name = "compliance",
    header = "Prints the compliance of a project's partners and trainings with the training rules.",
    description =
        "For every partner (not prospective, not associated): its needs-based trainings"
            + " delivered, approved and proposed, its pilots, its status (COMPLIANT, IN_PROGRESS,"
            + " NON_COMPLIANT) and what it still needs, in words; for every training the finding"
            + " of each rule (focus-area, target-group, approval, pilot, transnational-open) with"
            + " its reason. A training that breaks a rule is recorded; this report says so.")
final class ComplianceCommand extends ConsortiumCommand {

  @Mixin ProjectDayOptions subject;

  @Mixin FormatOption format;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    format.print(
        ComplianceView.of(
            consortium.training().compliance(new ProjectId(subject.project), subject.at)),
        out());
    return OK;
  }
}
