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
package se.westum.consortium.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.NeedsReport;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.FigureValue;
import se.westum.consortium.domain.report.Keys;
import se.westum.consortium.domain.report.ProjectSection;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.Trace;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.FocusAreaEvidence;
import se.westum.consortium.domain.training.PartnerCompliance;
import se.westum.consortium.domain.training.QuotaStatus;
import se.westum.consortium.domain.training.RecordSource;
import se.westum.consortium.domain.training.SectorEvidence;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingAssessment;
import se.westum.consortium.domain.training.TrainingStatus;

/**
 * One project's section of the report: read through the storage ports and the project and training
 * use cases, so each figure is computed by the rule that computes it everywhere else.
 */
final class ProjectSectionComputation {

  private final Storage storage;
  private final ProjectService projects;
  private final TrainingService training;
  private final FiscalYear year;
  private final LocalDate asOf;
  private final Map<OrganisationNumber, Member> members;
  private final List<ReportFinding> findings;

  ProjectSectionComputation(
      Storage storage,
      ProjectService projects,
      TrainingService training,
      FiscalYear year,
      LocalDate asOf,
      Map<OrganisationNumber, Member> members,
      List<ReportFinding> findings) {
    this.storage = storage;
    this.projects = projects;
    this.training = training;
    this.year = year;
    this.asOf = asOf;
    this.members = members;
    this.findings = findings;
  }

  ProjectSection section(Project project, List<Event> allEvents) {
    String acronym = project.id().value();
    String k = "project." + Keys.slug(acronym);
    List<Partner> partners = storage.partners().ofProject(project.id());
    List<Partner> current = partners.stream().filter(p -> !p.prospective()).toList();
    // one assessment of the project's trainings for both the training list and the quotas
    Optional<ComplianceReport> compliance =
        storage.trainings().ofProject(project.id()).isEmpty()
            ? Optional.empty()
            : Optional.of(training.compliance(project.id(), asOf));
    Figure partnerCount =
        Figure.count(
            k + ".partners",
            current.size(),
            Trace.of(
                "partner",
                ids(current.stream().map(p -> p.id().value())),
                "partners of " + acronym + " not marked prospective"));
    String programme =
        storage
            .programmes()
            .find(project.programme())
            .map(p -> p.name())
            .orElse(project.programme().value());
    return new ProjectSection(
        acronym,
        project.name(),
        programme,
        project.status(),
        project.period().start(),
        project.period().end(),
        project.coordinator(),
        partnerCount,
        byCountry(k, acronym, current),
        groups(k, project, partners),
        activities(project, partners),
        indicators(k, project),
        needs(k, project),
        trainings(k, compliance, partners),
        quotas(k, compliance),
        consumption(k, project),
        audits(k, project),
        deadlines(k, project),
        partners.stream().filter(Partner::prospective).map(Partner::organisation).toList(),
        Figure.count(
            k + ".prospective",
            partners.size() - current.size(),
            Trace.of(
                "partner",
                ids(partners.stream().filter(Partner::prospective).map(p -> p.id().value())),
                "partners of " + acronym + " marked prospective (interested in joining)")),
        participation(k, project, partners, allEvents));
  }

