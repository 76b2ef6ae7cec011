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
package se.westum.consortium.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.internal.Document;
import se.westum.consortium.report.internal.DocumentBuilder;
import se.westum.consortium.report.internal.JsonDocuments;
import se.westum.consortium.report.internal.PdfDocuments;
import se.westum.consortium.report.internal.Templates;

/**
 * The annual report written as a document: Markdown, self-contained HTML (inline stylesheet and SVG
 * charts, print CSS for A4), PDF/A-1b from the same HTML, and JSON of every figure with its trace;
 * in Swedish or English.
 *
 * <pre>{@code
 * ReportRenderer renderer = ReportDocuments.create();
 * AnnualReport report = consortium.reports().annual(2016);
 * byte[] pdf = renderer.render(report, ReportFormat.PDF, ReportLanguage.SV);
 * }</pre>
 *
 * <p>The templates are compiled to Java when this module is built (jte), so rendering needs no
 * compiler nor template files at run time; the PDF embeds the DejaVu Sans font shipped in this jar.
 * Nothing outside the document is ever fetched. Thread-safe: one instance serves an application;
 * create it once (it loads the templates and the fonts).
 */
public final class ReportDocuments implements ReportRenderer {

  private final Templates templates = new Templates();
  private final PdfDocuments pdf = new PdfDocuments();
  private final JsonDocuments json = new JsonDocuments();

  private ReportDocuments() {}

  /** A renderer of every {@link ReportFormat}. */
  public static ReportDocuments create() {
    return new ReportDocuments();
  }

  @Override
  public Set<ReportFormat> formats() {
    return EnumSet.allOf(ReportFormat.class);
  }

  @Override
  public void render(
      AnnualReport report, ReportFormat format, ReportLanguage language, OutputStream out)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(out, "out");
    Document document = DocumentBuilder.build(report, language);
    byte[] bytes =
        switch (format) {
          case MD -> templates.markdown(document).getBytes(StandardCharsets.UTF_8);
          case HTML -> templates.html(document).getBytes(StandardCharsets.UTF_8);
          case PDF -> pdf.pdf(templates.html(document), document.metadata(), language);
          case JSON -> json.json(document);
        };
    out.write(bytes);
  }
}
