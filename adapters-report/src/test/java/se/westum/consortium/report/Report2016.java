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
package se.westum.consortium.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.BoardSection;
import se.westum.consortium.domain.report.EventsSection;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.FigureValue;
import se.westum.consortium.domain.report.FiguresSection;
import se.westum.consortium.domain.report.FindingsSection;
import se.westum.consortium.domain.report.FiscalYearSection;
import se.westum.consortium.domain.report.GoalSection;
import se.westum.consortium.domain.report.GoalsSection;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.report.NarrativeFragment;
import se.westum.consortium.domain.report.PositionsSection;
import se.westum.consortium.domain.report.ProjectSection;
import se.westum.consortium.domain.report.ProjectsSection;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.domain.report.SectionId;
import se.westum.consortium.domain.report.SignaturesSection;
import se.westum.consortium.domain.report.StaffSection;
import se.westum.consortium.domain.report.Trace;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;
import se.westum.consortium.domain.training.QuotaStatus;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.TrainingStatus;

/**
 * The core's report model filled by hand with the figures of Westum's 2016 report (the seed), so
 * this module's golden files and document checks run on a report of the real shape without a
 * database. The same model computed from the bundled dataset is checked where the adapters meet
 * ({@code examples}).
 */
final class Report2016 {

  private Report2016() {}

  private static Trace trace(String kind, int count, String rule) {
    List<String> ids =
        IntStream.rangeClosed(1, count).mapToObj(i -> kind.toUpperCase() + "-" + i).toList();
    return Trace.of(kind, ids, rule);
  }

  private static Figure count(String key, long n, String kind, String rule) {
    return Figure.count(key, n, trace(kind, (int) Math.min(n, 1000), rule));
  }

  private static Figure percent(String key, String value, String rule) {
    return Figure.percent(key, new BigDecimal(value), trace("mobility", 3, rule));
  }

  private static Figure day(String key, LocalDate day, String kind) {
    return Figure.day(key, day, trace(kind, 1, "the " + kind + "'s date"));
  }

  private static Figure amount(String key, String eur) {
    return new Figure(
        key,
        new FigureValue.Amount(new BigDecimal(eur), "EUR"),
        Optional.empty(),
        trace("mobility-grant", 1, "granted budget of the category"));
  }

  static AnnualReport report() {
    return report(Narrative.NONE);
  }

  static AnnualReport withNarrative() {
    return report(
        new Narrative(
            List.of(
                new NarrativeFragment(
                    SectionId.BOARD,
                    ReportLanguage.SV,
                    "Styrelsen har under året arbetat med **strategin** för de kommande åren.\n\n"
                        + "- dialog med högskolorna\n- möte med Nitus styrelse",
                    "narrative/sv/board.md"),
                new NarrativeFragment(
                    SectionId.BOARD,
                    ReportLanguage.EN,
                    "In the year the board worked on the **strategy** for the coming years.\n\n"
                        + "- a dialogue with the universities\n- a meeting with Nitus' board",
                    "narrative/en/board.md"))));
  }

