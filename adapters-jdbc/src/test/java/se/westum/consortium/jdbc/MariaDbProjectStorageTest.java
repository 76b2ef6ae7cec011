package se.westum.consortium.jdbc;

/** The project and mobility storage on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set). */
class MariaDbProjectStorageTest extends JdbcProjectStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
