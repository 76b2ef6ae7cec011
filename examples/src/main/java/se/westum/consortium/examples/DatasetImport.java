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

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.application.port.in.TrainingDataset;
import se.westum.consortium.csv.CsvDatasetReader;
import se.westum.consortium.csv.CsvImportException;
import se.westum.consortium.csv.CsvProblem;

/**
 * A dataset folder's membership, governance, project and training files, checked together and
 * imported together: every problem of the four parts is reported before anything is written, and
 * the three parts are written in one transaction, so a refusal in any leaves the database as it
 * was.
 */
final class DatasetImport {

  private final MembershipDataset membership;
  private final GovernanceDataset governance;
  private final ProjectDataset projects;
  private final TrainingDataset training;

  private DatasetImport(
      MembershipDataset membership,
      GovernanceDataset governance,
      ProjectDataset projects,
      TrainingDataset training) {
    this.membership = membership;
    this.governance = governance;
    this.projects = projects;
    this.training = training;
  }

  /**
   * Reads and checks the three parts of the folder ({@code members.csv} required, every other file
   * optional).
   *
   * @throws InvalidDatasetException listing every problem of every part, if there is any
   */
  static DatasetImport read(CsvDatasetReader reader, Path directory) {
    List<CsvProblem> problems = new ArrayList<>();
    MembershipDataset membership = null;
    try {
      membership = reader.readMembership(directory);
    } catch (CsvImportException e) {
      problems.addAll(e.problems());
    }
    GovernanceDataset governance = null;
    try {
      governance = reader.readGovernance(directory);
    } catch (CsvImportException e) {
      problems.addAll(e.problems());
    }
    ProjectDataset projects = null;
    try {
      // mobilities.csv, the file that grows, is read once: its rows are checked as the import
      // streams them, and a bad one stops the import before its transaction commits
      projects = reader.readProjectsInOnePass(directory);
    } catch (CsvImportException e) {
      problems.addAll(e.problems());
    }
    TrainingDataset training = null;
    try {
      training = reader.readTraining(directory);
    } catch (CsvImportException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty() && projects != null) {
      // nothing will be imported: check the mobility rows now, so the report lists every problem
      try {
        reader.readProjects(directory);
      } catch (CsvImportException e) {
        problems.addAll(e.problems());
      }
    }
    // a dataset in the other dialect: one hint, not the same finding for every file
    problems.stream()
        .filter(CsvProblem::wrongDialect)
        .findFirst()
        .ifPresent(
            hint -> {
              throw new InvalidDatasetException(List.of(hint));
            });
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    return new DatasetImport(membership, governance, projects, training);
  }

  /**
   * Imports the three parts in one transaction.
   *
   * @throws se.westum.consortium.domain.shared.DomainException if the core refuses a record; then
   *     nothing of any part is written
   */
  Summary into(StoredConsortium target) {
    // Each import use case runs its own transaction; the enclosing one joins them, so the
    // membership and governance rows roll back too when a project record is refused. Projects
    // come last: working groups name governance meetings, partners name members.
    return target
        .storage()
        .transactions()
        .inTransaction(
            () -> {
              ImportSummary members = target.consortium().membership().importDataset(membership);
              ImportSummary board = target.consortium().governance().importDataset(governance);
              ImportSummary work = target.consortium().projects().importDataset(projects);
              // training last: its records name projects, partners and board decisions
              ImportSummary trainings = target.consortium().training().importDataset(training);
              return new Summary(members, board, work, trainings);
            });
  }

  /**
   * What an import read.
   *
   * @param membership the membership part's summary
   * @param governance the governance part's summary
   * @param projects the project part's summary, by record kind
   * @param training the needs-based training part's summary
   */
  record Summary(
      ImportSummary membership,
      ImportSummary governance,
      ImportSummary projects,
      ImportSummary training) {

    /** Four indented lines, one per part. */
    void print(PrintWriter out) {
      out.println("  membership: " + Summaries.describe(membership));
      out.println("  governance: " + Summaries.describe(governance));
      out.println("  projects:   " + Summaries.describe(projects));
      out.println("  training:   " + Summaries.describe(training));
    }
  }
}