  private List<ProjectSection.CountryPartners> byCountry(
      String k, String acronym, List<Partner> partners) {
    Map<String, List<Partner>> byCountry = new TreeMap<>();
    partners.forEach(p -> byCountry.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(p));
    List<ProjectSection.CountryPartners> countries = new ArrayList<>();
    byCountry.forEach(
        (country, of) -> {
          String ck = k + ".partners." + Keys.slug(country);
          List<Partner> municipalities = ofKind(of, MemberKind.MUNICIPALITY);
          List<Partner> federations = ofKind(of, MemberKind.FEDERATION);
          countries.add(
              new ProjectSection.CountryPartners(
                  country,
                  Figure.count(
                      ck, of.size(), partnerTrace(of, acronym + "'s partners in " + country)),
                  Figure.count(
                      ck + ".municipalities",
                      municipalities.size(),
                      partnerTrace(
                          municipalities,
                          acronym
                              + "'s partners in "
                              + country
                              + " whose member record is of kind MUNICIPALITY")),
                  Figure.count(
                      ck + ".federations",
                      federations.size(),
                      partnerTrace(
                          federations,
                          acronym
                              + "'s partners in "
                              + country
                              + " whose member record is of kind FEDERATION")),
                  of.stream().map(Partner::organisation).toList()));
        });
    countries.sort(
        Comparator.comparing((ProjectSection.CountryPartners c) -> -c.organisations().size())
            .thenComparing(ProjectSection.CountryPartners::country));
    return countries;
  }

  private List<Partner> ofKind(List<Partner> partners, MemberKind kind) {
    return partners.stream()
        .filter(p -> p.member().map(members::get).map(m -> m.kind() == kind).orElse(false))
        .toList();
  }

  private static Trace partnerTrace(List<Partner> partners, String rule) {
    return Trace.of("partner", ids(partners.stream().map(p -> p.id().value())), rule);
  }

  private List<ProjectSection.Group> groups(String k, Project project, List<Partner> partners) {
    List<ProjectSection.Group> groups = new ArrayList<>();
    for (WorkingGroup group : storage.workingGroups().ofProject(project.id())) {
      List<Meeting> held =
          group.meetings().stream()
              .map(id -> storage.meetings().find(id))
              .flatMap(Optional::stream)
              .filter(m -> year.contains(m.dates().start()))
              .sorted(Comparator.comparing(m -> m.dates().start()))
              .toList();
      groups.add(
          new ProjectSection.Group(
              group.id().value(),
              group.name(),
              group.kind(),
              group.organisations(),
              Figure.count(
                  k + ".group." + Keys.slug(group.id().value()) + ".meetings",
                  held.size(),
                  Trace.of(
                      "meeting",
                      ids(held.stream().map(m -> m.id().value())),
                      "meetings of group " + group.id().value() + " starting in " + year.year())),
              held.stream().map(m -> m.dates().start()).toList()));
    }
    return groups;
  }

  private List<ProjectSection.Activity> activities(Project project, List<Partner> partners) {
    List<ProjectSection.Activity> activities = new ArrayList<>();
    for (MainActivity activity : storage.activities().ofProject(project.id())) {
      String lead =
          partners.stream()
              .filter(p -> p.id().equals(activity.responsible()))
              .map(Partner::organisation)
              .findFirst()
              .orElse(activity.responsible().value());
      activities.add(
          new ProjectSection.Activity(
              activity.id().value(), activity.name(), activity.responsible().value(), lead));
    }
    return activities;
  }

