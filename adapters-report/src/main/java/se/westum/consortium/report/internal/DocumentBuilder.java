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
package se.westum.consortium.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.BoardSection;
import se.westum.consortium.domain.report.EventsSection;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.FigureValue;
import se.westum.consortium.domain.report.GoalSection;
import se.westum.consortium.domain.report.ProjectSection;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.domain.report.ReportSection;
import se.westum.consortium.domain.report.SectionId;
import se.westum.consortium.domain.report.StaffSection;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;

/**
 * The core's report model turned into the {@link Document} the templates render: words from the
 * language's labels, figures formatted for it, charts laid out. Nothing is computed here that the
 * model does not hold; a figure is only ever written from a {@link Figure}.
 */
public final class DocumentBuilder {

  private final ReportLanguage language;
  private final Labels labels;
  private final Formats formats;

  private DocumentBuilder(ReportLanguage language) {
    this.language = language;
    this.labels = Labels.of(language);
    this.formats = Formats.of(language);
  }

  /** The document of a report in a language. */
  public static Document build(AnnualReport report, ReportLanguage language) {
    return new DocumentBuilder(language).document(report);
  }

  private Document document(AnnualReport report) {
    String year = String.valueOf(report.year());
    String title = labels.get("report.title", year);
    Document.Metadata metadata =
        new Document.Metadata(
            title,
            labels.get("report.author"),
            labels.get("report.subject", year),
            labels.get("report.keywords", year),
            report.year(),
            report.fiscalYear().end().value() instanceof FigureValue.Day d
                ? d.value()
                : LocalDate.of(report.year(), 12, 31));
    String subtitle =
        labels.get("fiscal-year.heading")
            + ": "
            + formats.isoDate(day(report.fiscalYear().start()))
            + " – "
            + formats.isoDate(day(report.fiscalYear().end()));

    List<Document.Section> sections = new ArrayList<>();
    sections.add(board(report));
    for (GoalSection goal : report.goalSections()) {
      sections.add(goal(report, goal));
    }
    if (!report.otherProjects().projects().isEmpty() || !report.otherEvents().events().isEmpty()) {
      List<Block> blocks = new ArrayList<>();
      narrative(report, SectionId.PROJECTS, blocks);
      report.otherProjects().projects().forEach(p -> project(report, p, blocks));
      narrative(report, SectionId.EVENTS, blocks);
      events(report.otherEvents().events(), blocks);
      sections.add(new Document.Section("other", labels.get("other.heading"), true, blocks));
    }
    sections.add(figures(report));
    sections.add(staffAndFindings(report));

    List<BoardSection.Member> members = report.board().members();
    List<Document.Signatory> signatories = new ArrayList<>();
    var lines = report.signatures().lines();
    for (int i = 0; i < lines.size(); i++) {
      String name =
          i < members.size() && members.get(i).role() == lines.get(i) ? members.get(i).name() : "";
      signatories.add(new Document.Signatory(enumLabel(lines.get(i)), name));
    }
    Document.Signatures signatures =
        new Document.Signatures(
            labels.get("signatures.heading"),
            labels.get("signatures.intro", year),
            labels.get("signatures.place-and-date"),
            signatories);
    List<Document.Finding> findings =
        report.findings().findings().stream()
            .map(
                f ->
                    new Document.Finding(
                        f.rule(),
                        f.subject(),
                        f.reason(),
                        new TracedFigure.Trace(
                            f.trace().recordKind(),
                            f.trace().recordIds(),
                            f.trace().recordCount(),
                            f.trace().rule()),
                        f.code(),
                        f.arguments()))
            .toList();
    return new Document(
        language, metadata, title, subtitle, sections, signatures, traced(report), findings);
  }

