package se.westum.consortium.jdbc;

/**
 * The membership rules on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set).
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class PostgresqlMembershipRulesTest extends JdbcMembershipRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
