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
package se.westum.consortium.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import se.westum.consortium.application.port.in.RecordActivityCommand;
import se.westum.consortium.application.port.in.RecordBoardTermCommand;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.in.RecordEventCommand;
import se.westum.consortium.application.port.in.RecordGoalCommand;
import se.westum.consortium.application.port.in.RecordIndicatorCommand;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.application.port.in.RecordMobilityCommand;
import se.westum.consortium.application.port.in.RecordMobilityGrantCommand;
import se.westum.consortium.application.port.in.RecordPartnerCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.in.RecordStaffMemberCommand;
import se.westum.consortium.application.port.in.RecordWorkingGroupCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.testing.GovernanceLists;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.ProjectLists;

/**
 * What the record use cases accept always exports and re-imports, for governance and projects: any
 * terms, meetings, decisions, goals, events and staff that {@code recordGovernance} accepted, and
 * any programmes, projects, partners, groups, activities, indicators, grants and mobilities that
 * {@code recordProjects} and {@code recordMobilities} accepted, exported to CSV in either dialect
 * and imported into an empty store, give the same records, the same governance figures and the same
 * budget consumption.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordedThenImportedGovernanceAndProjectsPropertiesTest {

  /** The member partners and mobilities of the generated projects may name. */
  private static final String MEMBER = "212000-1660";

  @TempDir Path dir;

  /** The record kinds some example kept, so the property is not shown on empty stores only. */
  private final Set<String> kept = new TreeSet<>();

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void accepted_governance_and_project_records_exported_and_imported_are_the_same(
      CsvDialect dialect) {
    qt().withExamples(40)
        .withShrinkCycles(20)
        .forAll(records())
        .checkAssert(
            generated -> {
              // given what the record use cases accepted
              Consortium recorded = Consortium.builder().storage(new InMemoryStorage()).build();
              record(recorded, generated);
              Path folder = fresh(dialect);

              // when
              write(CsvDatasets.writer(dialect), recorded, folder);
              Consortium imported = Consortium.builder().storage(new InMemoryStorage()).build();
              CsvDatasetReader reader = CsvDatasets.reader(dialect);
              imported.membership().importDataset(reader.readMembership(folder));
              imported.governance().importDataset(reader.readGovernance(folder));
              imported.projects().importDataset(reader.readProjects(folder));

              // then
              keep(recorded);
              assertThat(governance(imported)).isEqualTo(governance(recorded));
              assertThat(projects(imported)).isEqualTo(projects(recorded));
              for (int year : years(recorded)) {
                assertThat(imported.governance().figures(year))
                    .isEqualTo(recorded.governance().figures(year));
              }
              for (MobilityGrant grant : projects(recorded).grantList()) {
                for (LocalDate day : days(projects(recorded))) {
                  String acronym = grant.project().value();
                  assertThat(imported.mobility().budget(new ProjectId(acronym), day))
                      .isEqualTo(recorded.mobility().budget(new ProjectId(acronym), day));
                }
              }
            });
    assertThat(kept)
        .containsExactlyInAnyOrder(
            "terms",
            "meetings",
            "decisions",
            "goals",
            "events",
            "staff",
            "programmes",
            "projects",
            "partners",
            "groups",
            "activities",
            "indicators",
            "grants",
            "mobilities");
  }

  private void keep(Consortium recorded) {
    GovernanceLists governance = governance(recorded);
    ProjectLists projects = projects(recorded);
    kept(!governance.terms().isEmpty(), "terms");
    kept(!governance.meetingList().isEmpty(), "meetings");
    kept(!governance.decisionList().isEmpty(), "decisions");
    kept(!governance.goalList().isEmpty(), "goals");
    kept(!governance.eventList().isEmpty(), "events");
    kept(!projects.staffList().isEmpty(), "staff");
    kept(!projects.programmeList().isEmpty(), "programmes");
    kept(!projects.projectList().isEmpty(), "projects");
    kept(!projects.partnerList().isEmpty(), "partners");
    kept(projects.groupList().stream().anyMatch(g -> !g.meetings().isEmpty()), "groups");
    kept(!projects.activityList().isEmpty(), "activities");
    kept(!projects.indicatorList().isEmpty(), "indicators");
    kept(!projects.grantList().isEmpty(), "grants");
    kept(!projects.mobilityList().isEmpty(), "mobilities");
  }

  private void kept(boolean any, String kind) {
    if (any) {
      kept.add(kind);
    }
  }

  /** Generated governance, projects and staff: the record use cases decide what is kept. */
  record Generated(GovernanceLists governance, ProjectLists projects, List<Integer> staff) {}

  private static Gen<Generated> records() {
    return GovernanceRoundTripPropertiesTest.datasets()
        .zip(
            ProjectRoundTripPropertiesTest.datasets(),
            lists().of(integers().between(0, 999)).ofSize(12),
            Generated::new);
  }

  /** Records every generated record through its use case; a refused one is left out. */
  private static void record(Consortium consortium, Generated generated) {
    accepted(
        () ->
            consortium
                .membership()
                .register(
                    new RegisterMemberCommand(
                        MEMBER,
                        "Fyrbodal",
                        MemberKind.FEDERATION,
                        List.of("1484"),
                        LocalDate.of(2000, 1, 1),
                        null)));
    GovernanceLists governance = generated.governance();
    governance.goals().forEach(g -> accepted(() -> recordGoal(consortium, g)));
    governance.boardTerms().forEach(t -> accepted(() -> recordTerm(consortium, t)));
    governance.meetings().forEach(m -> accepted(() -> recordMeeting(consortium, m)));
    governance.decisions().forEach(d -> accepted(() -> recordDecision(consortium, d)));
    governance.events().forEach(e -> accepted(() -> recordEvent(consortium, e)));
    ProjectLists projects = generated.projects();
    projects.programmes().forEach(p -> accepted(() -> recordProgramme(consortium, p)));
    projects.projects().forEach(p -> accepted(() -> recordProject(consortium, p)));
    projects.partners().forEach(p -> accepted(() -> recordPartner(consortium, p)));
    List<String> meetings =
        governance(consortium).meetingList().stream().map(m -> m.id().value()).toList();
    projects.workingGroups().forEach(g -> accepted(() -> recordGroup(consortium, g, meetings)));
    projects.activities().forEach(a -> accepted(() -> recordActivity(consortium, a)));
    projects.indicators().forEach(i -> accepted(() -> recordIndicator(consortium, i)));
    projects.mobilityGrants().forEach(g -> accepted(() -> recordGrant(consortium, g)));
    projects.mobilities().forEach(m -> accepted(() -> recordMobility(consortium, m)));
    List<String> acronyms = projects.projectList().stream().map(p -> p.id().value()).toList();
    List<Integer> draws = generated.staff();
    for (int s = 0; s < draws.get(0) % 4; s++) {
      int draw = draws.get(1 + s);
      String id = "S-" + s;
      accepted(() -> recordStaff(consortium, id, draw, acronyms));
    }
  }

  private static void recordGoal(Consortium consortium, Goal goal) {
    consortium
        .governance()
        .recordGoal(
            new RecordGoalCommand(
                goal.id().value(), goal.fiscalYear().getValue(), goal.number(), goal.title()));
  }

  private static void recordTerm(Consortium consortium, BoardTerm term) {
    consortium
        .governance()
        .recordBoardTerm(
            new RecordBoardTermCommand(
                term.id().value(),
                term.period().start(),
                term.period().end(),
                term.seats().stream()
                    .map(
                        s ->
                            new RecordBoardTermCommand.Seat(
                                s.person().value(), s.name().value(), s.role()))
                    .toList(),
                term.positions().stream()
                    .map(
                        p ->
                            new RecordBoardTermCommand.PositionHolder(
                                p.kind(), p.person().value(), p.name().value()))
                    .toList()));
  }

  private static void recordMeeting(Consortium consortium, Meeting meeting) {
    consortium
        .governance()
        .recordMeeting(
            new RecordMeetingCommand(
                meeting.id().value(),
                meeting.kind(),
                meeting.dates().start(),
                meeting.dates().end(),
                meeting.place(),
                meeting.present().stream().map(PersonRef::value).toList()));
  }

  private static void recordDecision(Consortium consortium, Decision decision) {
    consortium
        .governance()
        .recordDecision(
            new RecordDecisionCommand(
                decision.id().meeting().value(),
                decision.id().paragraph(),
                decision.subject(),
                decision.outcome()));
  }

  private static void recordEvent(Consortium consortium, Event event) {
    Integer total = null;
    List<RecordEventCommand.OrganisationCount> organisations = null;
    List<String> people = null;
    if (event.participation() instanceof Participation.Total t) {
      total = t.count();
    } else if (event.participation() instanceof Participation.ByOrganisation o) {
      organisations =
          o.rows().stream()
              .map(
                  r ->
                      new RecordEventCommand.OrganisationCount(
                          r.organisation(), r.country(), r.count()))
              .toList();
    } else if (event.participation() instanceof Participation.ByPerson p) {
      people = p.people().stream().map(PersonRef::value).toList();
    }
    consortium
        .governance()
        .recordEvent(
            new RecordEventCommand(
                event.id().value(),
                event.kind(),
                event.name(),
                event.dates().start(),
                event.dates().end(),
                event.place(),
                event.country(),
                event.organiser(),
                event.goal().map(g -> g.value()).orElse(null),
                total,
                organisations,
                people));
  }

  /** An employment drawn from one number: its start, length and projects. */
  private static void recordStaff(
      Consortium consortium, String id, int draw, List<String> acronyms) {
    LocalDate started = LocalDate.of(1995, 1, 1).plusDays(draw * 13L);
    LocalDate ended = draw % 3 == 0 ? null : started.plusDays(draw % 700);
    List<String> worked = new ArrayList<>();
    for (int p = 0; p < acronyms.size(); p++) {
      if ((draw >> p & 1) == 1) {
        worked.add(acronyms.get(p));
      }
    }
    if (draw % 7 == 0) {
      worked.add("NO-SUCH-PROJECT");
    }
    consortium
        .governance()
        .recordStaffMember(
            new RecordStaffMemberCommand(
                id, "Anna " + id, "project coordinator", started, ended, worked));
  }

  private static void recordProgramme(Consortium consortium, FundingProgramme programme) {
    consortium
        .projects()
        .recordProgramme(
            new RecordProgrammeCommand(programme.id().value(), programme.name(), programme.kind()));
  }

  private static void recordProject(Consortium consortium, Project project) {
    consortium
        .projects()
        .recordProject(
            new RecordProjectCommand(
                project.id().value(),
                project.name(),
                project.programme().value(),
                project.period().start(),
                project.period().end(),
                project.coordinator(),
                project.status(),
                project.applicationDeadline().orElse(null),
                project.finalReportDeadline().orElse(null),
                project.audits().stream()
                    .map(
                        a ->
                            new RecordProjectCommand.AuditEntry(
                                a.date(), a.authority(), a.outcome()))
                    .toList()));
  }

  private static void recordPartner(Consortium consortium, Partner partner) {
    consortium
        .projects()
        .recordPartner(
            new RecordPartnerCommand(
                partner.id().value(),
                partner.project().value(),
                partner.organisation(),
                partner.nationalId().country(),
                partner.nationalId().value(),
                partner.role(),
                partner.member().map(OrganisationNumber::value).orElse(null),
                partner.prospective()));
  }

  /** A group names the recorded meetings, as many as it was generated with. */
  private static void recordGroup(
      Consortium consortium, WorkingGroup group, List<String> meetings) {
    consortium
        .projects()
        .recordWorkingGroup(
            new RecordWorkingGroupCommand(
                group.id().value(),
                group.project().value(),
                group.name(),
                group.kind(),
                group.organisations(),
                meetings.subList(0, Math.min(meetings.size(), group.meetings().size()))));
  }

  private static void recordActivity(Consortium consortium, MainActivity activity) {
    consortium
        .projects()
        .recordActivity(
            new RecordActivityCommand(
                activity.id().value(),
                activity.project().value(),
                activity.name(),
                activity.responsible().value()));
  }

  private static void recordIndicator(Consortium consortium, Indicator indicator) {
    consortium
        .projects()
        .recordIndicator(
            new RecordIndicatorCommand(
                indicator.id().value(),
                indicator.project().value(),
                indicator.name(),
                indicator.unit(),
                indicator.baseline(),
                indicator.target(),
                indicator.measurements().stream()
                    .map(m -> new RecordIndicatorCommand.MeasurementEntry(m.date(), m.value()))
                    .toList()));
  }

  private static void recordGrant(Consortium consortium, MobilityGrant grant) {
    consortium
        .mobility()
        .recordGrant(
            new RecordMobilityGrantCommand(
                grant.project().value(),
                grant.callYear().getValue(),
                grant.categories().stream()
                    .map(
                        c ->
                            new RecordMobilityGrantCommand.Category(
                                c.category(),
                                c.places(),
                                c.budget().amount(),
                                List.of(
                                    c.dailyRates().get(1).amount(),
                                    c.dailyRates().get(2).amount(),
                                    c.dailyRates().get(3).amount())))
                    .toList(),
                grant.target().value()));
  }

  private static void recordMobility(Consortium consortium, Mobility mobility) {
    Place from = mobility.sending();
    Place to = mobility.receiving();
    consortium
        .mobility()
        .record(
            new RecordMobilityCommand(
                mobility.id().value(),
                mobility.project().value(),
                mobility.participant().value(),
                mobility.category(),
                from.organisation(),
                from.city(),
                from.country(),
                coordinates(from.coordinates()),
                mobility.sendingMember().map(OrganisationNumber::value).orElse(null),
                to.organisation(),
                to.city(),
                to.country(),
                coordinates(to.coordinates()),
                mobility.start(),
                mobility.end(),
                mobility.travelDays(),
                mobility.greenTravel(),
                mobility.fewerOpportunities(),
                mobility.courseDays(),
                mobility.status()));
  }

  private static String coordinates(Coordinates at) {
    return at.latitude().toPlainString() + "," + at.longitude().toPlainString();
  }

  private static void accepted(Runnable useCase) {
    try {
      useCase.run();
    } catch (DomainException refused) {
      // the property is about what was accepted
    }
  }

  private static GovernanceLists governance(Consortium consortium) {
    return GovernanceLists.of(consortium.governance().export());
  }

  private static ProjectLists projects(Consortium consortium) {
    return ProjectLists.of(consortium.projects().export());
  }

  /** Every year a recorded term, meeting, event, goal or employment falls in. */
  private static Set<Integer> years(Consortium consortium) {
    GovernanceLists governance = governance(consortium);
    Set<Integer> years = new TreeSet<>(List.of(2016));
    governance.terms().forEach(t -> years.add(t.period().start().getYear()));
    governance.meetingList().forEach(m -> years.add(m.dates().start().getYear()));
    governance.eventList().forEach(e -> years.add(e.dates().start().getYear()));
    governance.goalList().forEach(g -> years.add(g.fiscalYear().getValue()));
    projects(consortium)
        .staffList()
        .forEach(
            s -> {
              years.add(s.started().getYear());
              s.ended().ifPresent(end -> years.add(end.getYear()));
            });
    return years;
  }

  /** The days a mobility starts or ends, and one after them all. */
  private static Set<LocalDate> days(ProjectLists projects) {
    Set<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(2040, 1, 1)));
    for (Mobility mobility : projects.mobilityList()) {
      days.add(mobility.start());
      days.add(mobility.end());
    }
    return days;
  }

  private Path fresh(CsvDialect dialect) {
    Path folder = dir.resolve(dialect.cliName());
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(CsvDatasetWriter writer, Consortium consortium, Path folder) {
    try {
      writer.writeMembership(consortium.membership().export(), folder);
      writer.writeGovernance(consortium.governance().export(), folder);
      writer.writeProjects(consortium.projects().export(), folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }
}
