package se.westum.consortium.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.internal.Block;
import se.westum.consortium.report.internal.Document;
import se.westum.consortium.report.internal.Formats;
import se.westum.consortium.report.internal.TracedFigure;

/**
 * A small document in both languages, shaped like the 2016 report, for the rendering tests that
 * need no records: every kind of block, text that must be escaped, and figures with traces.
 */
final class SampleDocuments {

  private SampleDocuments() {}

  static Document sample(ReportLanguage language) {
    boolean sv = language == ReportLanguage.SV;
    Formats f = Formats.of(language);
    String title = sv ? "Verksamhetsberättelse 2016" : "Annual activity report 2016";
    Document.Metadata metadata =
        new Document.Metadata(
            title,
            "Westum",
            sv ? "Verksamhetsåret 2016" : "The fiscal year 2016",
            sv ? "verksamhetsberättelse, 2016" : "annual report, 2016",
            2016,
            LocalDate.of(2017, 3, 31));
    Document.Section board =
        new Document.Section(
            "board",
            sv ? "Styrelse" : "Board",
            true,
            List.of(
                new Block.Items(
                    List.of(
                        (sv ? "Ordförande" : "Chair") + " Anders Brunberg",
                        (sv ? "Kassör" : "Treasurer") + " Anna Bolander")),
                new Block.Paragraph(
                    sv
                        ? "Styrelsen hade 9 sammanträden under året: 7 styrelsemöten och 2 strategidagar."
                        : "The board held 9 sessions in the year: 7 board meetings and 2 strategy days."),
                new Block.Table(
                    sv ? "Sammanträden" : "Sessions",
                    List.of(sv ? "Slag" : "Kind", sv ? "Antal" : "Number"),
                    List.of(
                        List.of(sv ? "Styrelsemöte" : "Board meeting", f.number(7)),
                        List.of(sv ? "Strategidag" : "Strategy day", f.number(2))),
                    List.of(false, true))));
    Document.Section kobra =
        new Document.Section(
            "goal-i",
            sv ? "I. Strategisk kompetensförsörjning" : "I. Strategic skills supply",
            true,
            List.of(
                new Block.Heading(3, "KOBRA"),
                new Block.Narrative(
                    sv
                        ? "Projektet har tagit form under året.\n\n- kompetensmäklare\n- analys"
                        : "The project took shape in the year.\n\n- competence brokers\n- analysis"),
                new Block.Paragraph(
                    (sv ? "Fokusområden: " : "Focus areas: ")
                        + "Kundbemötande & värdskap, <CSR> *miljö* [1]"),
                new Block.ProgressChart(
                    "kobra-indicators",
                    sv ? "Indikatorer" : "Indicators",
                    sv
                        ? "Företagsbesök: 325 av 300 (108 %). Enkätsvar: 114 av 200 (57 %)."
                        : "Company visits: 325 of 300 (108%). Survey answers: 114 of 200 (57%).",
                    sv ? "Indikator" : "Indicator",
                    sv ? "Senaste mot mål" : "Latest against target",
                    List.of(
                        new Block.ProgressRow(
                            sv ? "Företagsbesök" : "Company visits",
                            new BigDecimal("108.33"),
                            (sv ? "325 av 300, " : "325 of 300, ")
                                + f.percent(new BigDecimal("108.33"))),
                        new Block.ProgressRow(
                            sv ? "Enkätsvar" : "Survey answers",
                            new BigDecimal("57"),
                            (sv ? "114 av 200, " : "114 of 200, ")
                                + f.percent(new BigDecimal("57"))))),
                new Block.ComplianceChart(
                    "kobra-compliance",
                    sv ? "Utbildningar per partner" : "Trainings per partner",
                    sv
                        ? "Westum: 0 genomförda, 2 planerade. Skövde: 1 genomförd."
                        : "Westum: 0 delivered, 2 planned. Skövde: 1 delivered.",
                    "Partner",
                    sv ? "Bedömning" : "Verdict",
                    sv ? "Genomförda" : "Delivered",
                    sv ? "Planerade" : "Planned",
                    sv ? "Lägsta kvot" : "Lowest quota",
                    1,
                    3,
                    List.of(
                        new Block.ComplianceRow(
                            "Westum", 0, 2, sv ? "under kvoten" : "below the quota", false),
                        new Block.ComplianceRow(
                            "Skövde kommun", 1, 0, sv ? "uppfyller" : "meets", true)))));
    Document.Section erasmus =
        new Document.Section(
            "goal-iii",
            sv ? "III. Internationell samverkan" : "III. International cooperation",
            true,
            List.of(
                new Block.Heading(3, "Erasmus+"),
                new Block.ConsumptionChart(
                    "erasmus-consumption",
                    sv ? "Förbrukning 31 december 2016" : "Consumption on 31 December 2016",
                    sv
                        ? "Studerande: 39 % av platserna, 21 % av budgeten. Anställda: 50 % av platserna, 50 % av budgeten. Målet är 80 %."
                        : "Learners: 39% of places, 21% of budget. Staff: 50% of places, 50% of budget. The target is 80%.",
                    sv ? "Kategori" : "Category",
                    sv ? "Platser" : "Places",
                    sv ? "Budget" : "Budget",
                    sv ? "Mål 80 %" : "Target 80%",
                    new BigDecimal("80"),
                    List.of(
                        new Block.ConsumptionRow(
                            sv ? "Studerande" : "Learners",
                            new BigDecimal("39"),
                            f.percent(new BigDecimal("39")),
                            new BigDecimal("21"),
                            f.percent(new BigDecimal("21"))),
                        new Block.ConsumptionRow(
                            sv ? "Anställda" : "Staff",
                            new BigDecimal("50"),
                            f.percent(new BigDecimal("50")),
                            new BigDecimal("50"),
                            f.percent(new BigDecimal("50"))))),
                new Block.Paragraph(
                    (sv ? "Årskonferensen " : "The annual conference ")
                        + f.period(LocalDate.of(2016, 4, 20), LocalDate.of(2016, 4, 21))
                        + (sv
                            ? " samlade 35 deltagare; beviljat "
                            : " had 35 participants; granted ")
                        + f.money(new BigDecimal("1234567.5"), "EUR")
                        + ".")));
    Document.Signatures signatures =
        new Document.Signatures(
            sv ? "Underskrifter" : "Signatures",
            sv
                ? "Styrelsen för Westum, för årsmötet 2017."
                : "The board of Westum, for the annual meeting 2017.",
            sv ? "Ort och datum" : "Place and date",
            List.of(
                new Document.Signatory(sv ? "Ordförande" : "Chair", "Anders Brunberg"),
                new Document.Signatory(sv ? "Kassör" : "Treasurer", "Anna Bolander"),
                new Document.Signatory(sv ? "Ledamot" : "Member", "Tony Jiveus")));
    List<TracedFigure> figures =
        List.of(
            new TracedFigure(
                "board.sessions",
                "board",
                9L,
                "count",
                java.util.Optional.empty(),
                new TracedFigure.Trace(
                    "meeting",
                    List.of("B2016-01", "B2016-02"),
                    9,
                    "board meetings + strategy days in the fiscal year")),
            new TracedFigure(
                "erasmus.learners.placesUsed",
                "goal-iii",
                new BigDecimal("39.13"),
                "percent",
                java.util.Optional.of("2016-12-31"),
                new TracedFigure.Trace(
                    "mobility", List.of(), 18, "completed mobilities / granted places")));
    return new Document(
        language,
        metadata,
        title,
        f.isoDate(LocalDate.of(2016, 1, 1)) + " – " + f.isoDate(LocalDate.of(2016, 12, 31)),
        List.of(board, kobra, erasmus),
        signatures,
        figures);
  }
}
