package se.westum.consortium.jdbc;

/**
 * The governance rules on H2, in memory: always.
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class H2GovernanceRulesTest extends JdbcGovernanceRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
