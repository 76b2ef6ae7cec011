package se.westum.consortium.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * The projects running in a year, each with everything that belongs to it, as text for people or
 * JSON for programs. Indicators show their latest value, whenever it was measured: a report on a
 * year is read after the year, and the newest figure is the one wanted.
 */
final class ProjectsReport implements Report {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter JSON = MAPPER.writerWithDefaultPrettyPrinter();
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

  /** The projects as a JSON object. */
  @Override
  public String json() throws JsonProcessingException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("year", year);
    ArrayNode projects = root.putArray("projects");
    for (Entry entry : entries) {
      Project project = entry.project();
      ObjectNode node = projects.addObject();
      node.put("id", project.id().value()).put("name", project.name());
      ObjectNode programme = node.putObject("programme").put("id", project.programme().value());
      entry
          .programme()
          .ifPresent(p -> programme.put("name", p.name()).put("kind", p.kind().name()));
      node.put("start", project.period().start().toString())
          .put("end", project.period().end().toString())
          .put("status", project.status().name())
          .put("coordinator", project.coordinator());
      putDate(node, "applicationDeadline", project.applicationDeadline());
      putDate(node, "finalReportDeadline", project.finalReportDeadline());
      ArrayNode audits = node.putArray("audits");
      for (Audit audit : project.audits()) {
        audits
            .addObject()
            .put("date", audit.date().toString())
            .put("authority", audit.authority())
            .put("outcome", audit.outcome());
      }
      partnersJson(node, entry.partners());
      ArrayNode groups = node.putArray("workingGroups");
      for (WorkingGroup group : entry.groups()) {
        ObjectNode g =
            groups
                .addObject()
                .put("id", group.id().value())
                .put("name", group.name())
                .put("kind", group.kind().name());
        group.organisations().forEach(g.putArray("organisations")::add);
        ArrayNode meetings = g.putArray("meetings");
        group.meetings().forEach(m -> meetings.add(m.value()));
      }
      ArrayNode activities = node.putArray("activities");
      for (MainActivity activity : entry.activities()) {
        activities
            .addObject()
            .put("id", activity.id().value())
            .put("name", activity.name())
            .put("responsible", activity.responsible().value())
            .put("responsibleOrganisation", responsible(entry, activity.responsible()));
      }
      ArrayNode indicators = node.putArray("indicators");
      for (Indicator indicator : entry.indicators()) {
        ObjectNode i =
            indicators
                .addObject()
                .put("id", indicator.id().value())
                .put("name", indicator.name())
                .put("unit", indicator.unit())
                .put("baseline", indicator.baseline())
                .put("target", indicator.target());
        Optional<Measurement> latest = indicator.achievedBy(LocalDate.MAX);
        if (latest.isPresent()) {
          i.putObject("latest")
              .put("date", latest.get().date().toString())
              .put("value", latest.get().value());
          i.put("progressPercent", indicator.progressBy(LocalDate.MAX).orElseThrow().value());
        } else {
          i.putNull("latest");
          i.putNull("progressPercent");
        }
      }
    }
    return JSON.writeValueAsString(root);
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

  private static void partnersJson(ObjectNode node, List<Partner> partners) {
    ArrayNode array = node.putArray("partners");
    ObjectNode byCountry = node.putObject("partnersByCountry");
    for (Partner partner : partners) {
      array
          .addObject()
          .put("id", partner.id().value())
          .put("organisation", partner.organisation())
          .put("country", partner.country())
          .put("nationalId", partner.nationalId().value())
          .put("role", partner.role().name())
          .put("member", partner.member().map(OrganisationNumber::value).orElse(null))
          .put("prospective", partner.prospective());
      if (!partner.prospective()) {
        ObjectNode country =
            byCountry.has(partner.country())
                ? (ObjectNode) byCountry.get(partner.country())
                : byCountry.putObject(partner.country());
        String role = partner.role().name();
        country.put(role, country.path(role).asInt(0) + 1);
      }
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

  private static void putDate(ObjectNode node, String field, Optional<LocalDate> day) {
    if (day.isPresent()) {
      node.put(field, day.get().toString());
    } else {
      node.putNull(field);
    }
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
