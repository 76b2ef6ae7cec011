package se.westum.consortium.jdbc;

/** The governance storage on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set). */
class MariaDbGovernanceStorageTest extends JdbcGovernanceStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
