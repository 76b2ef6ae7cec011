package se.westum.consortium.jdbc;

/** The governance storage on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set). */
class PostgresqlGovernanceStorageTest extends JdbcGovernanceStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
