package se.westum.consortium.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.testing.TrainingRulesContract;

/**
 * The needs-based training rules over the JDBC storage: the record use cases and the import refuse
 * the same records with the same codes, and a refused import leaves the database as it was. Run
 * once per {@link Vendor}, on a fresh database for each test. Its tests and assertions are the
 * contract's, inherited from {@link TrainingRulesContract}.
 */
abstract class JdbcTrainingRulesTest extends TrainingRulesContract {

  private TestDatabase database;

  /** The database this run is on. */
  abstract Vendor vendor();

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.fresh(vendor());
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected Storage emptyStorage() {
    return JdbcAdapter.create(database.dataSource());
  }
}
