package se.westum.consortium.jdbc;

/**
 * The governance storage on H2, in memory: always.
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class H2GovernanceStorageTest extends JdbcGovernanceStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