  private Document.Section board(AnnualReport report) {
    List<Block> blocks = new ArrayList<>();
    narrative(report, SectionId.BOARD, blocks);
    blocks.add(
        new Block.Items(
            report.board().members().stream()
                .map(m -> enumLabel(m.role()) + " " + m.name())
                .toList()));
    List<List<String>> rows = new ArrayList<>();
    for (BoardSection.MeetingCount count : report.board().meetings()) {
      rows.add(List.of(enumLabel(count.kind()), value(count.meetings()), value(count.days())));
    }
    blocks.add(
        new Block.Paragraph(
            labels.get(
                "board.sessions",
                value(report.board().memberCount()),
                value(report.board().sessions()),
                String.valueOf(report.year()))));
    if (!rows.isEmpty()) {
      blocks.add(
          new Block.Table(
              labels.get("board.meetings.caption"),
              List.of(
                  labels.get("board.meetings.kind"),
                  labels.get("board.meetings.count"),
                  labels.get("board.meetings.days")),
              rows,
              List.of(false, true, true)));
    }
    blocks.add(new Block.Heading(3, labels.get("positions.heading")));
    narrative(report, SectionId.POSITIONS, blocks);
    var positions = report.positions();
    blocks.add(
        new Block.Paragraph(
            labels.get("positions.nomination-committee", value(positions.nominationCommittee()))));
    blocks.add(
        new Block.Items(
            positions
                .of(se.westum.consortium.domain.governance.PositionKind.NOMINATION_COMMITTEE)
                .stream()
                .map(h -> h.name())
                .toList()));
    blocks.add(new Block.Paragraph(labels.get("positions.auditors", value(positions.auditors()))));
    blocks.add(
        new Block.Items(
            positions.of(se.westum.consortium.domain.governance.PositionKind.AUDITOR).stream()
                .map(h -> h.name())
                .toList()));
    blocks.add(new Block.Heading(3, labels.get("goals.heading", String.valueOf(report.year()))));
    narrative(report, SectionId.GOALS, blocks);
    blocks.add(
        new Block.Items(
            report.goals().goals().stream().map(g -> g.number() + ". " + g.title()).toList()));
    return new Document.Section("board", labels.get("board.heading"), true, blocks);
  }

  private Document.Section goal(AnnualReport report, GoalSection goal) {
    List<Block> blocks = new ArrayList<>();
    narrative(report, goal.id(), blocks);
    for (ProjectSection project : goal.projects()) {
      project(report, project, blocks);
    }
    if (!goal.alsoProjects().isEmpty()) {
      blocks.add(
          new Block.Paragraph(labels.get("goal.also-projects") + " " + join(goal.alsoProjects())));
    }
    if (!goal.trainings().isEmpty()) {
      blocks.add(new Block.Heading(3, labels.get("goal.trainings")));
      blocks.add(
          new Block.Items(goal.trainings().stream().map(t -> trainingTitle(report, t)).toList()));
    }
    events(goal.events(), blocks);
    if (!goal.decisions().isEmpty()) {
      blocks.add(new Block.Heading(3, labels.get("goal.decisions")));
      blocks.add(
          new Block.Table(
              labels.get("goal.decisions"),
              List.of(
                  labels.get("decision.number"),
                  labels.get("decision.date"),
                  labels.get("decision.subject"),
                  labels.get("decision.outcome")),
              goal.decisions().stream()
                  .map(d -> List.of(d.decision(), formats.date(d.date()), d.subject(), d.outcome()))
                  .toList(),
              List.of(false, false, false, false)));
    }
    return new Document.Section(
        goal.id().value(), goal.number() + ". " + goal.title(), true, blocks);
  }

  /** A training by its title, as its project's section shows it; by its id if none does. */
  private static String trainingTitle(AnnualReport report, String training) {
    return Stream.concat(
            report.goalSections().stream().flatMap(g -> g.projects().stream()),
            report.otherProjects().projects().stream())
        .flatMap(p -> p.trainings().stream())
        .filter(t -> t.training().equals(training))
        .map(ProjectSection.TrainingItem::title)
        .findFirst()
        .orElse(training);
  }

