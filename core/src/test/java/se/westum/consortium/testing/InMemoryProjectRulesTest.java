package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * The project and mobility rules over the in-memory storage. Its tests and assertions are the
 * contract's, inherited from {@link ProjectRulesContract}.
 */
class InMemoryProjectRulesTest extends ProjectRulesContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
