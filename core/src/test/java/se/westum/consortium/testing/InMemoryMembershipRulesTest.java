package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * The membership rules on the in-memory fake.
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class InMemoryMembershipRulesTest extends MembershipRulesContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
