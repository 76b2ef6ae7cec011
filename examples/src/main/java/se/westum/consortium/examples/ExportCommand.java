package se.westum.consortium.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.shared.PageRequest;

/** {@code consortium export}: the database's membership records as a CSV dataset. */
@Command(
    name = "export",
    header = "Exports the database's membership records as a CSV dataset.",
    description =
        "Exports every membership record to members.csv, fees.csv and payments.csv in DIR"
            + " (created if missing; existing files of those names are replaced). Text that a"
            + " spreadsheet would run as a formula is written as text.")
final class ExportCommand extends ConsortiumCommand {

  @ParentCommand ConsortiumCli cli;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The directory to write the dataset to.")
  Path directory;

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      defaultValue = Dialects.DEFAULT,
      converter = Dialects.class,
      completionCandidates = Dialects.class,
      description = "CSV dialect: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CsvDialect dialect;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = database.open(spec, cli.environment());
    Files.createDirectories(directory);
    CsvDatasets.writer(dialect).writeMembership(consortium.exportMembership().export(), directory);
    long members = consortium.findMembers().list(PageRequest.first(1)).total();
    out()
        .println(
            "Exported "
                + members
                + " members with their fees and payments from "
                + database.displayUrl()
                + " to "
                + directory
                + " ("
                + dialect.cliName()
                + ").");
    return OK;
  }
}
