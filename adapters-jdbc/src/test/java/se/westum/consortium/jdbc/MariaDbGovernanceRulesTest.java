package se.westum.consortium.jdbc;

/**
 * The governance rules on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set).
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class MariaDbGovernanceRulesTest extends JdbcGovernanceRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
