package se.westum.consortium.jdbc;

/**
 * The needs-based training storage on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set).
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class MariaDbTrainingStorageTest extends JdbcTrainingStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
