package se.westum.consortium.jdbc;

/** The project and mobility storage on H2, in memory: always. */
class H2ProjectStorageTest extends JdbcProjectStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
