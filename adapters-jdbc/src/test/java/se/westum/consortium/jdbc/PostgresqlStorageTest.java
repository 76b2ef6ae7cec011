package se.westum.consortium.jdbc;

/** The JDBC adapter on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set). */
class PostgresqlStorageTest extends JdbcStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
