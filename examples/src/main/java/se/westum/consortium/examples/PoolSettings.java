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

import java.time.Duration;
import java.util.Objects;

/**
 * How a connection pool for {@code serve} is bounded: how many connections it may hold, and how
 * long a request may wait for the database before it is answered {@code 503}.
 *
 * @param size the most connections open at once, also after an outage ends
 * @param connectTimeout the longest wait to connect and log in, and for a free connection of the
 *     pool
 * @param socketTimeout the longest wait for any answer of the database on an open connection; a
 *     hung database then costs no more than this
 * @param statementTimeout the longest a statement may run in the database
 */
record PoolSettings(
    int size, Duration connectTimeout, Duration socketTimeout, Duration statementTimeout) {

  /** The defaults of {@code serve}: 10 connections, 5 s to connect, 30 s socket, 15 s statement. */
  static final PoolSettings DEFAULTS =
      new PoolSettings(10, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(15));

  PoolSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(socketTimeout, "socketTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    if (size < 1 || size > 1000) {
      throw new IllegalArgumentException("the pool size must be 1 to 1000, not " + size);
    }
    requireAtLeastOneSecond("connect", connectTimeout);
    requireAtLeastOneSecond("socket", socketTimeout);
    requireAtLeastOneSecond("statement", statementTimeout);
  }

  private static void requireAtLeastOneSecond(String what, Duration timeout) {
    if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "the " + what + " timeout must be at least 1 second, not " + timeout.toSeconds());
    }
  }
}