  private List<ProjectSection.IndicatorItem> indicators(String k, Project project) {
    List<ProjectSection.IndicatorItem> items = new ArrayList<>();
    for (Indicator indicator : storage.indicators().ofProject(project.id())) {
      String ik = k + ".indicator." + Keys.slug(indicator.id().value());
      Trace record = Trace.of("indicator", List.of(indicator.id().value()), "the indicator record");
      Optional<Measurement> latest = indicator.achievedBy(asOf);
      Optional<Figure> latestFigure =
          latest.map(
              m ->
                  new Figure(
                      ik + ".latest",
                      new FigureValue.Measure(m.value(), indicator.unit()),
                      Optional.of(m.date()),
                      Trace.of(
                          "indicator-value",
                          List.of(indicator.id().value() + "@" + m.date()),
                          "the latest measurement on or before " + asOf)));
      Optional<Figure> progress =
          indicator
              .progressBy(asOf)
              .map(
                  p ->
                      new Figure(
                          ik + ".progress",
                          new FigureValue.Percent(p.value()),
                          latest.map(Measurement::date),
                          Trace.of(
                              "indicator-value",
                              latest
                                  .map(m -> List.of(indicator.id().value() + "@" + m.date()))
                                  .orElse(List.of()),
                              "(latest - baseline) / (target - baseline)")));
      Optional<Figure> fromRecords = Optional.empty();
      Optional<RecordSource> source =
          storage.indicatorFeeds().find(indicator.id()).map(f -> f.source());
      if (source.isPresent() && latest.isPresent()) {
        long counted = count(source.get(), project, latest.get().date());
        fromRecords =
            Optional.of(
                new Figure(
                    ik + ".records",
                    new FigureValue.Measure(BigDecimal.valueOf(counted), indicator.unit()),
                    Optional.of(latest.get().date()),
                    Trace.counted(
                        source.get().code(),
                        counted,
                        "the indicator's feed "
                            + source.get().code()
                            + " counted on "
                            + latest.get().date())));
      }
      items.add(
          new ProjectSection.IndicatorItem(
              indicator.id().value(),
              indicator.name(),
              indicator.unit(),
              new Figure(
                  ik + ".baseline",
                  new FigureValue.Measure(indicator.baseline(), indicator.unit()),
                  Optional.empty(),
                  record),
              new Figure(
                  ik + ".target",
                  new FigureValue.Measure(indicator.target(), indicator.unit()),
                  Optional.empty(),
                  record),
              latestFigure,
              progress,
              fromRecords));
    }
    return items;
  }

  private long count(RecordSource source, Project project, LocalDate day) {
    return switch (source) {
      case COMPANY_VISITS -> {
        try (Stream<CompanyVisit> visits = storage.companyVisits().ofProject(project.id())) {
          yield RecordSource.visits(visits.toList(), day);
        }
      }
      case SURVEY_ANSWERS -> {
        try (Stream<SurveyAnswer> answers = storage.surveyAnswers().ofProject(project.id())) {
          yield RecordSource.answers(answers.toList(), day);
        }
      }
      case TRAINING_PARTICIPANTS ->
          RecordSource.participants(storage.trainings().ofProject(project.id()), day);
      case DISTINCT_PEOPLE_AT_EVENTS -> {
        try (Stream<Event> events = storage.events().stream()) {
          yield RecordSource.distinctPeople(events.toList(), day);
        }
      }
    };
  }

  private Optional<ProjectSection.Needs> needs(String k, Project project) {
    List<String> visits;
    try (Stream<CompanyVisit> all = storage.companyVisits().ofProject(project.id())) {
      visits = all.filter(v -> !v.date().isAfter(asOf)).map(v -> v.id().value()).toList();
    }
    List<String> answers;
    try (Stream<SurveyAnswer> all = storage.surveyAnswers().ofProject(project.id())) {
      answers = all.filter(a -> !a.date().isAfter(asOf)).map(a -> a.id().value()).toList();
    }
    if (visits.isEmpty() && answers.isEmpty()) {
      return Optional.empty();
    }
    NeedsReport report = training.needs(project.id(), asOf);
    report.indicators().stream()
        .filter(f -> !f.satisfied())
        .forEach(f -> findings.add(finding(f, project.id().value(), "indicator", List.of())));
    List<SectorEvidence> sectors =
        report.analysis().sectors().stream().filter(SectorEvidence::selected).toList();
    List<FocusAreaEvidence> areas = report.focusAreas();
    String nk = k + ".needs";
    return Optional.of(
        new ProjectSection.Needs(
            Figure.count(
                    nk + ".visits",
                    visits.size(),
                    Trace.of(
                        "company-visit",
                        visits,
                        "company visits of "
                            + project.id().value()
                            + " dated on or before "
                            + asOf))
                .at(asOf),
            Figure.count(
                    nk + ".answers",
                    answers.size(),
                    Trace.of(
                        "survey-answer",
                        answers,
                        "survey answers of "
                            + project.id().value()
                            + " submitted on or before "
                            + asOf))
                .at(asOf),
            sectors.stream().map(SectorEvidence::name).toList(),
            Figure.count(
                nk + ".sectors",
                sectors.size(),
                Trace.of(
                    "sector",
                    sectors.stream().map(s -> s.sector().value()).toList(),
                    "sectors of the vocabulary marked selected")),
            areas.stream().map(FocusAreaEvidence::name).toList(),
            Figure.count(
                nk + ".focus-areas",
                areas.size(),
                Trace.of(
                    "focus-area",
                    areas.stream().map(a -> a.area().topic().value()).toList(),
                    "focus areas chosen on or before " + asOf))));
  }

