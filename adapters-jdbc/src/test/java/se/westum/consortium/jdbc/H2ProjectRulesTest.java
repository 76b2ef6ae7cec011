package se.westum.consortium.jdbc;

/**
 * The project and mobility rules on H2, in memory: always. Its tests and assertions are the
 * contract's, inherited from {@link se.westum.consortium.testing.ProjectRulesContract}.
 */
class H2ProjectRulesTest extends JdbcProjectRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
