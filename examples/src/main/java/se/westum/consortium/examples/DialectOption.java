package se.westum.consortium.examples;

import picocli.CommandLine.Option;
import se.westum.consortium.csv.CsvDialect;

/** The {@code --dialect} option of the commands that read or write a CSV dataset. */
final class DialectOption {

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      defaultValue = Dialects.DEFAULT,
      converter = Dialects.class,
      completionCandidates = Dialects.class,
      description = "CSV dialect: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CsvDialect dialect;
}