  private List<ProjectSection.TrainingItem> trainings(
      String k, Optional<ComplianceReport> compliance, List<Partner> partners) {
    if (compliance.isEmpty()) {
      return List.of();
    }
    List<ProjectSection.TrainingItem> items = new ArrayList<>();
    for (TrainingAssessment assessment : compliance.get().trainings()) {
      Training t = assessment.training();
      String id = t.id().value();
      assessment.broken().forEach(f -> findings.add(finding(f, id, "training", List.of(id))));
      Optional<Figure> participants =
          t.deliveredOn()
              .map(
                  d ->
                      Figure.count(
                          k + ".training." + Keys.slug(id) + ".participants",
                          t.participantCount(),
                          Trace.of(
                              "training",
                              List.of(id),
                              "participants recorded for the delivered training")));
      String organisation =
          partners.stream()
              .filter(p -> p.id().equals(t.plan().partner()))
              .map(Partner::organisation)
              .findFirst()
              .orElse(t.plan().partner().value());
      items.add(
          new ProjectSection.TrainingItem(
              id,
              t.plan().title(),
              t.plan().kind(),
              t.status(),
              t.plan().partner().value(),
              organisation,
              Optional.of(t.plan().plannedOn()),
              t.deliveredOn(),
              t.decision().map(d -> d.meeting().value() + "§" + d.paragraph()),
              approvedOn(k, t),
              t.plan().transnational(),
              participants,
              assessment.broken().stream().map(Finding::rule).toList()));
    }
    return items;
  }

  /** The day the board approved the training: the first day of the approving decision's meeting. */
  private Optional<Figure> approvedOn(String k, Training t) {
    if (t.status() == TrainingStatus.PROPOSED || t.status() == TrainingStatus.REJECTED) {
      return Optional.empty();
    }
    return t.decision()
        .flatMap(
            d ->
                storage
                    .meetings()
                    .find(d.meeting())
                    .map(
                        meeting ->
                            Figure.day(
                                k + ".training." + Keys.slug(t.id().value()) + ".approved",
                                meeting.dates().start(),
                                Trace.of(
                                    "decision",
                                    List.of(d.meeting().value() + "§" + d.paragraph()),
                                    "the board decision that approved training "
                                        + t.id().value()
                                        + ", on its meeting's first day"))));
  }

  private List<ProjectSection.PartnerQuota> quotas(
      String k, Optional<ComplianceReport> compliance) {
    if (compliance.isEmpty()) {
      return List.of();
    }
    List<ProjectSection.PartnerQuota> quotas = new ArrayList<>();
    for (PartnerCompliance partner : compliance.get().partners()) {
      String id = partner.partner().value();
      // below the quota while the project runs is progress, not a finding
      if (partner.status() == QuotaStatus.NON_COMPLIANT) {
        findings.add(finding(partner.quota(), id, "partner", List.of(id)));
      }
      quotas.add(
          new ProjectSection.PartnerQuota(
              id,
              partner.organisation(),
              Figure.count(
                  k + ".quota." + Keys.slug(id) + ".trainings",
                  partner.counted() + partner.approved(),
                  Trace.of(
                      "partner",
                      List.of(id),
                      "needs-based trainings of the partner delivered or approved by " + asOf)),
              Figure.count(
                  k + ".quota." + Keys.slug(id) + ".delivered",
                  partner.delivered(),
                  Trace.of(
                      "partner",
                      List.of(id),
                      "needs-based trainings of the partner delivered by " + asOf)),
              Figure.count(
                  k + ".quota." + Keys.slug(id) + ".approved",
                  partner.approved(),
                  Trace.of(
                      "partner",
                      List.of(id),
                      "needs-based trainings of the partner approved and not delivered by "
                          + asOf)),
              compliance.get().quota().min(),
              compliance.get().quota().max(),
              partner.status()));
    }
    return quotas;
  }