  private void project(AnnualReport report, ProjectSection p, List<Block> blocks) {
    String id = p.id().value();
    blocks.add(new Block.Heading(3, p.name() + " (" + p.project() + ")"));
    narrative(report, p.id(), blocks);
    blocks.add(
        new Block.Paragraph(
            labels.get(
                "project.summary",
                p.programme(),
                enumLabel(p.status()),
                formats.period(p.start(), p.end()),
                p.coordinator(),
                value(p.partnerCount()))));
    if (!p.partners().isEmpty()) {
      blocks.add(
          new Block.Table(
              labels.get("project.partners"),
              List.of(
                  labels.get("project.country"),
                  labels.get("project.partners.count"),
                  labels.get("project.partners.municipalities"),
                  labels.get("project.partners.federations")),
              p.partners().stream()
                  .map(
                      c ->
                          List.of(
                              c.country(),
                              value(c.partners()),
                              value(c.municipalities()),
                              value(c.federations())))
                  .toList(),
              List.of(false, true, true, true)));
    }
    if (!p.activities().isEmpty()) {
      blocks.add(new Block.Heading(4, labels.get("project.activities")));
      blocks.add(
          new Block.Items(
              p.activities().stream()
                  .map(a -> labels.get("project.activity", a.name(), a.leadOrganisation()))
                  .toList()));
    }
    p.needs()
        .ifPresent(
            n -> {
              blocks.add(new Block.Heading(4, labels.get("project.needs")));
              blocks.add(
                  new Block.Paragraph(
                      labels.get("project.needs.summary", value(n.visits()), value(n.answers()))));
              blocks.add(
                  new Block.Paragraph(
                      labels.get("project.needs.sectors", value(n.sectorCount()))
                          + " "
                          + join(n.sectors())));
              blocks.add(
                  new Block.Paragraph(
                      labels.get("project.needs.focus-areas", value(n.focusAreaCount()))
                          + " "
                          + join(n.focusAreas())));
            });
    if (!p.indicators().isEmpty()) {
      blocks.add(new Block.Heading(4, labels.get("project.indicators")));
      List<List<String>> rows = new ArrayList<>();
      List<Block.ProgressRow> bars = new ArrayList<>();
      for (ProjectSection.IndicatorItem i : p.indicators()) {
        String latest = i.latest().map(this::valueWithDate).orElse("–");
        String progress = i.progress().map(this::value).orElse("–");
        rows.add(List.of(i.name(), value(i.baseline()), value(i.target()), latest, progress));
        i.progress()
            .ifPresent(
                pr ->
                    bars.add(
                        new Block.ProgressRow(
                            i.name(),
                            pr.number(),
                            labels.get(
                                "project.indicator.bar", latest, value(i.target()), value(pr)))));
      }
      blocks.add(
          new Block.Table(
              labels.get("project.indicators"),
              List.of(
                  labels.get("indicator.name"),
                  labels.get("indicator.baseline"),
                  labels.get("indicator.target"),
                  labels.get("indicator.latest"),
                  labels.get("indicator.progress")),
              rows,
              List.of(false, true, true, true, true)));
      if (!bars.isEmpty()) {
        blocks.add(
            new Block.ProgressChart(
                id + "-indicators",
                labels.get("project.indicators.chart", p.project()),
                String.join(
                    " ", bars.stream().map(b -> b.label() + ": " + b.valueText() + ".").toList()),
                labels.get("indicator.name"),
                labels.get("indicator.progress"),
                bars));
      }
    }
    if (!p.trainings().isEmpty()) {
      blocks.add(new Block.Heading(4, labels.get("project.trainings")));
      blocks.add(
          new Block.Table(
              labels.get("project.trainings"),
              List.of(
                  labels.get("training.title"),
                  labels.get("training.kind"),
                  labels.get("training.status"),
                  labels.get("training.partner"),
                  labels.get("training.date"),
                  labels.get("training.participants")),
              p.trainings().stream()
                  .map(
                      t ->
                          List.of(
                              t.title(),
                              enumLabel(t.kind())
                                  + (t.transnational()
                                      ? ", " + labels.get("training.transnational")
                                      : ""),
                              enumLabel(t.status())
                                  + t.decision().map(d -> " (" + d + ")").orElse(""),
                              t.organisation(),
                              t.deliveredOn().or(t::plannedOn).map(formats::date).orElse("–"),
                              t.participants().map(this::value).orElse("–")))
                  .toList(),
              List.of(false, false, false, false, false, true)));
    }
    if (!p.quotas().isEmpty()) {
      int min = p.quotas().get(0).minimum();
      int max = Math.max(1, p.quotas().get(0).maximum());
      List<Block.ComplianceRow> rows = new ArrayList<>();
      for (ProjectSection.PartnerQuota q : p.quotas()) {
        // the core counts both; the table must not read delivered off the quota's own count,
        // which includes approved trainings not yet given
        long delivered = ((FigureValue.Count) q.delivered().value()).value();
        long planned = ((FigureValue.Count) q.approved().value()).value();
        rows.add(
            new Block.ComplianceRow(
                q.organisation(),
                (int) delivered,
                (int) planned,
                enumLabel(q.status()),
                q.status() == se.westum.consortium.domain.training.QuotaStatus.COMPLIANT));
      }
      blocks.add(
          new Block.ComplianceChart(
              id + "-compliance",
              labels.get("project.compliance.chart", p.project()),
              String.join(
                  " ",
                  rows.stream()
                      .map(
                          r ->
                              labels.get(
                                  "project.compliance.row",
                                  r.partner(),
                                  formats.number(r.delivered()),
                                  formats.number(r.planned()),
                                  r.verdict()))
                      .toList()),
              labels.get("training.partner"),
              labels.get("compliance.verdict"),
              labels.get("compliance.delivered"),
              labels.get("compliance.planned"),
              labels.get("compliance.quota", formats.number(min), formats.number(max)),
              min,
              max,
              rows));
    }
    if (!p.consumption().isEmpty()) {
      blocks.add(new Block.Heading(4, labels.get("project.consumption")));
      // one table and chart per day the model measures on (the year's end, the report's day)
      java.util.Map<LocalDate, List<ProjectSection.Consumption>> byDay = new java.util.TreeMap<>();
      p.consumption().forEach(c -> byDay.computeIfAbsent(c.asOf(), d -> new ArrayList<>()).add(c));
      byDay.values().forEach(day -> consumption(id, p.project(), day, blocks));
    }

    if (!p.audits().isEmpty() || !p.deadlines().isEmpty()) {
      blocks.add(new Block.Heading(4, labels.get("project.audits-deadlines")));
      List<String> items = new ArrayList<>();
      p.audits()
          .forEach(
              a ->
                  items.add(
                      labels.get("project.audit", a.authority(), value(a.date()), a.outcome())));
      p.deadlines().forEach(d -> items.add(enumLabel(d.kind()) + ": " + value(d.day())));
      blocks.add(new Block.Items(items));
    }
    if (!p.prospective().isEmpty()) {
      blocks.add(
          new Block.Paragraph(labels.get("project.prospective") + " " + join(p.prospective())));
    }
    p.participation()
        .ifPresent(
            pa ->
                blocks.add(
                    new Block.Paragraph(
                        labels.get(
                            "project.participation",
                            value(pa.distinctPeople()),
                            pa.country(),
                            formats.date(pa.since()),
                            value(pa.events())))));
    if (!p.groups().isEmpty()) {
      blocks.add(new Block.Heading(4, labels.get("project.groups")));
      blocks.add(
          new Block.Items(
              p.groups().stream()
                  .map(
                      g ->
                          labels.get(
                              "project.group", g.name(), enumLabel(g.kind()), value(g.meetings())))
                  .toList()));
    }
  }

