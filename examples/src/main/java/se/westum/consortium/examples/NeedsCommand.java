package se.westum.consortium.examples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;

/** {@code consortium needs}: the needs analysis of a project at a day. */
@Command(
    name = "needs",
    header = "Prints the needs analysis of a project at a day.",
    description =
        "Counts the company visits and survey answers recorded up to the day, ranks the need"
            + " topics by evidence (needs, then priority) with the distinct companies and the"
            + " needs per sector, shows every focus area chosen by the day with the evidence"
            + " behind it, and checks the indicators counted from records against their"
            + " measured values.")
final class NeedsCommand extends ConsortiumCommand {

  @Mixin ProjectDayOptions subject;

  @Mixin FormatOption format;

  @Mixin DatabaseOptions database;

  @Override
  int run() throws Exception {
    Consortium consortium = open(database);
    format.print(
        NeedsView.of(consortium.training().needs(new ProjectId(subject.project), subject.at)),
        out());
    return OK;
  }
}
