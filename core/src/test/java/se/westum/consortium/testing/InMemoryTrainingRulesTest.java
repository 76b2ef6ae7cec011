package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * The needs-based training rules over the in-memory storage. Its tests and assertions are the
 * contract's, inherited from {@link TrainingRulesContract}.
 */
class InMemoryTrainingRulesTest extends TrainingRulesContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