  private void consumption(
      String id, String project, List<ProjectSection.Consumption> consumption, List<Block> blocks) {
    ProjectSection.Consumption first = consumption.get(0);
    List<List<String>> rows = new ArrayList<>();
    List<Block.ConsumptionRow> bars = new ArrayList<>();
    for (ProjectSection.Consumption c : consumption) {
      rows.add(
          List.of(
              enumLabel(c.category()),
              value(c.placesUsed()) + " / " + value(c.placesGranted()),
              value(c.placesUsedPercent()),
              value(c.budgetUsed()) + " / " + value(c.budgetGranted()),
              value(c.budgetUsedPercent()),
              c.forecastPlacesPercent().map(this::valueWithDate).orElse("–")
                  + " / "
                  + c.forecastBudgetPercent().map(this::valueWithDate).orElse("–")));
      bars.add(
          new Block.ConsumptionRow(
              enumLabel(c.category()),
              c.placesUsedPercent().number(),
              value(c.placesUsedPercent()),
              c.budgetUsedPercent().number(),
              value(c.budgetUsedPercent())));
    }
    blocks.add(
        new Block.Table(
            labels.get("consumption.caption", formats.date(first.asOf())),
            List.of(
                labels.get("consumption.category"),
                labels.get("consumption.places"),
                labels.get("consumption.places-percent"),
                labels.get("consumption.budget"),
                labels.get("consumption.budget-percent"),
                labels.get("consumption.forecast")),
            rows,
            List.of(false, true, true, true, true, true)));
    blocks.add(
        new Block.ConsumptionChart(
            id + "-consumption-" + first.asOf(),
            labels.get("consumption.chart", project, formats.date(first.asOf())),
            String.join(
                    " ",
                    consumption.stream()
                        .map(
                            c ->
                                labels.get(
                                    "consumption.row",
                                    enumLabel(c.category()),
                                    value(c.placesUsedPercent()),
                                    value(c.budgetUsedPercent())))
                        .toList())
                + " "
                + labels.get("consumption.target", value(first.target()))
                + ".",
            labels.get("consumption.category"),
            labels.get("consumption.places-percent"),
            labels.get("consumption.budget-percent"),
            labels.get("consumption.target", value(first.target())),
            first.target().number(),
            bars));
    List<String> gaps = new ArrayList<>();
    for (ProjectSection.Consumption c : consumption) {
      gaps.add(
          enumLabel(c.category())
              + ": "
              + gap(c)
              + " "
              + labels.get(
                  c.targetMet() ? "consumption.target-met" : "consumption.target-not-met"));
    }
    blocks.add(new Block.Items(gaps));
  }

