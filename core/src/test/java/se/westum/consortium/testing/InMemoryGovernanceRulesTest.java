package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * The governance rules on the in-memory fake.
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class InMemoryGovernanceRulesTest extends GovernanceRulesContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
