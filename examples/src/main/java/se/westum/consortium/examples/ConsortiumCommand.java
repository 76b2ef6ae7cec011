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
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvImportException;
import se.westum.consortium.csv.CsvProblem;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.RecordsRefusedException;

/**
 * What every subcommand shares: its output streams, and turning failures into one line each on
 * standard error with exit code 1, never a stack trace. Usage errors ({@link ParameterException})
 * pass through to picocli, which prints the usage and exits with 2.
 */
abstract class ConsortiumCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int BAD_INPUT = 1;

  @Spec CommandSpec spec;

  /** The command line this command runs under: it holds the environment for the credentials. */
  @ParentCommand ConsortiumCli cli;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (ParameterException e) {
      throw e;
    } catch (InvalidDatasetException e) {
      return invalidDataset(e.code(), e.problems());
    } catch (CsvImportException e) {
      return invalidDataset(e.code(), e.problems());
    } catch (RecordsRefusedException e) {
      // the core refused records of a dataset: each where the dataset placed it, as a CSV problem
      return invalidDataset(
          e.code(),
          e.refused().stream()
              .map(
                  r ->
                      r.location()
                          .map(
                              at ->
                                  new CsvProblem(
                                      at.file(),
                                      at.line(),
                                      at.column(),
                                      at.columnName(),
                                      r.message() + " [" + r.code() + "]"))
                          .orElseGet(
                              () ->
                                  new CsvProblem(
                                      r.kind(),
                                      0,
                                      0,
                                      "",
                                      r.id() + ": " + r.message() + " [" + r.code() + "]")))
              .toList());
    } catch (KeysFileException e) {
      e.problems().forEach(err()::println);
      err().println("error: " + e.code() + ": " + e.getMessage());
      return BAD_INPUT;
    } catch (DomainException e) {
      err()
          .println(
              "error: "
                  + e.code()
                  + ": "
                  + e.getMessage()
                  + Failures.connectionProblem(e).map(why -> " (" + why + ")").orElse(""));
      return BAD_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err().println("error: interrupted");
      return BAD_INPUT;
    } catch (Exception e) {
      err().println("error: " + Failures.describe(e));
      return BAD_INPUT;
    } finally {
      out().flush();
      err().flush();
    }
  }

  private int invalidDataset(String code, List<CsvProblem> problems) {
    problems.forEach(problem -> err().println(describe(problem)));
    err()
        .println(
            "error: "
                + code
                + ": "
                + problems.size()
                + " problem(s) in the dataset; nothing was imported");
    return BAD_INPUT;
  }

  /** Does the command's work; returns the exit code. */
  abstract int run() throws Exception;

  /**
   * The core over {@code database}, its credentials defaulting from the command line's environment.
   */
  Consortium open(DatabaseOptions database) throws SQLException {
    return database.open(spec, cli.environment());
  }

  /**
   * The storage with the core over {@code database}, for work spanning use cases in one
   * transaction; credentials as in {@link #open}.
   */
  StoredConsortium connect(DatabaseOptions database) throws SQLException {
    return database.connect(spec, cli.environment());
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A problem as {@code file:line:column (column_name): reason}. */
  static String describe(CsvProblem problem) {
    String column =
        problem.columnName() == null || problem.columnName().isBlank()
            ? ""
            : " (" + problem.columnName() + ")";
    return problem.file()
        + ":"
        + problem.line()
        + ":"
        + problem.column()
        + column
        + ": "
        + problem.reason();
  }
}