  private void events(List<EventsSection.Event> events, List<Block> blocks) {
    if (events.isEmpty()) {
      return;
    }
    blocks.add(new Block.Heading(3, labels.get("events.heading")));
    List<String> items = new ArrayList<>();
    for (EventsSection.Event e : events) {
      String where = e.place().isBlank() ? "" : ", " + e.place();
      String organisations =
          e.organisations().map(o -> " " + labels.get("event.organisations", value(o))).orElse("");
      String people =
          e.distinctPeople().map(d -> " " + labels.get("event.distinct", value(d))).orElse("");
      items.add(
          labels.get(
                  "event.item",
                  e.name(),
                  formats.period(e.start(), e.end()) + where,
                  value(e.participants()))
              + organisations
              + people);
    }
    blocks.add(new Block.Items(items));
  }

  private Document.Section figures(AnnualReport report) {
    List<Block> blocks = new ArrayList<>();
    narrative(report, SectionId.FIGURES, blocks);
    var figures = report.figures();
    blocks.add(
        new Block.Paragraph(
            labels.get(
                "figures.members",
                value(figures.payingMembers()),
                value(figures.municipalities()),
                join(figures.regions()))));
    if (!figures.headline().isEmpty()) {
      blocks.add(
          new Block.Table(
              labels.get("figures.heading"),
              List.of(labels.get("figures.key"), labels.get("figures.value")),
              figures.headline().stream()
                  .map(f -> List.of(figureLabel(f), valueWithDate(f)))
                  .toList(),
              List.of(false, true)));
    }
    return new Document.Section("figures", labels.get("figures.heading"), true, blocks);
  }

