package se.westum.consortium.examples;

import java.time.Clock;
import java.util.Objects;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;

/**
 * The core together with the storage it was wired over: a command that must span several use cases
 * in one transaction needs the storage's {@link Storage#transactions()} as well as the core.
 *
 * @param storage the storage adapter
 * @param consortium the core over {@code storage}
 */
record StoredConsortium(Storage storage, Consortium consortium) {

  StoredConsortium {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(consortium, "consortium");
  }

  /** The core wired over {@code storage}, with the system clock. */
  static StoredConsortium over(Storage storage) {
    return new StoredConsortium(
        storage, Consortium.builder().storage(storage).clock(Clock.systemDefaultZone()).build());
  }
}
