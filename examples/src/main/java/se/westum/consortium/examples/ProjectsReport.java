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

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.rest.ApiJson;

/**
 * The projects running in a year, each with everything that belongs to it, as text for people or
 * JSON for programs. Indicators show their latest value, whenever it was measured: a report on a
 * year is read after the year, and the newest figure is the one wanted.
 */
final class ProjectsReport implements Report {

  private static final String LABEL = "  %-22s %s%n";

  private final int year;
  private final List<Entry> entries;

  private ProjectsReport(int year, List<Entry> entries) {
    this.year = year;
    this.entries = entries;
  }

  /** The projects running in {@code year}, looked up with everything that belongs to them. */
  static ProjectsReport of(Projects find, int year) {
    Map<ProgrammeId, FundingProgramme> programmes =
        find.programmes().stream()
            .collect(Collectors.toMap(FundingProgramme::id, Function.identity()));
    List<Entry> entries =
        find.runningIn(year).stream()
            .map(
                project -> {
                  ProjectId acronym = project.id();
                  return new Entry(
                      project,
                      Optional.ofNullable(programmes.get(project.programme())),
                      find.partners(acronym),
                      find.workingGroups(acronym),
                      find.activities(acronym),
                      find.indicators(acronym));
                })
            .toList();
    return new ProjectsReport(year, entries);
  }

  /** The projects as aligned text lines, one block per project. */
  @Override
  public void printText(PrintWriter out) {
    out.println("Projects running in " + year + ": " + entries.size());
    for (Entry entry : entries) {
      Project project = entry.project();
      out.println();
      out.println(project.id().value() + " – " + project.name());
      out.printf(LABEL, "Programme:", programme(entry));
      out.printf(LABEL, "Period:", project.period().start() + " – " + project.period().end());
      out.printf(LABEL, "Status:", project.status());
      out.printf(LABEL, "Coordinator:", project.coordinator());
      project
          .applicationDeadline()
          .ifPresent(day -> out.printf(LABEL, "Application deadline:", day));
      project
          .finalReportDeadline()
          .ifPresent(day -> out.printf(LABEL, "Final report deadline:", day));
      for (Audit audit : project.audits()) {
        out.printf(
            LABEL, "Audit:", audit.date() + " " + audit.authority() + ": " + audit.outcome());
      }
      printPartners(out, entry.partners());
      if (!entry.groups().isEmpty()) {
        out.printf(LABEL, "Boards and groups:", entry.groups().size());
        // the board first, as the report presents it
        List<WorkingGroup> groups =
            entry.groups().stream().sorted(Comparator.comparing(WorkingGroup::kind)).toList();
        for (WorkingGroup group : groups) {
          out.printf("    %s (%s)%s%n", group.name(), words(group.kind()), groupDetails(group));
        }
      }
      if (!entry.activities().isEmpty()) {
        out.printf(LABEL, "Main activities:", entry.activities().size());
        for (MainActivity activity : entry.activities()) {
          out.printf("    %s: %s%n", activity.name(), responsible(entry, activity.responsible()));
        }
      }
      if (!entry.indicators().isEmpty()) {
        out.printf(LABEL, "Indicators:", entry.indicators().size());
        for (Indicator indicator : entry.indicators()) {
          out.println("    " + describe(indicator));
        }
      }
    }
  }

  /**
   * One indicator with its latest value, for example "Företagsbesök av kompetensmäklarna: 325 besök
   * at 2017-02-28 (target 400 from 0: 81.3 %)".
   */
  static String describe(Indicator indicator) {
    Optional<Measurement> latest = indicator.achievedBy(LocalDate.MAX);
    String target =
        "target " + number(indicator.target()) + " from " + number(indicator.baseline());
    return indicator.name()
        + ": "
        + latest
            .map(
                m ->
                    number(m.value())
                        + " "
                        + indicator.unit()
                        + " at "
                        + m.date()
                        + " ("
                        + target
                        + ": "
                        + indicator.progressBy(LocalDate.MAX).orElseThrow()
                        + ")")
            .orElse("not measured yet (" + target + ")");
  }

  /**
   * The projects as the REST API's {@code GET /projects?year=...} answers them: the projects
   * themselves; partners, working groups, activities and indicators are at their own routes.
   */
  @Override
  public String json() {
    return ApiJson.projects(entries.stream().map(Entry::project).toList());
  }

  private static void printPartners(PrintWriter out, List<Partner> partners) {
    List<Partner> joined = partners.stream().filter(p -> !p.prospective()).toList();
    List<Partner> prospective = partners.stream().filter(Partner::prospective).toList();
    out.printf(
        LABEL,
        "Partners:",
        joined.size()
            + (prospective.isEmpty() ? "" : " (and " + prospective.size() + " prospective)"));
    // countries alphabetically, roles in their declared order (lead first)
    Map<String, Map<PartnerRole, List<Partner>>> byCountry =
        joined.stream()
            .collect(
                Collectors.groupingBy(
                    Partner::country,
                    TreeMap::new,
                    Collectors.groupingBy(
                        Partner::role,
                        () -> new EnumMap<>(PartnerRole.class),
                        Collectors.toList())));
    byCountry.forEach(
        (country, roles) ->
            roles.forEach(
                (role, list) ->
                    out.printf(
                        "    %s %s (%d): %s%n",
                        country,
                        words(role),
                        list.size(),
                        list.stream()
                            .map(Partner::organisation)
                            .collect(Collectors.joining(", ")))));
    if (!prospective.isEmpty()) {
      out.printf(
          "    prospective (%d): %s%n",
          prospective.size(),
          prospective.stream()
              .map(p -> p.organisation() + " (" + p.country() + " " + words(p.role()) + ")")
              .collect(Collectors.joining(", ")));
    }
  }

  private static String programme(Entry entry) {
    return entry
        .programme()
        .map(p -> p.name() + " (" + p.kind() + ")")
        .orElse(entry.project().programme().value());
  }

  private static String groupDetails(WorkingGroup group) {
    StringBuilder text = new StringBuilder();
    if (!group.organisations().isEmpty()) {
      text.append(": ").append(String.join(", ", group.organisations()));
    }
    if (!group.meetings().isEmpty()) {
      text.append("; ")
          .append(Summaries.count(group.meetings().size(), "meeting"))
          .append(" (")
          .append(group.meetings().stream().map(MeetingId::value).collect(Collectors.joining(", ")))
          .append(')');
    }
    return text.toString();
  }

  private static String responsible(Entry entry, PartnerId id) {
    return entry.partners().stream()
        .filter(p -> p.id().equals(id))
        .map(Partner::organisation)
        .findFirst()
        .orElse(id.value());
  }

  /** 325.00 → "325", 81.25 → "81.25". */
  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String words(Enum<?> constant) {
    return GovernanceReport.words(constant.name());
  }

  private record Entry(
      Project project,
      Optional<FundingProgramme> programme,
      List<Partner> partners,
      List<WorkingGroup> groups,
      List<MainActivity> activities,
      List<Indicator> indicators) {}
}
