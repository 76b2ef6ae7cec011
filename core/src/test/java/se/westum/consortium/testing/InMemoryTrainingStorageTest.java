package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * The in-memory fake keeps the training contract too.
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class InMemoryTrainingStorageTest extends TrainingStorageContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