  private List<ProjectSection.Consumption> consumption(String k, Project project) {
    if (storage.mobilityGrants().find(project.id()).isEmpty()) {
      return List.of();
    }
    List<ProjectSection.Consumption> all = new ArrayList<>();
    BudgetConsumption atYearEnd = projects.budget(project.id(), year.period().end());
    all.addAll(consumption(k + ".consumption.year-end", project, atYearEnd, true));
    if (asOf.isAfter(year.period().end())) {
      BudgetConsumption latest = projects.budget(project.id(), asOf);
      all.addAll(consumption(k + ".consumption.latest", project, latest, false));
    }
    return all;
  }

  private List<ProjectSection.Consumption> consumption(
      String k, Project project, BudgetConsumption budget, boolean judged) {
    List<ProjectSection.Consumption> items = new ArrayList<>();
    String acronym = project.id().value();
    LocalDate at = budget.at();
    for (CategoryConsumption c : budget.categories()) {
      String ck = k + "." + Keys.slug(c.category().name());
      Trace grant =
          Trace.of(
              "mobility-grant", List.of(acronym + "/" + c.category()), "the grant of the category");
      Trace used =
          Trace.counted(
              "mobility",
              c.placesUsed(),
              c.category()
                  + " mobilities of "
                  + acronym
                  + " completed by "
                  + at
                  + " (grouped in storage)");
      Trace forecast =
          Trace.counted(
              "mobility",
              c.forecastPlaces(),
              c.category() + " mobilities of " + acronym + " completed or planned");
      if (judged && !c.target().satisfied()) {
        findings.add(
            finding(
                c.target(),
                acronym + "/" + c.category(),
                "mobility-grant",
                List.of(acronym + "/" + c.category())));
      }
      items.add(
          new ProjectSection.Consumption(
              c.category(),
              at,
              Figure.count(ck + ".places-granted", c.grantedPlaces(), grant),
              Figure.count(ck + ".places-used", c.placesUsed(), used).at(at),
              Figure.percent(ck + ".places-used-percent", c.placesUsedPercent().value(), used)
                  .at(at),
              amount(ck + ".budget-granted", c.grantedBudget(), grant, Optional.empty()),
              amount(ck + ".budget-used", c.budgetUsed(), used, Optional.of(at)),
              Figure.percent(ck + ".budget-used-percent", c.budgetUsedPercent().value(), used)
                  .at(at),
              Figure.percent(
                  ck + ".target",
                  budget.grant().target().value(),
                  Trace.of("mobility-grant", List.of(acronym), "the grant's consumption target")),
              c.gap(),
              amount(ck + ".average-grant", c.averageGrant(), used, Optional.of(at)),
              amount(ck + ".budget-per-place", c.budgetPerPlace(), grant, Optional.empty()),
              Optional.of(
                  Figure.percent(
                      ck + ".forecast-places-percent",
                      c.forecastPlacesPercent().value(),
                      forecast)),
              Optional.of(
                  Figure.percent(
                      ck + ".forecast-budget-percent",
                      c.forecastBudgetPercent().value(),
                      forecast)),
              c.target().satisfied()));
    }
    return items;
  }

