package se.westum.consortium.jdbc;

/** The project and mobility rules on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set). */
class MariaDbProjectRulesTest extends JdbcProjectRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
