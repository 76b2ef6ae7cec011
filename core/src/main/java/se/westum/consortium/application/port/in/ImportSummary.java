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
package se.westum.consortium.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * What an import read, per record kind in the order imported: how many records were new, how many
 * changed a stored record and how many were equal to the stored record (and so were not rewritten:
 * their versions stay as they were). One shape for every import.
 *
 * @param kinds one entry per record kind the import handles, including kinds with no records
 */
public record ImportSummary(List<Kind> kinds) {

  /** Copies the list. */
  public ImportSummary {
    kinds = List.copyOf(kinds);
  }

  /** The entry of a record kind, for example {@code mobility}. */
  public Kind of(String kind) {
    return kinds.stream()
        .filter(k -> k.kind().equals(kind))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no record kind " + kind + " in this import"));
  }

  /** How many records were read in all. */
  public int read() {
    return kinds.stream().mapToInt(Kind::read).sum();
  }

  /** Whether the import changed nothing that was stored. */
  public boolean unchanged() {
    return kinds.stream().allMatch(k -> k.added() == 0 && k.changed() == 0);
  }

  /**
   * The counts of one record kind.
   *
   * @param kind the record kind, for example {@code member}
   * @param added records that were new
   * @param changed records that replaced a different stored record
   * @param unchanged records equal to the stored record, not rewritten
   */
  public record Kind(String kind, int added, int changed, int unchanged) {

    /** Requires a kind and counts of at least zero. */
    public Kind {
      Objects.requireNonNull(kind, "kind");
      if (added < 0 || changed < 0 || unchanged < 0) {
        throw new IllegalArgumentException("counts are at least zero");
      }
    }

    /** How many records of this kind were read. */
    public int read() {
      return added + changed + unchanged;
    }

    @Override
    public String toString() {
      return kind
          + ": "
          + read()
          + " ("
          + added
          + " new, "
          + changed
          + " changed, "
          + unchanged
          + " unchanged)";
    }
  }
}
