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
package se.westum.consortium.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

/** {@code consortium report}: the annual report of a fiscal year, computed from the records. */
@Command(
    name = "report",
    header = "Writes the annual report (verksamhetsberättelse) of a fiscal year.",
    description =
        "Computes the annual report of a fiscal year from the records and writes it as Markdown"
            + " (default, to standard output), HTML, PDF/A or JSON (every figure with its trace),"
            + " in Swedish (default) or English. Narrative fragments are read from a dataset"
            + " folder's narrative/<lang>/<section>.md when --narrative names it; a number in a"
            + " fragment that no figure of its section has is a finding of the report.")
final class ReportCommand extends ConsortiumCommand {

  @Option(
      names = "--year",
      required = true,
      paramLabel = "YEAR",
      description = "The fiscal year, a calendar year.")
  int year;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "sv",
      description = "sv or en (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "md",
      description = "md, html, pdf or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The file to write (default: standard output; a PDF needs a file).")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DAY",
      description =
          "The day the report is written for, yyyy-MM-dd (default: the next year's annual"
              + " meeting when recorded, else today).")
  LocalDate asOf;

  @Option(
      names = "--narrative",
      paramLabel = "DIR",
      description = "A dataset folder holding narrative/sv/*.md and narrative/en/*.md.")
  Path narrative;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    ReportFormat reportFormat = parse(() -> ReportFormat.of(format), "--format");
    ReportLanguage language = parse(() -> ReportLanguage.of(lang), "--lang");
    if (reportFormat == ReportFormat.PDF && out == null) {
      throw new ParameterException(spec.commandLine(), "a PDF is written to a file: give --out");
    }
    Narrative fragments = narrative == null ? Narrative.NONE : NarrativeFiles.read(narrative);
    Consortium consortium = open(database);
    AnnualReport report =
        asOf == null
            ? consortium.reports().annual(year, fragments)
            : consortium.reports().annual(year, asOf, fragments);
    write(ReportRenderers.create(), report, reportFormat, language, out);
    return OK;
  }

  /** Writes the document to {@code file}, or as text to standard output when none. */
  void write(
      ReportRenderer renderer,
      AnnualReport report,
      ReportFormat format,
      ReportLanguage language,
      Path file)
      throws IOException {
    if (file == null) {
      out().print(new String(renderer.render(report, format, language), StandardCharsets.UTF_8));
      out().flush();
      return;
    }
    try (OutputStream stream = Files.newOutputStream(file)) {
      renderer.render(report, format, language, stream);
    }
  }

  private <T> T parse(java.util.function.Supplier<T> value, String option) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
