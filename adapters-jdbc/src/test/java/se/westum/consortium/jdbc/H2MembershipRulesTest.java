package se.westum.consortium.jdbc;

/**
 * The membership rules on H2, in memory: always.
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class H2MembershipRulesTest extends JdbcMembershipRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
