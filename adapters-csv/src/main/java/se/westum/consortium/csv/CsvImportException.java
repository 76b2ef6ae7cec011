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
package se.westum.consortium.csv;

import java.util.List;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.DomainException;

/**
 * A CSV dataset that cannot be imported, with every problem found in it (code {@code invalid-csv}).
 * When this is thrown nothing has been imported.
 */
public final class CsvImportException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message spells out; {@link #problems()} has all of them. */
  private static final int SUMMARISED = 5;

  private final transient List<CsvProblem> problems;

  CsvImportException(List<CsvProblem> problems) {
    super("invalid-csv", summarise(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order and, within a file, in line order. */
  public List<CsvProblem> problems() {
    return problems;
  }

  private static String summarise(List<CsvProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an import error needs at least one problem");
    }
    String first =
        problems.stream()
            .limit(SUMMARISED)
            .map(CsvProblem::toString)
            .collect(Collectors.joining("; "));
    int more = problems.size() - SUMMARISED;
    return "the CSV dataset has "
        + problems.size()
        + (problems.size() == 1 ? " problem: " : " problems: ")
        + first
        + (more > 0 ? "; and " + more + " more" : "");
  }
}
