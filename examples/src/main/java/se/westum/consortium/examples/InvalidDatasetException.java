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
