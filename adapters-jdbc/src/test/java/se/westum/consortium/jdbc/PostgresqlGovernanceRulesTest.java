package se.westum.consortium.jdbc;

/**
 * The governance rules on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set).
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class PostgresqlGovernanceRulesTest extends JdbcGovernanceRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