  static AnnualReport report(Narrative narrative) {
    String meetings = "meetings of the kind starting in 2016";
    List<BoardSection.Member> members =
        List.of(
            new BoardSection.Member(BoardRole.CHAIR, "Anders Brunberg"),
            new BoardSection.Member(BoardRole.VICE_CHAIR, "Titti Eklund"),
            new BoardSection.Member(BoardRole.TREASURER, "Anna Bolander"),
            new BoardSection.Member(BoardRole.MEMBER, "Tina Areqvist Lundell"),
            new BoardSection.Member(BoardRole.MEMBER, "Andre Essebro"),
            new BoardSection.Member(BoardRole.MEMBER, "Ann Hedencrona"),
            new BoardSection.Member(BoardRole.MEMBER, "Tony Jiveus"),
            new BoardSection.Member(BoardRole.MEMBER, "Birgitta Lennermo"));
    BoardSection board =
        new BoardSection(
            members,
            count("board.members", 8, "board-seat", "seats of the term covering 2016"),
            List.of(
                new BoardSection.MeetingCount(
                    MeetingKind.BOARD_MEETING,
                    count("board.board-meetings", 7, "meeting", meetings),
                    count("board.board-meeting-days", 7, "meeting", meetings)),
                new BoardSection.MeetingCount(
                    MeetingKind.STRATEGY_DAY,
                    count("board.strategy-meetings", 1, "meeting", meetings),
                    count("board.strategy-days", 2, "meeting", meetings))),
            count("board.sessions", 9, "meeting", "board meetings + strategy days"));
    PositionsSection positions =
        new PositionsSection(
            List.of(
                new PositionsSection.Holder(PositionKind.NOMINATION_COMMITTEE, "Ida Boström"),
                new PositionsSection.Holder(PositionKind.NOMINATION_COMMITTEE, "Christer Bergwall"),
                new PositionsSection.Holder(PositionKind.AUDITOR, "Joakim Nilsson"),
                new PositionsSection.Holder(PositionKind.AUDITOR, "Mats Belemark")),
            count("positions.nomination-committee", 2, "position", "positions of the term"),
            count("positions.auditors", 2, "position", "positions of the term"));
    List<String[]> goalTitles =
        List.of(
            new String[] {"I", "Strategisk kompetensförsörjning"},
            new String[] {"II", "Utveckla flexibel leverans av kunskap"},
            new String[] {"III", "Internationell samverkan"},
            new String[] {"IV", "Stärka nätverk och kompetensutveckling"});
    GoalsSection goals =
        new GoalsSection(
            goalTitles.stream()
                .map(g -> new GoalsSection.Item("G" + g[0], g[0], g[1], SectionId.goal(g[0])))
                .toList(),
            count("goals.count", 4, "goal", "goals of the plan for 2016"));

    ProjectSection kobra = kobra();
    ProjectSection erasmus = erasmus();
    List<EventsSection.Event> internationalEvents =
        List.of(
            event(
                "E3",
                EventKind.PARTNERSHIP_MEETING,
                "Partnerskapsmöte",
                4,
                12,
                4,
                13,
                "Arendal",
                "NO",
                18,
                Optional.empty()),
            event(
                "E4",
                EventKind.PARTNERSHIP_MEETING,
                "Partnerskapsmöte",
                10,
                5,
                10,
                6,
                "Horsens",
                "DK",
                22,
                Optional.empty()),
            event(
                "E5",
                EventKind.STUDY_VISIT,
                "Studiebesök",
                5,
                18,
                5,
                20,
                "Milano",
                "IT",
                8,
                Optional.empty()),
            event(
                "E6",
                EventKind.CONTACT_SEMINAR,
                "Kontaktseminarium",
                3,
                8,
                3,
                10,
                "Kraków",
                "PL",
                1,
                Optional.empty()),
            event(
                "E7",
                EventKind.DISSEMINATION_CONFERENCE,
                "Spridningskonferens",
                10,
                20,
                10,
                20,
                "Göteborg",
                "SE",
                20,
                Optional.of(11L)));
    List<EventsSection.Event> networkEvents =
        List.of(
            event(
                "E1",
                EventKind.CONFERENCE,
                "Westums årliga konferens",
                4,
                20,
                4,
                21,
                "Billinge hus, Skövde",
                "SE",
                35,
                Optional.empty()),
            event(
                "E2",
                EventKind.STAFF_TRAINING,
                "Processledarutbildning",
                9,
                14,
                9,
                15,
                "Skövde",
                "SE",
                20,
                Optional.empty()));
    List<GoalSection> goalSections =
        List.of(
            new GoalSection(
                "GI",
                "I",
                "Strategisk kompetensförsörjning",
                List.of(kobra),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            new GoalSection(
                "GII",
                "II",
                "Utveckla flexibel leverans av kunskap",
                List.of(),
                List.of("KOBRA"),
                List.of("Arbetsrätt (pilot)", "Digitalisering", "Sociala medier för företag"),
                List.of(),
                List.of(
                    new GoalSection.DecisionItem(
                        "B2016-09§4",
                        "B2016-09",
                        LocalDate.of(2016, 11, 24),
                        "Behovsbaserade utbildningar 2017",
                        "Godkändes"))),
            new GoalSection(
                "GIII",
                "III",
                "Internationell samverkan",
                List.of(erasmus),
                List.of("KOBRA"),
                List.of(),
                internationalEvents,
                List.of()),
            new GoalSection(
                "GIV",
                "IV",
                "Stärka nätverk och kompetensutveckling",
                List.of(),
                List.of(),
                List.of(),
                networkEvents,
                List.of()));
    FiguresSection figures =
        new FiguresSection(
            count("figures.paying-members", 31, "member", "members whose 2016 fee is paid in full"),
            count(
                "figures.municipalities",
                39,
                "municipality",
                "distinct municipalities covered by paying members"),
            List.of("Västra Götaland", "Halland"),
            List.of(
                count("figures.events", 7, "event", "events overlapping 2016"),
                count(
                    "figures.event-participants",
                    124,
                    "event",
                    "the participants of the events overlapping 2016, summed"),
                count("figures.running-projects", 2, "project", "projects with status RUNNING")));
    StaffSection staff =
        new StaffSection(
            List.of(
                new StaffSection.Change(
                    StaffSection.ChangeKind.STARTED,
                    "Rebecka Hellman",
                    "projektkoordinator",
                    LocalDate.of(2016, 9, 1),
                    Optional.of(LocalDate.of(2017, 2, 28)),
                    List.of("EPLUS-2015")),
                new StaffSection.Change(
                    StaffSection.ChangeKind.LEFT,
                    "Linda Blomberg",
                    "projektkoordinator",
                    LocalDate.of(2016, 12, 31),
                    Optional.empty(),
                    List.of("KOBRA"))),
            count("staff.started", 1, "staff", "employments starting in 2016"),
            count("staff.left", 1, "staff", "employments ending in 2016"));
    FindingsSection findings =
        new FindingsSection(
            List.of(
                new ReportFinding(
                    "paid-in-full",
                    "Tanums kommun",
                    "paid 8000.00 SEK of 12000.00 SEK for 2016",
                    trace("payment", 1, "paid-in-full"),
                    "paid-in-full",
                    List.of(
                        Money.of("8000.00", "SEK"), Money.of("12000.00", "SEK"), Year.of(2016))),
                new ReportFinding(
                    "consumption-target",
                    "EPLUS-2015 LEARNER",
                    "budget used 21.0 % against a target of 80.0 %",
                    trace("mobility", 3, "consumption-target"),
                    "consumption-target",
                    List.of(Percentage.of(21, 100), Percentage.of(80, 100)))),
            count("findings.count", 2, "finding", "findings of the rules in 2016"));
    SignaturesSection signatures =
        new SignaturesSection(members.stream().map(BoardSection.Member::role).toList());
    return new AnnualReport(
        2016,
        new FiscalYearSection(
            2016,
            day("fiscal-year.start", LocalDate.of(2016, 1, 1), "fiscal-year"),
            day("fiscal-year.end", LocalDate.of(2016, 12, 31), "fiscal-year")),
        board,
        positions,
        goals,
        goalSections,
        new ProjectsSection(List.of()),
        new EventsSection(List.of()),
        figures,
        staff,
        findings,
        signatures,
        narrative);
  }

  private static EventsSection.Event event(
      String id,
      EventKind kind,
      String name,
      int m1,
      int d1,
      int m2,
      int d2,
      String place,
      String country,
      long participants,
      Optional<Long> organisations) {
    String key = "event." + id.toLowerCase();
    return new EventsSection.Event(
        id,
        kind,
        name,
        LocalDate.of(2016, m1, d1),
        LocalDate.of(2016, m2, d2),
        place,
        country,
        "Westum",
        count(
            key + ".participants", participants, "event-participant", "participants of the event"),
        organisations.map(
            o ->
                count(
                    key + ".organisations",
                    o,
                    "organisation",
                    "organisations of the participants")),
        List.of(),
        List.of(),
        Optional.empty());
  }

  private static ProjectSection kobra() {
    String k = "project.kobra.";
    List<String> swedish = new ArrayList<>();
    for (String m :
        List.of(
            "Skövde",
            "Lidköping",
            "Falköping",
            "Mariestad",
            "Tidaholm",
            "Skara",
            "Hjo",
            "Varberg",
            "Falkenberg",
            "Tibro")) {
      swedish.add(m + " kommun");
    }
    swedish.add("Sjuhärads kommunalförbund");
    swedish.add("Göteborgsregionens kommunalförbund");
    return new ProjectSection(
        "KOBRA",
        "Kompetensmäklare för regional utveckling",
        "Interreg Öresund-Kattegat-Skagerrak",
        ProjectStatus.RUNNING,
        LocalDate.of(2015, 9, 1),
        LocalDate.of(2018, 8, 31),
        "Westum",
        count(k + "partners", 18, "partner", "partners of the project"),
        List.of(
            new ProjectSection.CountryPartners(
                "SE",
                count(k + "partners.se", 12, "partner", "partners in SE"),
                count(k + "partners.se.municipalities", 10, "partner", "municipalities"),
                count(k + "partners.se.federations", 2, "partner", "federations"),
                swedish),
            new ProjectSection.CountryPartners(
                "DK",
                count(k + "partners.dk", 3, "partner", "partners in DK"),
                count(k + "partners.dk.municipalities", 2, "partner", "municipalities"),
                count(k + "partners.dk.federations", 0, "partner", "federations"),
                List.of()),
            new ProjectSection.CountryPartners(
                "NO",
                count(k + "partners.no", 3, "partner", "partners in NO"),
                count(k + "partners.no.municipalities", 2, "partner", "municipalities"),
                count(k + "partners.no.federations", 0, "partner", "federations"),
                List.of())),
        List.of(
            new ProjectSection.Group(
                "G1",
                "Projektstyrelse",
                GroupKind.PROJECT_BOARD,
                List.of("Region Midtjylland", "Larvik kommune", "Region Halland"),
                count(k + "groups.g1.meetings", 2, "meeting", "meetings of the group in 2016"),
                List.of(LocalDate.of(2016, 3, 10), LocalDate.of(2016, 10, 6))),
            new ProjectSection.Group(
                "G2",
                "Transnationell analysgrupp",
                GroupKind.WORKING_GROUP,
                List.of(),
                count(k + "groups.g2.meetings", 2, "meeting", "meetings of the group in 2016"),
                List.of())),
        List.of(
            new ProjectSection.Activity("A1", "Kompetensmäklare", "P1", "Skövde kommun"),
            new ProjectSection.Activity("A2", "Analys", "P2", "Lidköpings kommun"),
            new ProjectSection.Activity("A3", "Behovsbaserad utbildning", "P3", "Westum")),
        List.of(
            new ProjectSection.IndicatorItem(
                "I1",
                "Företagsbesök",
                "besök",
                count(k + "indicators.i1.baseline", 0, "indicator-value", "baseline"),
                count(k + "indicators.i1.target", 300, "indicator-value", "target"),
                Optional.of(
                    count(
                            k + "indicators.i1.latest",
                            325,
                            "company-visit",
                            "visits since the start")
                        .at(LocalDate.of(2017, 2, 28))),
                Optional.of(percent(k + "indicators.i1.progress", "108.3", "latest / target")),
                Optional.empty()),
            new ProjectSection.IndicatorItem(
                "I2",
                "Tjänstemän i transnationella aktiviteter",
                "personer",
                count(k + "indicators.i2.baseline", 0, "indicator-value", "baseline"),
                count(k + "indicators.i2.target", 80, "indicator-value", "target"),
                Optional.of(
                    count(k + "indicators.i2.latest", 55, "event-participant", "distinct people")),
                Optional.of(percent(k + "indicators.i2.progress", "68.8", "latest / target")),
                Optional.empty())),
        Optional.of(
            new ProjectSection.Needs(
                count(k + "needs.visits", 325, "company-visit", "visits since the start"),
                count(k + "needs.answers", 114, "survey-answer", "answers of the survey"),
                List.of("industriteknik", "besöksnäring"),
                count(k + "needs.sectors", 2, "sector", "selected sectors"),
                List.of("sociala medier", "kundbemötande & värdskap", "CSR / miljöcertifiering"),
                count(k + "needs.focus-areas", 3, "focus-area", "selected focus areas"))),
        List.of(
            new ProjectSection.TrainingItem(
                "T1",
                "Arbetsrätt",
                TrainingKind.PILOT,
                TrainingStatus.DELIVERED,
                "P3",
                "Westum",
                Optional.empty(),
                Optional.of(LocalDate.of(2016, 11, 10)),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.of(
                    count(
                        k + "trainings.t1.participants",
                        14,
                        "training-participant",
                        "participants")),
                List.of()),
            new ProjectSection.TrainingItem(
                "T2",
                "Digitalisering",
                TrainingKind.NEEDS_BASED,
                TrainingStatus.APPROVED,
                "P3",
                "Westum",
                Optional.of(LocalDate.of(2017, 2, 15)),
                Optional.empty(),
                Optional.of("B2016-09§4"),
                Optional.of(
                    day(k + "trainings.t2.approved", LocalDate.of(2016, 12, 8), "decision")),
                true,
                Optional.empty(),
                List.of()),
            new ProjectSection.TrainingItem(
                "T3",
                "Sociala medier för företag",
                TrainingKind.NEEDS_BASED,
                TrainingStatus.APPROVED,
                "P1",
                "Skövde kommun",
                Optional.of(LocalDate.of(2017, 3, 9)),
                Optional.empty(),
                Optional.of("B2016-09§4"),
                Optional.of(
                    day(k + "trainings.t3.approved", LocalDate.of(2016, 12, 8), "decision")),
                true,
                Optional.empty(),
                List.of())),
        List.of(
            new ProjectSection.PartnerQuota(
                "P1",
                "Skövde kommun",
                count(k + "quota.p1", 1, "training", "needs-based trainings delivered or approved"),
                count(k + "quota.p1.delivered", 0, "training", "needs-based trainings delivered"),
                count(k + "quota.p1.approved", 1, "training", "needs-based trainings approved"),
                1,
                3,
                QuotaStatus.IN_PROGRESS),
            new ProjectSection.PartnerQuota(
                "P3",
                "Westum",
                count(k + "quota.p3", 1, "training", "needs-based trainings delivered or approved"),
                count(k + "quota.p3.delivered", 0, "training", "needs-based trainings delivered"),
                count(k + "quota.p3.approved", 1, "training", "needs-based trainings approved"),
                1,
                3,
                QuotaStatus.IN_PROGRESS)),
        List.of(),
        List.of(),
        List.of(
            new ProjectSection.Deadline(
                ProjectSection.DeadlineKind.END,
                day(k + "end", LocalDate.of(2018, 8, 31), "project"))),
        List.of(),
        count(k + "prospective", 0, "partner", "prospective partners"),
        Optional.of(
            new ProjectSection.Participation(
                "SE",
                LocalDate.of(2015, 9, 1),
                count(
                    k + "participation.people",
                    55,
                    "event-participant",
                    "distinct people of SE partners"),
                count(k + "participation.events", 6, "event", "transnational events"))));
  }

  private static ProjectSection erasmus() {
    String k = "project.eplus-2015.";
    LocalDate yearEnd = LocalDate.of(2016, 12, 31);
    return new ProjectSection(
        "EPLUS-2015",
        "Erasmus+ mobilitet för yrkesutbildning",
        "Erasmus+ KA1",
        ProjectStatus.RUNNING,
        LocalDate.of(2015, 6, 1),
        LocalDate.of(2017, 5, 31),
        "Westum",
        count(k + "partners", 14, "partner", "partners of the project"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(
            new ProjectSection.Consumption(
                ParticipantCategory.LEARNER,
                yearEnd,
                count(k + "learner.places-granted", 46, "mobility-grant", "granted places"),
                count(k + "learner.places-used", 18, "mobility", "completed mobilities"),
                percent(k + "learner.places-used-percent", "39.1", "completed / granted places"),
                amount(k + "learner.budget-granted", "138000.00"),
                amount(k + "learner.budget-used", "28980.00"),
                percent(k + "learner.budget-used-percent", "21.0", "used / granted budget"),
                percent(k + "learner.target", "80", "consumption target"),
                "learner: 39.1 % of places but 21.0 % of budget used; a completed mobility cost on"
                    + " average 1610.00 EUR against 3000.00 EUR granted per place",
                amount(k + "learner.average-grant", "1610.00"),
                amount(k + "learner.budget-per-place", "3000.00"),
                Optional.of(
                    percent(k + "learner.forecast-places", "57", "forecast")
                        .at(LocalDate.of(2017, 3, 31))),
                Optional.of(
                    percent(k + "learner.forecast-budget", "57", "forecast")
                        .at(LocalDate.of(2017, 3, 31))),
                false),
            new ProjectSection.Consumption(
                ParticipantCategory.STAFF,
                yearEnd,
                count(k + "staff.places-granted", 20, "mobility-grant", "granted places"),
                count(k + "staff.places-used", 10, "mobility", "completed mobilities"),
                percent(k + "staff.places-used-percent", "50", "completed / granted places"),
                amount(k + "staff.budget-granted", "32000.00"),
                amount(k + "staff.budget-used", "16000.00"),
                percent(k + "staff.budget-used-percent", "50", "used / granted budget"),
                percent(k + "staff.target", "80", "consumption target"),
                "staff: 50.0 % of places but 50.0 % of budget used; a completed mobility cost on"
                    + " average 1600.00 EUR against 1600.00 EUR granted per place",
                amount(k + "staff.average-grant", "1600.00"),
                amount(k + "staff.budget-per-place", "1600.00"),
                Optional.of(
                    percent(k + "staff.forecast-places", "62", "forecast")
                        .at(LocalDate.of(2017, 3, 31))),
                Optional.of(
                    percent(k + "staff.forecast-budget", "62", "forecast")
                        .at(LocalDate.of(2017, 3, 31))),
                false)),
        List.of(
            new ProjectSection.AuditItem(
                day(k + "audit.uhr", LocalDate.of(2016, 11, 15), "audit"),
                "UHR",
                "kompletteringar begärdes")),
        List.of(
            new ProjectSection.Deadline(
                ProjectSection.DeadlineKind.END,
                day(k + "end", LocalDate.of(2017, 5, 31), "project")),
            new ProjectSection.Deadline(
                ProjectSection.DeadlineKind.FINAL_REPORT,
                day(k + "final-report", LocalDate.of(2017, 6, 30), "project")),
            new ProjectSection.Deadline(
                ProjectSection.DeadlineKind.APPLICATION,
                day(k + "application", LocalDate.of(2017, 2, 28), "application"))),
        List.of("Munkedal", "Lysekil"),
        count(k + "prospective", 2, "partner", "prospective partners"),
        Optional.empty());
  }
}
