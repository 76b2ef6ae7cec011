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
package se.westum.consortium.application.port.out;

/**
 * What a batch save did: records new to the store, records that replaced a different stored record,
 * and records equal to the stored one, which a store must not rewrite (nor bump a version of).
 *
 * @param added new records
 * @param changed replaced records
 * @param unchanged records equal to what was stored
 */
public record Saved(int added, int changed, int unchanged) {

  /** Nothing saved. */
  public static final Saved NONE = new Saved(0, 0, 0);

  /** Requires counts of at least zero. */
  public Saved {
    if (added < 0 || changed < 0 || unchanged < 0) {
      throw new IllegalArgumentException("counts are at least zero");
    }
  }

  /** The sum of both. */
  public Saved plus(Saved other) {
    return new Saved(added + other.added, changed + other.changed, unchanged + other.unchanged);
  }
}
