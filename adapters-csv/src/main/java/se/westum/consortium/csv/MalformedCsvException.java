package se.westum.consortium.csv;

/**
 * A file that cannot be read on from this point: broken CSV structure, bytes that are not UTF-8 or
 * a read error. Carries the problem to report; reading the file stops there.
 */
final class MalformedCsvException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient CsvProblem problem;

  MalformedCsvException(CsvProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  CsvProblem problem() {
    return problem;
  }
}
