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

/**
 * Escaping for the Markdown templates (the jte content type there is plain text, so escaping is
 * ours): record text never turns into Markdown syntax, links or HTML.
 */
public final class MarkdownText {

  private static final java.util.regex.Pattern ENTITY =
      java.util.regex.Pattern.compile(
          "&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

  private MarkdownText() {}

  /**
   * Text for a paragraph, heading or list item: Markdown's punctuation, {@code <}, {@code >} and an
   * entity-like {@code &} backslash-escaped, line breaks folded to spaces.
   */
  public static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    String folded = value.replaceAll("\\s*\\R\\s*", " ");
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> out.append('\\').append(c);
        case '<', '>' -> out.append('\\').append(c);
        case '&' -> {
          // only an entity-like "&name;" or "&#..." would be read as a character reference
          boolean entityLike = ENTITY.matcher(folded).region(i, folded.length()).lookingAt();
          out.append(entityLike ? "\\&" : "&");
        }
        default -> out.append(c);
      }
    }
    // a line starting "1. ", "- " or "+ " would become a list
    String escaped = out.toString();
    if (escaped.matches("^(\\d+)[.)] .*")) {
      escaped = escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    } else if (escaped.startsWith("- ") || escaped.startsWith("+ ")) {
      escaped = "\\" + escaped;
    }
    return escaped;
  }

  /** Text for a table cell: as {@link #text}, which already escapes the column bar. */
  public static String cell(String value) {
    return text(value);
  }
}
