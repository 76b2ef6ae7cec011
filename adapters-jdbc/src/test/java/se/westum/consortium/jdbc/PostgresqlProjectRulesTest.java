package se.westum.consortium.jdbc;

/**
 * The project and mobility rules on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set). Its
 * tests and assertions are the contract's, inherited from {@link
 * se.westum.consortium.testing.ProjectRulesContract}.
 */
class PostgresqlProjectRulesTest extends JdbcProjectRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