  private static Figure amount(
      String key,
      se.westum.consortium.domain.shared.Money money,
      Trace trace,
      Optional<LocalDate> at) {
    return new Figure(
        key, new FigureValue.Amount(money.amount(), money.currency().getCurrencyCode()), at, trace);
  }

  private List<ProjectSection.AuditItem> audits(String k, Project project) {
    List<ProjectSection.AuditItem> items = new ArrayList<>();
    for (Audit audit : project.audits()) {
      if (!year.contains(audit.date())) {
        continue;
      }
      String id = project.id().value() + "@" + audit.date();
      items.add(
          new ProjectSection.AuditItem(
              Figure.day(
                  k + ".audit." + audit.date(),
                  audit.date(),
                  Trace.of("audit", List.of(id), "audits of the project dated in " + year.year())),
              audit.authority(),
              audit.outcome()));
    }
    return items;
  }

  private List<ProjectSection.Deadline> deadlines(String k, Project project) {
    Trace record = Trace.of("project", List.of(project.id().value()), "the project record");
    List<ProjectSection.Deadline> deadlines = new ArrayList<>();
    project
        .applicationDeadline()
        .ifPresent(
            d ->
                deadlines.add(
                    new ProjectSection.Deadline(
                        ProjectSection.DeadlineKind.APPLICATION,
                        Figure.day(k + ".deadline.application", d, record))));
    deadlines.add(
        new ProjectSection.Deadline(
            ProjectSection.DeadlineKind.END,
            Figure.day(k + ".deadline.end", project.period().end(), record)));
    project
        .finalReportDeadline()
        .ifPresent(
            d ->
                deadlines.add(
                    new ProjectSection.Deadline(
                        ProjectSection.DeadlineKind.FINAL_REPORT,
                        Figure.day(k + ".deadline.final-report", d, record))));
    return deadlines;
  }

  /**
   * The distinct people at the project's own events (organiser = the acronym) that list their
   * participants by person, from the project's start to the end of the fiscal year.
   */
  private Optional<ProjectSection.Participation> participation(
      String k, Project project, List<Partner> partners, List<Event> allEvents) {
    LocalDate start = project.period().start();
    LocalDate end = year.period().end();
    List<Event> own =
        allEvents.stream()
            .filter(e -> e.organiser().equals(project.id().value()))
            .filter(
                e ->
                    e.participation()
                        instanceof se.westum.consortium.domain.governance.Participation.ByPerson)
            .filter(e -> !e.dates().start().isBefore(start) && !e.dates().start().isAfter(end))
            .toList();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = own.stream().map(e -> e.id().value()).toList();
    long people = RecordSource.distinctPeople(own, end);
    // the people listed are the coordinating partner's side of the project (Westum's Swedish
    // partners); their country is the coordinator's
    Optional<String> coordinating =
        partners.stream()
            .filter(p -> p.role() == se.westum.consortium.domain.project.PartnerRole.COORDINATING)
            .map(Partner::country)
            .findFirst();
    if (coordinating.isEmpty()) {
      return Optional.empty();
    }
    String country = coordinating.get();
    String rule =
        "distinct people listed at the events organised by "
            + project.id().value()
            + " from "
            + start
            + " to "
            + end;
    return Optional.of(
        new ProjectSection.Participation(
            country,
            start,
            Figure.count(
                k + ".officials." + Keys.slug(country), people, Trace.of("event", ids, rule)),
            Figure.count(
                k + ".officials." + Keys.slug(country) + ".events",
                own.size(),
                Trace.of(
                    "event",
                    ids,
                    "events organised by "
                        + project.id().value()
                        + " listing participants by person"))));
  }

  static List<String> ids(Stream<String> ids) {
    return ids.toList();
  }

  static ReportFinding finding(Finding finding, String subject, String kind, List<String> ids) {
    return ReportFinding.of(
        finding, subject, Trace.of(kind, ids.isEmpty() ? List.of(subject) : ids, finding.rule()));
  }
}
