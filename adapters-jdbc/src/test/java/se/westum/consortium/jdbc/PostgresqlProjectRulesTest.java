package se.westum.consortium.jdbc;

/** The project and mobility rules on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set). */
class PostgresqlProjectRulesTest extends JdbcProjectRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
