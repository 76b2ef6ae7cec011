package se.westum.consortium.jdbc;

/**
 * The project and mobility storage on H2, in memory: always.
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class H2ProjectStorageTest extends JdbcProjectStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
