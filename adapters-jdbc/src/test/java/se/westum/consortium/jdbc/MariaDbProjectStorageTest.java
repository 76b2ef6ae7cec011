package se.westum.consortium.jdbc;

/**
 * The project and mobility storage on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set).
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class MariaDbProjectStorageTest extends JdbcProjectStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
