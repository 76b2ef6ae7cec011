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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.testing.CreateOnlyContract;

/**
 * Create-only writes over the JDBC storage: the check for a stored record runs in the write's
 * transaction and a racing insert of the same id meets the primary key, so exactly one create wins.
 * Run once per {@link Vendor}, on a fresh database for each test. Its tests and assertions are the
 * contract's, inherited from {@link CreateOnlyContract}.
 */
abstract class JdbcCreateOnlyTest extends CreateOnlyContract {

  private TestDatabase database;

  /** The database this run is on. */
  abstract Vendor vendor();

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.fresh(vendor());
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected Storage emptyStorage() {
    return JdbcAdapter.create(database.dataSource());
  }
}
