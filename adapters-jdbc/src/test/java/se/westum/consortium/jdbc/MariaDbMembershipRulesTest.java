package se.westum.consortium.jdbc;

/**
 * The membership rules on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set).
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class MariaDbMembershipRulesTest extends JdbcMembershipRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
