package se.westum.consortium.jdbc;

/**
 * The needs-based training rules on PostgreSQL (when CONSORTIUM_TEST_POSTGRES_URL is set). Its
 * tests and assertions are the contract's, inherited from {@link
 * se.westum.consortium.testing.TrainingRulesContract}.
 */
class PostgresqlTrainingRulesTest extends JdbcTrainingRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.POSTGRESQL;
  }
}
