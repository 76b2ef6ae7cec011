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

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a database could not be opened, in words an operator acts on, named from the URL and the
 * failure's kind: {@code database "x" does not exist}, {@code connection refused at
 * 127.0.0.1:5432}. Never the driver's SQL, and never a credential: the words come from the URL's
 * host, port and database name only.
 */
final class DatabaseDiagnosis {

  // jdbc:postgresql://[user[:password]@]host[:port]/database[?...]; the same for MariaDB
  private static final Pattern SERVER_URL =
      Pattern.compile("^jdbc:(postgresql|mariadb)://(?:[^@/]*@)?([^:/?;,]+)(?::(\\d+))?/([^?;]*)");

  private static final String POSTGRES_NO_DATABASE = "3D000";
  private static final int MARIADB_NO_DATABASE = 1049;
  private static final int H2_NO_DATABASE = 90146;

  private DatabaseDiagnosis() {}

  /** The cause of {@code failure} to open {@code url}, when it is one of the known kinds. */
  static Optional<String> of(Throwable failure, String url) {
    Matcher server = SERVER_URL.matcher(url);
    boolean known = server.find();
    String host = known ? server.group(2) : "";
    String port =
        known && server.group(3) != null
            ? server.group(3)
            : known && server.group(1).equals("postgresql") ? "5432" : "3306";
    String database = known ? server.group(4) : "";
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        if (POSTGRES_NO_DATABASE.equals(sql.getSQLState())
            || sql.getErrorCode() == MARIADB_NO_DATABASE
            || sql.getErrorCode() == H2_NO_DATABASE) {
          return Optional.of(
              known
                  ? "database \"" + database + "\" does not exist"
                  : "the database does not exist");
        }
        if (sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
          return Optional.of("the database refused the login: check the user and the password");
        }
        String message = String.valueOf(sql.getMessage());
        if (known && message.contains("refused")) {
          return Optional.of("connection refused at " + host + ":" + port);
        }
      }
      if (cause instanceof ConnectException && known) {
        return Optional.of("connection refused at " + host + ":" + port);
      }
      if (cause instanceof UnknownHostException && known) {
        // the driver's own words could hold a password it misread as a host: name only the URL's
        return Optional.of(
            host.equals(cause.getMessage())
                ? "unknown host " + host
                : "unknown host: check the host of the URL");
      }
      if (cause instanceof SocketTimeoutException && known) {
        return Optional.of("no answer from " + host + ":" + port + " in time");
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
