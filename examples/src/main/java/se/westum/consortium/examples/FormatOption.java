package se.westum.consortium.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print a {@link Report}. */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /**
   * Prints {@code report} to {@code out} in the chosen format. JSON is the REST API's answer body
   * followed by one line feed, on every platform.
   */
  void print(Report report, PrintWriter out) throws JsonProcessingException {
    if (format == OutputFormat.JSON) {
      out.print(report.json());
      out.print('\n');
    } else {
      report.printText(out);
    }
  }
}
