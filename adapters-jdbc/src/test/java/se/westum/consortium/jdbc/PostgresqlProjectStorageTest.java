package se.westum.consortium.jdbc;

/**
 * The project and mobility storage on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set).
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class PostgresqlProjectStorageTest extends JdbcProjectStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
