/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
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
