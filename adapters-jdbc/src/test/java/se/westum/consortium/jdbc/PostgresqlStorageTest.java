package se.westum.consortium.jdbc;

/**
 * The JDBC adapter on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set).
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class PostgresqlStorageTest extends JdbcStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
