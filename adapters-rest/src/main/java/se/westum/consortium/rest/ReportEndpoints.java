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
package se.westum.consortium.rest;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.application.port.in.Reports;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.domain.shared.ValidationException.FieldError;

/**
 * The handler of the annual report (issue 10): computed by the core, written by the renderer the
 * API was configured with, in the format and language asked for.
 */
final class ReportEndpoints {

  private final Reports reports;
  private final Optional<ReportRenderer> renderer;

  ReportEndpoints(Consortium consortium, Optional<ReportRenderer> renderer) {
    this.reports = consortium.reports();
    this.renderer = renderer;
  }

  /**
   * The report of the path's year; {@code format} md, html, pdf or json (default), {@code lang}.
   */
  void annual(Context ctx) {
    List<FieldError> errors = new ArrayList<>();
    Integer year = Endpoints.wholeNumber("year", ctx.pathParam("year"), errors);
    ReportFormat format = parse(ctx, "format", "json", errors, ReportFormat::of);
    ReportLanguage language = parse(ctx, "lang", "sv", errors, ReportLanguage::of);
    Endpoints.rejectIfAny(errors);
    ReportRenderer writer =
        renderer
            .filter(r -> r.formats().contains(format))
            .orElseThrow(
                () ->
                    new HttpProblem(
                        406,
                        "report-format-unavailable",
                        "this server does not write reports as " + format.extension()));
    AnnualReport report = reports.annual(year);
    byte[] document = writer.render(report, format, language);
    if (format == ReportFormat.PDF) {
      String name = language == ReportLanguage.SV ? "verksamhetsberattelse-" : "annual-report-";
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + year + ".pdf\"");
    }
    ctx.status(200).contentType(format.mediaType()).result(document);
  }

  private static <T> T parse(
      Context ctx,
      String name,
      String otherwise,
      List<FieldError> errors,
      java.util.function.Function<String, T> of) {
    String text = ctx.queryParam(name);
    try {
      return of.apply(text == null || text.isBlank() ? otherwise : text);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(name, "invalid-" + name, e.getMessage()));
      return null;
    }
  }
}
