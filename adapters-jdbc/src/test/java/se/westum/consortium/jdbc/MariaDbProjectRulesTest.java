package se.westum.consortium.jdbc;

/**
 * The project and mobility rules on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set). Its tests
 * and assertions are the contract's, inherited from {@link
 * se.westum.consortium.testing.ProjectRulesContract}.
 */
class MariaDbProjectRulesTest extends JdbcProjectRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
