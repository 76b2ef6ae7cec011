package se.westum.consortium.jdbc;

/** The project and mobility rules on H2, in memory: always. */
class H2ProjectRulesTest extends JdbcProjectRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
