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

/** The forms a report is rendered in, each with its file extension and media type. */
public enum ReportFormat {
  /** Markdown, UTF-8. */
  MD("md", "text/markdown; charset=utf-8"),
  /** Self-contained HTML, UTF-8. */
  HTML("html", "text/html; charset=utf-8"),
  /** PDF/A-1b. */
  PDF("pdf", "application/pdf"),
  /** Every figure with its trace, stable keys. */
  JSON("json", "application/json");

  private final String extension;
  private final String mediaType;

  ReportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The code and file extension: {@code md}, {@code html}, {@code pdf} or {@code json}. */
  public String extension() {
    return extension;
  }

  /** The media type, with the charset for text. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The format of a code, ignoring case ({@code markdown} is {@code md}).
   *
   * @throws IllegalArgumentException for an unknown code, naming the known ones
   */
  public static ReportFormat of(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    if (c.equals("markdown")) {
      return MD;
    }
    for (ReportFormat format : values()) {
      if (format.extension.equals(c)) {
        return format;
      }
    }
    throw new IllegalArgumentException("a report format is md, html, pdf or json: " + code);
  }
}
