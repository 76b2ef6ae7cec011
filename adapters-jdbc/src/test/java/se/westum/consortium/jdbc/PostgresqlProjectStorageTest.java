package se.westum.consortium.jdbc;

/** The project and mobility storage on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set). */
class PostgresqlProjectStorageTest extends JdbcProjectStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
