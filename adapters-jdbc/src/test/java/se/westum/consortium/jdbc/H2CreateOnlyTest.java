package se.westum.consortium.jdbc;

/**
 * Create-only writes on H2. Its tests and assertions are the contract's, inherited from {@link
 * se.westum.consortium.testing.CreateOnlyContract}.
 */
class H2CreateOnlyTest extends JdbcCreateOnlyTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
