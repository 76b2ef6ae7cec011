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

/**
 * Create-only writes on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set). Its tests and assertions
 * are the contract's, inherited from {@link se.westum.consortium.testing.CreateOnlyContract}.
 */
class MariaDbCreateOnlyTest extends JdbcCreateOnlyTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
