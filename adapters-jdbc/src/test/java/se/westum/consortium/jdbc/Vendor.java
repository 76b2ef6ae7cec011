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
package se.westum.consortium.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The databases the adapter is tested on, and where the servers among them are. */
enum Vendor {
  H2(Optional.empty()),
  POSTGRESQL(Optional.of("CONSORTIUM_TEST_POSTGRES_URL")),
  MARIADB(Optional.of("CONSORTIUM_TEST_MARIADB_URL"));

  /** Set to {@code true} in CI: a missing server fails the build instead of being skipped. */
  static final String REQUIRE = "CONSORTIUM_TEST_REQUIRE_DATABASES";

  private final Optional<String> urlVariable;

  Vendor(Optional<String> urlVariable) {
    this.urlVariable = urlVariable;
  }

  /**
   * The server's JDBC URL (with user and password) from the environment. Without it the test is
   * skipped, or fails when {@value #REQUIRE} is {@code true}.
   */
  String serverUrl() {
    String variable = urlVariable.orElseThrow();
    String url = System.getenv(variable);
    if (url == null || url.isBlank()) {
      String reason = variable + " is not set, so there is no " + this + " server to test on";
      if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
        fail(reason + ", but " + REQUIRE + "=true");
      }
      Assumptions.abort(reason);
    }
    return url;
  }
}
