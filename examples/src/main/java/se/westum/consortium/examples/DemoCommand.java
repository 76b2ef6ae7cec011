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
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

/** {@code consortium demo}: the bundled Westum 2016 dataset, imported and counted in memory. */
@Command(
    name = "demo",
    header =
        "Shows the membership, governance and project figures of the bundled Westum 2016"
            + " dataset.",
    description =
        "Imports the bundled Westum 2016 dataset (excel-sv) into an in-memory H2 database"
            + " and prints the membership figures and the governance figures for 2016, then the"
            + " Kobra indicators and the Erasmus+ budget consumption at the end of 2016, then"
            + " Kobra's needs analysis at 2017-02-28 and its partners' training compliance at"
            + " 2017-03-31. Last, the 2016 annual report with the bundled narrative: the"
            + " Swedish Markdown here, the HTML and the PDF to files it names (in --report-dir,"
            + " else a new temporary directory). Touches no other files of yours.")
final class DemoCommand extends ConsortiumCommand {

  static final int YEAR = 2016;
  static final ProjectId INDICATOR_PROJECT = new ProjectId("KOBRA");
  static final ProjectId MOBILITY_PROJECT = new ProjectId("EPLUS-2015");
  static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);

  @Override
  int run() throws Exception {
    try (InMemoryDatabase database = InMemoryDatabase.fresh("demo")) {
      StoredConsortium target = database.consortium();
      DatasetImport.Summary summary;
      Narrative narrative;
      try (BundledDataset dataset = BundledDataset.extract()) {
        narrative = NarrativeFiles.read(dataset.directory());
        summary =
            DatasetImport.read(CsvDatasets.reader(CsvDialect.EXCEL_SV), dataset.directory())
                .into(target);
      }
      Consortium consortium = target.consortium();
      MembershipFigures membership =
          consortium
              .membership()
              .figures(FiguresReport.query(YEAR, FiguresReport.DEFAULT_COUNTIES));
      GovernanceFigures governance = consortium.governance().figures(YEAR);
      out()
          .println(
              "Imported the bundled dataset "
                  + BundledDataset.NAME
                  + " into an in-memory H2 database:");
      summary.print(out());
      out().println();
      FiguresReport.of(membership, FiguresReport.DEFAULT_COUNTIES).printText(out());
      out().println();
      GovernanceReport.of(governance).printText(out());
      out().println();
      printProjects(consortium);
      out().println();
      printTraining(consortium);
      out().println();
      printReport(consortium, narrative);
      return OK;
    }
  }

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description =
          "Where to write the 2016 report's HTML and PDF (default: a new temporary directory).")
  Path reportDir;

  /**
   * The 2016 report with the bundled narrative: the Swedish Markdown here, the HTML and the PDF to
   * files whose names are printed.
   */
  private void printReport(Consortium consortium, Narrative narrative) throws IOException {
    AnnualReport report = consortium.reports().annual(YEAR, narrative);
    // made here, not when picocli builds the command line, so other commands do not pay for it
    ReportRenderer renderer = ReportRenderers.create();
    out().println("The " + YEAR + " annual report (Swedish Markdown):");
    out().println();
    out()
        .print(
            new String(
                renderer.render(report, ReportFormat.MD, ReportLanguage.SV),
                StandardCharsets.UTF_8));
    Path directory =
        reportDir == null ? Files.createTempDirectory("consortium-report-") : reportDir;
    Files.createDirectories(directory);
    for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.PDF)) {
      Path file = directory.resolve("verksamhetsberattelse-" + YEAR + "." + format.extension());
      try (OutputStream stream = Files.newOutputStream(file)) {
        renderer.render(report, format, ReportLanguage.SV, stream);
      }
      out().println("Wrote the " + format.extension() + " report to " + file);
    }
  }

  /** The day of the needs analysis: the seed's figures of company visits and answers. */
  static final LocalDate NEEDS_AT = LocalDate.of(2017, 2, 28);

  /** The day of the compliance summary: the end of the first quarter of 2017. */
  static final LocalDate COMPLIANCE_AT = LocalDate.of(2017, 3, 31);

  private void printTraining(Consortium consortium) {
    out()
        .println(
            INDICATOR_PROJECT
                + " needs analysis at "
                + NEEDS_AT
                + ": "
                + NeedsView.of(consortium.training().needs(INDICATOR_PROJECT, NEEDS_AT)).summary());
    out().println("  " + INDICATOR_PROJECT + " training compliance at " + COMPLIANCE_AT + ":");
    ComplianceView.of(consortium.training().compliance(INDICATOR_PROJECT, COMPLIANCE_AT))
        .printSummary(out(), "    ");
  }

  private void printProjects(Consortium consortium) {
    Projects find = consortium.projects();
    out()
        .println(
            "Projects running in "
                + YEAR
                + ": "
                + String.join(
                    ", ", find.runningIn(YEAR).stream().map(p -> p.id().value()).toList()));
    out().println("  " + INDICATOR_PROJECT + " indicators (latest value):");
    for (Indicator indicator : find.indicators(INDICATOR_PROJECT)) {
      out().println("    " + ProjectsReport.describe(indicator));
    }
    out().println("  " + MOBILITY_PROJECT + " Erasmus+ budget at " + YEAR_END + ":");
    BudgetReport.of(consortium.mobility().budget(MOBILITY_PROJECT, YEAR_END))
        .printSummary(out(), "    ");
  }
}
