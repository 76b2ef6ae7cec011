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

import java.io.FileNotFoundException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Turns an unexpected failure into one line for a person: what went wrong at its root, without a
 * stack trace.
 */
final class Failures {

  private static final int MAX_LENGTH = 300;

  private Failures() {}

  /** One line: the root cause's kind and the first line of its message. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String firstLine = firstLine(root.getMessage());
    return kind(root) + (firstLine.isEmpty() ? "" : ": " + firstLine);
  }

  /**
   * Why a database could not be reached, if that is what went wrong somewhere in the chain of
   * causes: the driver's words about the connection or the login (SQL states 08 and 28), which hold
   * no records. Storage errors hide their causes; these are the ones an operator must see.
   */
  static Optional<String> connectionProblem(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
        return Optional.of(firstLine(sql.getMessage()));
      }
      if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
        return Optional.of(firstLine(cause.getMessage()));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
    return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
  }

  private static String kind(Throwable root) {
    if (root instanceof NoSuchFileException || root instanceof FileNotFoundException) {
      return "no such file";
    }
    if (root instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (root instanceof BindException) {
      return "cannot listen on that host and port";
    }
    if (root instanceof AccessDeniedException) {
      return "access denied";
    }
    if (root instanceof FileAlreadyExistsException) {
      return "file already exists";
    }
    if (root instanceof SQLException) {
      return "database error";
    }
    if (root instanceof java.io.IOException) {
      return "input/output error";
    }
    return "unexpected failure (" + root.getClass().getSimpleName() + ")";
  }
}
