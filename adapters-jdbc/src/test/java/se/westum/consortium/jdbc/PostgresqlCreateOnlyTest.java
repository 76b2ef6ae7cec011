package se.westum.consortium.jdbc;

/**
 * Create-only writes on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set). Its tests and
 * assertions are the contract's, inherited from {@link
 * se.westum.consortium.testing.CreateOnlyContract}.
 */
class PostgresqlCreateOnlyTest extends JdbcCreateOnlyTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
