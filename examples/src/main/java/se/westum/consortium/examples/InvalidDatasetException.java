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
import se.westum.consortium.csv.CsvProblem;
import se.westum.consortium.domain.shared.DomainException;

/**
 * A dataset folder whose membership, governance or project files have problems, with every problem
 * of all three: the CSV reader checks the parts separately, and a person fixing the files wants one
 * list.
 */
final class InvalidDatasetException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<CsvProblem> problems;

  InvalidDatasetException(List<CsvProblem> problems) {
    super("invalid-csv", problems.size() + " problem(s) in the dataset");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid dataset has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem: the membership files' first, then the governance files', then the project
   * files', each in file order.
   */
  List<CsvProblem> problems() {
    return problems;
  }
}
