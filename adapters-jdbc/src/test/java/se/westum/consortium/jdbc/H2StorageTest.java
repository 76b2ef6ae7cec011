package se.westum.consortium.jdbc;

/** The JDBC adapter on H2, in memory: always. */
class H2StorageTest extends JdbcStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
