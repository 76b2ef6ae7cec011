package se.westum.consortium.jdbc;

/** The JDBC adapter on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set). */
class MariaDbStorageTest extends JdbcStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
