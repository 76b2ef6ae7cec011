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

import java.text.Normalizer;
import java.util.Locale;

/** Builds figure keys from record ids and names: lower-case ASCII words joined by hyphens. */
public final class Keys {

  private Keys() {}

  /**
   * The key word of an id or name: accents dropped, lower case, runs of other characters one hyphen
   * ({@code "Lärcentrum Skövde"} gives {@code larcentrum-skovde}).
   */
  public static String slug(String text) {
    String plain =
        Normalizer.normalize(
                text.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'a'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return plain.isEmpty() ? "x" : plain;
  }

  /** Dotted key of the parts, each slugged. */
  public static String of(String... parts) {
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      if (key.length() > 0) {
        key.append('.');
      }
      key.append(slug(part));
    }
    return key.toString();
  }
}
