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

import java.util.Locale;

/** The language a report is written in: Swedish by default, English on request. */
public enum ReportLanguage {
  /** Swedish, the default. */
  SV,
  /** English. */
  EN;

  /** The language's code: {@code sv} or {@code en}, as in {@code narrative/sv/board.md}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The locale to format numbers and dates in. */
  public Locale locale() {
    return this == SV ? Locale.forLanguageTag("sv-SE") : Locale.forLanguageTag("en-GB");
  }

  /**
   * The language of a code, ignoring case.
   *
   * @throws IllegalArgumentException for anything but {@code sv} or {@code en}, naming them
   */
  public static ReportLanguage of(String code) {
    for (ReportLanguage language : values()) {
      if (language.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return language;
      }
    }
    throw new IllegalArgumentException("a report language is sv or en: " + code);
  }
}
