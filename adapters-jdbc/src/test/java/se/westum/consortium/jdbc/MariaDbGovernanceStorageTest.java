package se.westum.consortium.jdbc;

/**
 * The governance storage on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set).
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class MariaDbGovernanceStorageTest extends JdbcGovernanceStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
