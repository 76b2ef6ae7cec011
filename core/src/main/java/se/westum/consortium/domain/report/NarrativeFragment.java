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

import java.util.Objects;

/**
 * Narrative text the records cannot produce, for one section in one language: Markdown, shown after
 * the section's heading. A number in it may not contradict a figure of its section.
 *
 * @param section the section it belongs to
 * @param language its language
 * @param markdown the text
 * @param source where it was read from, for findings ({@code narrative/sv/board.md})
 */
public record NarrativeFragment(
    SectionId section, ReportLanguage language, String markdown, String source) {

  /** The most characters a fragment may have. */
  public static final int MAX_LENGTH = 20_000;

  /** Requires all parts and a text of at most {@link #MAX_LENGTH}. */
  public NarrativeFragment {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(source, "source");
    if (markdown.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          source + ": a narrative fragment has at most " + MAX_LENGTH + " characters");
    }
  }

  /** The conventional source of a fragment: {@code narrative/<lang>/<section>.md}. */
  public static String sourceOf(SectionId section, ReportLanguage language) {
    return "narrative/" + language.code() + "/" + section.value() + ".md";
  }
}
