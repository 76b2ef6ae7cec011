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
