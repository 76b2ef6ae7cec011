package se.westum.consortium.jdbc;

/**
 * The needs-based training rules on MariaDB (when CONSORTIUM_TEST_MARIADB_URL is set). Its tests
 * and assertions are the contract's, inherited from {@link
 * se.westum.consortium.testing.TrainingRulesContract}.
 */
class MariaDbTrainingRulesTest extends JdbcTrainingRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.MARIADB;
  }
}
