package se.westum.consortium.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

/**
 * The report renderer the CLI and the server are wired with: the {@code consortium-report} module's
 * {@code ReportDocuments} when it is on the class path (every format), else a plain renderer of the
 * figures with their traces (Markdown and JSON only).
 */
final class ReportRenderers {

  private static final String DOCUMENTS = "se.westum.consortium.report.ReportDocuments";

  private ReportRenderers() {}

  /** The best renderer on the class path. */
  static ReportRenderer available() {
    try {
      // looked up by name so this module builds before the report module joins the reactor
      return (ReportRenderer) Class.forName(DOCUMENTS).getMethod("create").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      return new FiguresOnly();
    }
  }

  /**
   * Every figure with its value and trace, as Markdown or JSON (the keys of the report module's
   * JSON: {@code figures.<key>.value}, {@code .trace.recordKind|ids|count|rule}); no HTML or PDF.
   */
  static final class FiguresOnly implements ReportRenderer {

    @Override
    public Set<ReportFormat> formats() {
      return EnumSet.of(ReportFormat.MD, ReportFormat.JSON);
    }

    @Override
    public void render(
        AnnualReport report, ReportFormat format, ReportLanguage language, OutputStream out)
        throws IOException {
      if (!formats().contains(format)) {
        throw new IllegalArgumentException(
            "the " + format.extension() + " report needs the consortium-report module");
      }
      String text =
          format == ReportFormat.JSON ? json(report, language) : markdown(report, language);
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String markdown(AnnualReport report, ReportLanguage language) {
      StringBuilder md = new StringBuilder();
      md.append(language == ReportLanguage.SV ? "# Verksamhetsberättelse " : "# Annual report ")
          .append(report.year())
          .append("\n\n");
      for (Figure figure : report.allFigures()) {
        md.append("- `")
            .append(figure.key())
            .append("`: ")
            .append(figure.number().stripTrailingZeros().toPlainString())
            .append(figure.asOf().map(d -> " (" + d + ")").orElse(""))
            .append('\n');
      }
      for (ReportFinding finding : report.findings().findings()) {
        md.append("- ").append(finding.rule()).append(": ").append(finding.reason()).append('\n');
      }
      return md.toString();
    }

    private static String json(AnnualReport report, ReportLanguage language) throws IOException {
      com.fasterxml.jackson.databind.ObjectMapper mapper =
          new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
      root.put("fiscalYear", report.year());
      root.put("language", language.code());
      com.fasterxml.jackson.databind.node.ObjectNode figures = root.putObject("figures");
      for (Figure figure : report.allFigures()) {
        com.fasterxml.jackson.databind.node.ObjectNode node = figures.putObject(figure.key());
        node.put("value", figure.number());
        figure.asOf().ifPresent(d -> node.put("asOf", d.toString()));
        com.fasterxml.jackson.databind.node.ObjectNode trace = node.putObject("trace");
        trace.put("recordKind", figure.trace().recordKind());
        com.fasterxml.jackson.databind.node.ArrayNode ids = trace.putArray("ids");
        figure.trace().recordIds().forEach(ids::add);
        trace.put("count", figure.trace().recordCount());
        trace.put("rule", figure.trace().rule());
      }
      com.fasterxml.jackson.databind.node.ArrayNode findings = root.putArray("findings");
      for (ReportFinding finding : report.findings().findings()) {
        findings
            .addObject()
            .put("rule", finding.rule())
            .put("subject", finding.subject())
            .put("reason", finding.reason());
      }
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
  }
}
