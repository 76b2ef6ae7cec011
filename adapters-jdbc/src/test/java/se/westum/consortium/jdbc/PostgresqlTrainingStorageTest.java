package se.westum.consortium.jdbc;

/**
 * The needs-based training storage on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set).
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class PostgresqlTrainingStorageTest extends JdbcTrainingStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
