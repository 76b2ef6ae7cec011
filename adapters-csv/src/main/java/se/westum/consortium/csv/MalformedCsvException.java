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
