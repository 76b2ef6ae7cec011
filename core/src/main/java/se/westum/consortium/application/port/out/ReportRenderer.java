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
package se.westum.consortium.application.port.out;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

/**
 * Writes an annual report as a document. The core computes the report; a renderer (the {@code
 * consortium-report} module) formats it: Markdown, self-contained HTML, PDF/A-1b, JSON; Swedish or
 * English. REST and the CLI receive one as a port implementation.
 *
 * <p>Implementations are thread-safe and write nothing but the document: no personal data beyond
 * what the model names by role reaches a log.
 */
public interface ReportRenderer {

  /** The formats this renderer writes. */
  Set<ReportFormat> formats();

  /**
   * Writes {@code report} in {@code format} and {@code language} to {@code out}, which it does not
   * close.
   *
   * @throws IllegalArgumentException for a format not in {@link #formats()}
   * @throws IOException when {@code out} fails
   */
  void render(AnnualReport report, ReportFormat format, ReportLanguage language, OutputStream out)
      throws IOException;

  /** The document's bytes. */
  default byte[] render(AnnualReport report, ReportFormat format, ReportLanguage language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      render(report, format, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
