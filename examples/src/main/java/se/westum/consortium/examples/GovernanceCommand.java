package se.westum.consortium.examples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.GovernanceFigures;

/** {@code consortium governance}: the governance figures of a fiscal year. */
@Command(
    name = "governance",
    header = "Prints the governance figures of a fiscal year.",
    description =
        "Prints the governance figures of a fiscal year: the board with its roles, the"
            + " nomination committee and auditors, the meetings by kind (board sessions = board"
            + " meetings + strategy days), decisions, events with their participants, and the"
            + " staff who started or left. Names are printed as the annual report prints them.")
final class GovernanceCommand extends ConsortiumCommand {

  @Option(
      names = "--year",
      required = true,
      paramLabel = "YEAR",
      description = "The fiscal year (verksamhetsår), a calendar year.")
  int year;

  @Mixin FormatOption format;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    GovernanceFigures figures = consortium.governance().figures(year);
    format.print(GovernanceReport.of(figures), out());
    return OK;
  }
}
