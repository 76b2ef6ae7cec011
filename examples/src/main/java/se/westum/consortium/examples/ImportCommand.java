package se.westum.consortium.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.shared.DomainException;

/** {@code consortium import}: a CSV dataset into the database, all or nothing. */
@Command(
    name = "import",
    header = "Imports a CSV dataset into the database, all or nothing.",
    description =
        "Imports a membership dataset (members.csv, fees.csv, payments.csv) into the database,"
            + " all or nothing: every problem is listed as file:line:column (column): reason, and"
            + " if there is any, nothing is written. Importing the same dataset twice changes"
            + " nothing.")
final class ImportCommand extends ConsortiumCommand {

  @ParentCommand ConsortiumCli cli;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "The directory holding the dataset's CSV files.")
  Path data;

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
    if (!Files.isDirectory(data)) {
      throw new DomainException("no-such-directory", "there is no directory " + data);
    }
    // Check the whole dataset before touching the database: bad input leaves no trace at all.
    MembershipDataset dataset = CsvDatasets.reader(dialect).readMembership(data);
    Consortium consortium = database.open(spec, cli.environment());
    ImportSummary summary = consortium.importMembership().importDataset(dataset);
    out()
        .println(
            "Imported "
                + data
                + " ("
                + dialect.cliName()
                + ") into "
                + database.displayUrl()
                + ": "
                + Summaries.describe(summary)
                + ".");
    return OK;
  }
}
