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
