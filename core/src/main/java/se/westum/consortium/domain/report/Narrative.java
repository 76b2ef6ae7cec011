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
package se.westum.consortium.domain.report;

import java.util.List;
import java.util.Optional;

/**
 * The narrative fragments given for a report, at most one per section and language.
 *
 * @param fragments the fragments
 */
public record Narrative(List<NarrativeFragment> fragments) {

  /** No narrative. */
  public static final Narrative NONE = new Narrative(List.of());

  /** Copies the list; refuses two fragments for the same section and language. */
  public Narrative {
    fragments = List.copyOf(fragments);
    long distinct =
        fragments.stream().map(f -> f.section().value() + "/" + f.language()).distinct().count();
    if (distinct != fragments.size()) {
      throw new IllegalArgumentException("one narrative fragment per section and language");
    }
  }

  /** The fragment of a section in a language. */
  public Optional<NarrativeFragment> of(SectionId section, ReportLanguage language) {
    return fragments.stream()
        .filter(f -> f.section().equals(section) && f.language() == language)
        .findFirst();
  }
}