  private Document.Section staffAndFindings(AnnualReport report) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(3, labels.get("staff.heading")));
    narrative(report, SectionId.STAFF, blocks);
    List<String> changes = new ArrayList<>();
    for (StaffSection.Change c : report.staff().changes()) {
      String until =
          c.until().map(u -> " " + labels.get("staff.until", formats.date(u))).orElse("");
      changes.add(
          labels.get(
                  c.kind() == StaffSection.ChangeKind.STARTED ? "staff.started" : "staff.left",
                  c.name(),
                  c.role(),
                  formats.date(c.day()))
              + until);
    }
    if (changes.isEmpty()) {
      blocks.add(new Block.Paragraph(labels.get("staff.none")));
    } else {
      blocks.add(new Block.Items(changes));
    }
    blocks.add(new Block.Heading(3, labels.get("findings.heading")));
    narrative(report, SectionId.FINDINGS, blocks);
    List<ReportFinding> findings = report.findings().findings();
    blocks.add(new Block.Paragraph(labels.get("findings.count", value(report.findings().count()))));
    if (!findings.isEmpty()) {
      blocks.add(
          new Block.Table(
              labels.get("findings.heading"),
              List.of(
                  labels.get("findings.rule"),
                  labels.get("findings.subject"),
                  labels.get("findings.reason")),
              findings.stream().map(f -> List.of(f.rule(), f.subject(), explanation(f))).toList(),
              List.of(false, false, false)));
    }
    return new Document.Section(
        "other-information", labels.get("other-information.heading"), true, blocks);
  }

  private void narrative(AnnualReport report, SectionId section, List<Block> blocks) {
    report
        .narrative(section, language)
        .filter(f -> !f.markdown().isBlank())
        .ifPresent(f -> blocks.add(new Block.Narrative(f.markdown())));
  }

  private List<TracedFigure> traced(AnnualReport report) {
    List<TracedFigure> all = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ReportSection section : report.sections()) {
      for (Figure figure : section.figures()) {
        if (seen.add(figure.key())) {
          all.add(traced(section.id().value(), figure));
        }
      }
    }
    return all;
  }

  private static TracedFigure traced(String section, Figure figure) {
    Object value;
    String unit;
    FigureValue v = figure.value();
    if (v instanceof FigureValue.Count c) {
      value = c.value();
      unit = "count";
    } else if (v instanceof FigureValue.Percent p) {
      value = p.value();
      unit = "percent";
    } else if (v instanceof FigureValue.Amount a) {
      value = a.amount();
      unit = a.currency();
    } else if (v instanceof FigureValue.Measure m) {
      value = m.value();
      unit = m.unit();
    } else {
      value = ((FigureValue.Day) v).value().toString();
      unit = "date";
    }
    var trace = figure.trace();
    return new TracedFigure(
        figure.key(),
        section,
        value,
        unit,
        figure.asOf().map(LocalDate::toString),
        new TracedFigure.Trace(
            trace.recordKind(), trace.recordIds(), trace.recordCount(), trace.rule()));
  }

  /**
   * Why places and budget differ, worded from the consumption's figures (the model's {@code gap} is
   * the same in English, for JSON and the command line).
   */
  private String gap(ProjectSection.Consumption c) {
    if (((FigureValue.Count) c.placesUsed().value()).value() == 0) {
      return labels.get("consumption.gap.none", formats.date(c.asOf()));
    }
    return labels.get(
        "consumption.gap",
        value(c.placesUsedPercent()),
        value(c.budgetUsedPercent()),
        value(c.averageGrant()),
        value(c.budgetPerPlace()));
  }

  /**
   * A finding's reason in the report's language, from the wording its code names filled with its
   * typed arguments; a finding without arguments has only the rule's own words.
   */
  String explanation(ReportFinding finding) {
    if (finding.arguments().isEmpty()) {
      return finding.reason();
    }
    return labels.get(
        "finding." + finding.code(),
        finding.arguments().stream().map(this::argument).toArray(String[]::new));
  }

  private String argument(Object argument) {
    if (argument instanceof Money m) {
      return formats.money(m.amount(), m.currency().getCurrencyCode());
    } else if (argument instanceof Percentage p) {
      return formats.percent(p.value());
    } else if (argument instanceof LocalDate d) {
      return formats.date(d);
    } else if (argument instanceof java.math.BigDecimal b) {
      return formats.number(b, 2);
    } else if (argument instanceof Integer i) {
      return formats.number(i);
    } else if (argument instanceof Long l) {
      return formats.number(l);
    }
    // a year or a name: written as it is
    return argument.toString();
  }

  /** The label of a figure shown by its key (the year in figures); every such key has one. */
  private String figureLabel(Figure figure) {
    return labels.get("figure." + figure.key());
  }

  /** A figure's value formatted for the language. */
  String value(Figure figure) {
    FigureValue v = figure.value();
    if (v instanceof FigureValue.Count c) {
      return formats.number(c.value());
    } else if (v instanceof FigureValue.Percent p) {
      return formats.percent(p.value());
    } else if (v instanceof FigureValue.Amount a) {
      return formats.money(a.amount(), a.currency());
    } else if (v instanceof FigureValue.Measure m) {
      return formats.number(m.value(), 2) + Formats.NO_BREAK_SPACE + m.unit();
    }
    return formats.date(((FigureValue.Day) v).value());
  }

  private static LocalDate day(Figure figure) {
    return ((FigureValue.Day) figure.value()).value();
  }

  private String valueWithDate(Figure figure) {
    return value(figure) + figure.asOf().map(d -> " (" + formats.date(d) + ")").orElse("");
  }

  private String enumLabel(Enum<?> value) {
    return labels.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  private String join(List<String> items) {
    if (items.isEmpty()) {
      return "–";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + labels.get("and")
        + " "
        + items.get(items.size() - 1);
  }
}
