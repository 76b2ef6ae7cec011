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

import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.shared.PageRequest;
import se.westum.consortium.jdbc.JdbcAdapter;

/** Looks into a test database directly, past the command line. */
final class Databases {

  private Databases() {}

  /** The core over the H2 database at {@code url}. */
  static Consortium consortium(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return Consortium.builder()
        .storage(JdbcAdapter.create(dataSource))
        .clock(Clock.systemDefaultZone())
        .build();
  }

  /** How many board terms the database holds. */
  static int boardTerms(String url) {
    return consortium(url).governance().boardTerms().size();
  }

  /** How many meetings of {@code year} the database holds. */
  static int meetings(String url, int year) {
    return consortium(url).governance().meetings(year).size();
  }

  /** How many members the database holds. */
  static long members(String url) {
    return consortium(url).membership().list(PageRequest.first(1)).total();
  }
}
