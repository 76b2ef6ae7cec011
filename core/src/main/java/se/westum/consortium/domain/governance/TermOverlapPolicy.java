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
package se.westum.consortium.domain.governance;

import java.util.Collection;
import se.westum.consortium.domain.shared.Finding;

/**
 * Board terms do not overlap: on any day at most one board is in office, so a meeting's quorum and
 * attendance are judged against one board.
 */
public final class TermOverlapPolicy {

  /** The rule's stable name. */
  public static final String RULE = "term-overlap";

  /** The code of a term refused because it overlaps another. */
  public static final String CODE = "overlapping-terms";

  /**
   * Judges a term against the other terms (a term with the same id is the one it replaces and is
   * not judged against).
   *
   * @return the verdict, for example "board term 2017 (2016-12-01 – 2017-12-31) overlaps term 2016
   *     (2016-01-01 – 2016-12-31)"
   */
  public Finding assess(BoardTerm term, Collection<BoardTerm> others) {
    for (BoardTerm other : others) {
      if (!other.id().equals(term.id()) && other.period().overlaps(term.period())) {
        return Finding.violated(
            RULE,
            "board term "
                + term.id()
                + " ("
                + term.period()
                + ") overlaps term "
                + other.id()
                + " ("
                + other.period()
                + ")");
      }
    }
    return Finding.satisfied(RULE, "board term " + term.id() + " overlaps no other term");
  }
}
