package se.westum.consortium.jdbc;

/** The governance storage on H2, in memory: always. */
class H2GovernanceStorageTest extends JdbcGovernanceStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
