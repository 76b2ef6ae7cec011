package se.westum.consortium.report.internal;

import java.util.Locale;

/** The languages the report is written in; Swedish is the default. */
public enum Language {
  /** Swedish, the consortium's own language and the default. */
  SWEDISH(Locale.forLanguageTag("sv-SE")),
  /** English, on request. */
  ENGLISH(Locale.forLanguageTag("en-GB"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale whose conventions the report follows (numbers, dates, month names). */
  public Locale locale() {
    return locale;
  }

  /** The BCP 47 tag written into the HTML {@code lang} attribute and the PDF's metadata. */
  public String tag() {
    return locale.toLanguageTag();
  }

  /** The two-letter code used in file and query names ({@code sv}, {@code en}). */
  public String code() {
    return locale.getLanguage();
  }
}
