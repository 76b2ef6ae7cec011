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

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import se.westum.consortium.domain.report.ReportLanguage;

/**
 * The report's fixed words, from the resource bundle {@code se/westum/consortium/report/labels}
 * (Swedish in the base file, English in {@code labels_en}). A missing key is a build defect, so it
 * fails loudly instead of printing the key.
 */
public final class Labels {

  private static final String BUNDLE = "se.westum.consortium.report.labels";

  private final ReportLanguage language;
  private final ResourceBundle bundle;

  private Labels(ReportLanguage language) {
    this.language = language;
    // no fallback to the JVM's default locale: a Swedish report on an English server stays Swedish
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language == ReportLanguage.SV ? java.util.Locale.ROOT : Locale.ENGLISH,
            Labels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The labels of a language. */
  public static Labels of(ReportLanguage language) {
    return new Labels(Objects.requireNonNull(language, "language"));
  }

  /** The language of these labels. */
  public ReportLanguage language() {
    return language;
  }

  /** The label of a key. */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no report label '" + key + "' in " + language, e);
    }
  }

  /**
   * The label of a key with its {@code {0}}, {@code {1}}... filled by already formatted strings
   * (formatting numbers is {@link Formats}'s job, not {@link MessageFormat}'s).
   */
  public String get(String key, String... arguments) {
    return new MessageFormat(get(key).replace("'", "''"), language.locale())
        .format(arguments, new StringBuffer(), null)
        .toString();
  }
}
