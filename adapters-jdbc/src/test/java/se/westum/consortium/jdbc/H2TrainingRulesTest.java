package se.westum.consortium.jdbc;

/**
 * The needs-based training rules on H2, in memory: always. Its tests and assertions are the
 * contract's, inherited from {@link se.westum.consortium.testing.TrainingRulesContract}.
 */
class H2TrainingRulesTest extends JdbcTrainingRulesTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
