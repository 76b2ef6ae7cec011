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
package se.westum.consortium.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph or a bulleted list of a narrative fragment, as the HTML shows it: the fragment's text
 * is escaped like any other text, only its paragraphs and "- " lists are kept.
 *
 * @param items one entry for a paragraph, the items for a list
 * @param list whether it is a list
 */
public record NarrativePart(List<String> items, boolean list) {

  /** Copies the items. */
  public NarrativePart {
    items = List.copyOf(items);
  }

  static List<NarrativePart> split(String markdown) {
    List<NarrativePart> parts = new ArrayList<>();
    for (String chunk : markdown.strip().split("\\R\\s*\\R")) {
      List<String> lines = chunk.strip().lines().map(String::strip).toList();
      if (lines.stream().allMatch(l -> l.startsWith("- ") || l.startsWith("* "))) {
        parts.add(
            new NarrativePart(lines.stream().map(l -> l.substring(2).strip()).toList(), true));
      } else {
        parts.add(new NarrativePart(List.of(String.join(" ", lines)), false));
      }
    }
    return parts;
  }
}
