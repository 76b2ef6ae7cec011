package se.westum.consortium.jdbc;

/**
 * The JDBC adapter on H2, in memory: always.
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class H2StorageTest extends JdbcStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
