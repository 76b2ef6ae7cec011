package se.westum.consortium.examples;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --project ACRONYM --at DATE} options of the commands that report on one project at a
 * day ({@code needs}, {@code compliance}), declared once so both read and explain them alike.
 */
final class ProjectDayOptions {

  @Option(
      names = "--project",
      required = true,
      paramLabel = "ACRONYM",
      description = "The project's acronym, for example KOBRA.")
  String project;

  @Option(
      names = "--at",
      required = true,
      paramLabel = "DATE",
      description = "The day, yyyy-MM-dd; records dated later are left out.")
  LocalDate at;
}
