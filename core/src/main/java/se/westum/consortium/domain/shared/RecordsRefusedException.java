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
package se.westum.consortium.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import refused one or more records; nothing was written. Lists the first {@link #MAX}
 * refusals, each with its rule's code and, where the source can tell, its file, line and column;
 * {@link #more()} counts those left out.
 */
public final class RecordsRefusedException extends DomainException {

  /** The code of a refused import. */
  public static final String CODE = "records-refused";

  /** The most refusals listed. */
  public static final int MAX = 100;

  private static final long serialVersionUID = 1L;

  private final transient List<RefusedRecord> refused;
  private final int more;

  /**
   * Creates the error.
   *
   * @param refused the refusals listed, at least one
   * @param more how many more there were
   */
  public RecordsRefusedException(List<RefusedRecord> refused, int more) {
    super(CODE, describe(refused, more));
    if (refused.isEmpty()) {
      throw new IllegalArgumentException("a refused import names at least one record");
    }
    this.refused = List.copyOf(refused);
    this.more = more;
  }

  /** The refusals listed, in the order of the import. */
  public List<RefusedRecord> refused() {
    return refused;
  }

  /** How many refusals were left out of the list. */
  public int more() {
    return more;
  }

  /** The same error with its refusals placed by the source (see {@code Dataset#locate}). */
  public RecordsRefusedException located(List<RefusedRecord> placed) {
    return new RecordsRefusedException(placed, more);
  }

  private static String describe(List<RefusedRecord> refused, int more) {
    return refused.stream()
        .map(RefusedRecord::toString)
        .collect(
            Collectors.joining(
                "\n",
                "the import was refused, nothing was written ("
                    + (refused.size() + more)
                    + " problem"
                    + (refused.size() + more == 1 ? "" : "s")
                    + "):\n",
                more > 0 ? "\nand " + more + " more" : ""));
  }
}
