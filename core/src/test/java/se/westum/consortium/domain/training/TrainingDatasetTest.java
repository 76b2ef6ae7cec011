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
package se.westum.consortium.domain.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.QuorumPolicy;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * The bundled dataset's KOBRA pipeline (in {@code westum-2016}) read straight into the domain:
 * every record passes its constructor and the visit policy, the survey export is read through its
 * mapping, and the analysis and compliance come out as the seed says.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingDatasetTest {

  private static final Path DATASETS =
      Path.of("..", "examples", "src", "main", "resources", "datasets");
  private static final Path TRAINING = DATASETS.resolve("westum-2016");
  private static final Path WESTUM = DATASETS.resolve("westum-2016");
  private static final ProjectId KOBRA = new ProjectId("KOBRA");
  private static final List<TopicId> FOCUS =
      List.of(
          new TopicId("social-media"),
          new TopicId("customer-hosting"),
          new TopicId("csr-certification"));

  /** The rows of an excel-sv file (BOM, ';', CRLF on every line), each by column name. */
  private static List<Map<String, String>> rows(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\ufeff").endsWith("\r\n");
    String[] lines = text.substring(1).split("\r\n", -1);
    assertThat(Arrays.stream(lines).noneMatch(l -> l.contains("\n"))).isTrue();
    String[] header = lines[0].split(";", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] cells = lines[i].split(";", -1);
      assertThat(cells).as("%s line %d", file.getFileName(), i + 1).hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  private static <T> TreeSet<T> list(String cell, Function<String, T> f) {
    return cell.isEmpty()
        ? new TreeSet<>()
        : Arrays.stream(cell.split("\\|")).map(f).collect(Collectors.toCollection(TreeSet::new));
  }

  private record Kobra(
      Vocabulary vocabulary,
      List<CompanyVisit> visits,
      List<SurveyAnswer> answers,
      List<FocusArea> focusAreas,
      List<Training> trainings,
      List<Partner> partners,
      Project project,
      Map<DecisionId, ApprovalFacts> decisions) {}

  private static Kobra read() throws IOException {
    List<NeedTopic> topics = new ArrayList<>();
    for (Map<String, String> r : rows(TRAINING.resolve("need_topics.csv"))) {
      topics.add(new NeedTopic(new TopicId(r.get("topic")), r.get("name")));
    }
    List<Sector> sectors = new ArrayList<>();
    for (Map<String, String> r : rows(TRAINING.resolve("sectors.csv"))) {
      sectors.add(
          new Sector(
              new SectorId(r.get("sector")),
              r.get("name"),
              Boolean.parseBoolean(r.get("selected"))));
    }
    Vocabulary vocabulary = new Vocabulary(KOBRA, topics, sectors);

    Map<BrokerId, CompetenceBroker> brokers = new HashMap<>();
    for (Map<String, String> r : rows(TRAINING.resolve("brokers.csv"))) {
      CompetenceBroker b =
          new CompetenceBroker(
              new BrokerId(r.get("id")),
              new ProjectId(r.get("project")),
              new PartnerId(r.get("partner")),
              new PersonRef(r.get("person")),
              LocalDate.parse(r.get("started")),
              optional(r.get("ended")).map(LocalDate::parse));
      brokers.put(b.id(), b);
    }
    Map<String, List<Need>> needs = new HashMap<>();
    for (Map<String, String> r : rows(TRAINING.resolve("visit_needs.csv"))) {
      needs
          .computeIfAbsent(r.get("visit"), v -> new ArrayList<>())
          .add(new Need(new TopicId(r.get("topic")), Integer.parseInt(r.get("priority"))));
    }
    VisitPolicy policy = new VisitPolicy();
    List<CompanyVisit> visits = new ArrayList<>();
    for (Map<String, String> r : rows(TRAINING.resolve("company_visits.csv"))) {
      CompanyVisit v =
          new CompanyVisit(
              new VisitId(r.get("id")),
              new ProjectId(r.get("project")),
              new BrokerId(r.get("broker")),
              LocalDate.parse(r.get("date")),
              new Company(OrganisationNumber.parse(r.get("company_number")), r.get("company_name")),
              new SectorId(r.get("sector")),
              Integer.parseInt(r.get("employees")),
              optional(r.get("advice")),
              needs.getOrDefault(r.get("id"), List.of()));
      policy.check(v, brokers.get(v.broker()), vocabulary);
      visits.add(v);
    }

    Map<SurveyTarget, String> sources = new LinkedHashMap<>();
    for (Map<String, String> r : rows(TRAINING.resolve("survey_mapping.csv"))) {
      sources.put(SurveyTarget.parse(r.get("target")), r.get("source"));
    }
    SurveyMapping mapping = new SurveyMapping(KOBRA, sources);
    mapping.checkAgainst(vocabulary);
    List<SurveyAnswer> answers = new ArrayList<>();
    for (Map<String, String> r : rows(TRAINING.resolve("survey_answers.csv"))) {
      answers.add(SurveyRow.read(mapping, vocabulary, r));
    }

    List<FocusArea> focusAreas = new ArrayList<>();
    for (Map<String, String> r : rows(TRAINING.resolve("focus_areas.csv"))) {
      focusAreas.add(
          new FocusArea(
              new ProjectId(r.get("project")),
              new TopicId(r.get("topic")),
              LocalDate.parse(r.get("chosen_on")),
              optional(r.get("decision")).map(DecisionId::parse)));
    }

    Map<String, List<ParticipantCount>> participants = new HashMap<>();
    for (Map<String, String> r : rows(TRAINING.resolve("training_participants.csv"))) {
      participants
          .computeIfAbsent(r.get("training"), t -> new ArrayList<>())
          .add(
              new ParticipantCount(
                  r.get("organisation"), r.get("country"), Integer.parseInt(r.get("count"))));
    }
    List<Training> trainings = new ArrayList<>();
    for (Map<String, String> r : rows(TRAINING.resolve("trainings.csv"))) {
      TrainingPlan plan =
          new TrainingPlan(
              new TrainingId(r.get("id")),
              new ProjectId(r.get("project")),
              r.get("title"),
              TrainingKind.valueOf(r.get("kind")),
              list(r.get("topics"), TopicId::new),
              list(r.get("target_sectors"), SectorId::new),
              EnumSet.copyOf(
                  TrainingDatasetTest.<SizeClass>list(r.get("target_sizes"), SizeClass::valueOf)),
              new PartnerId(r.get("partner")),
              DeliveryMode.valueOf(r.get("mode")),
              Boolean.parseBoolean(r.get("transnational")),
              TrainingDatasetTest.<String>list(r.get("open_to"), c -> c),
              LocalDate.parse(r.get("planned_on")));
      Training t = Training.propose(plan);
      TrainingStatus status = TrainingStatus.valueOf(r.get("status"));
      if (status == TrainingStatus.REJECTED) {
        t = t.reject(DecisionId.parse(r.get("decision")));
      } else if (status != TrainingStatus.PROPOSED) {
        t = t.approve(DecisionId.parse(r.get("decision")));
        if (status != TrainingStatus.APPROVED) {
          t =
              t.deliver(
                  LocalDate.parse(r.get("delivered_on")),
                  participants.getOrDefault(r.get("id"), List.of()));
        }
      }
      trainings.add(t);
    }

    List<Partner> partners = new ArrayList<>();
    for (Map<String, String> r : rows(WESTUM.resolve("partners.csv"))) {
      if (r.get("project").equals("KOBRA")) {
        partners.add(
            new Partner(
                new PartnerId(r.get("id")),
                KOBRA,
                r.get("organisation"),
                new NationalId(r.get("country"), r.get("national_id")),
                PartnerRole.valueOf(r.get("role")),
                optional(r.get("member")).map(OrganisationNumber::parse),
                Boolean.parseBoolean(r.get("prospective"))));
      }
    }
    Map<String, String> kobra =
        rows(WESTUM.resolve("projects.csv")).stream()
            .filter(r -> r.get("id").equals("KOBRA"))
            .findFirst()
            .orElseThrow();
    Project project =
        new Project(
            KOBRA,
            kobra.get("name"),
            new ProgrammeId(kobra.get("programme")),
            new DateRange(LocalDate.parse(kobra.get("start")), LocalDate.parse(kobra.get("end"))),
            kobra.get("coordinator"),
            ProjectStatus.valueOf(kobra.get("status")),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of());
    return new Kobra(
        vocabulary,
        visits,
        answers,
        focusAreas,
        trainings,
        partners,
        project,
        decisions(trainings));
  }

  /** The facts of the decisions the trainings name, their quorum judged from the board files. */
  private static Map<DecisionId, ApprovalFacts> decisions(List<Training> trainings)
      throws IOException {
    List<BoardSeat> seats = new ArrayList<>();
    for (Map<String, String> r : rows(WESTUM.resolve("board.csv"))) {
      seats.add(
          new BoardSeat(
              new PersonRef(r.get("person")),
              new PersonName(r.get("name")),
              BoardRole.valueOf(r.get("role"))));
    }
    BoardTerm term =
        new BoardTerm(
            new TermId("2016"),
            new DateRange(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)),
            seats,
            List.of());
    Map<String, List<PersonRef>> present = new HashMap<>();
    for (Map<String, String> r : rows(WESTUM.resolve("attendance.csv"))) {
      present
          .computeIfAbsent(r.get("meeting"), m -> new ArrayList<>())
          .add(new PersonRef(r.get("person")));
    }
    Map<String, Meeting> meetings = new HashMap<>();
    for (Map<String, String> r : rows(WESTUM.resolve("meetings.csv"))) {
      LocalDate start = LocalDate.parse(r.get("start"));
      meetings.put(
          r.get("id"),
          new Meeting(
              new MeetingId(r.get("id")),
              MeetingKind.valueOf(r.get("kind")),
              new DateRange(start, optional(r.get("end")).map(LocalDate::parse).orElse(start)),
              r.get("place"),
              new TreeSet<>(present.getOrDefault(r.get("id"), List.of()))));
    }
    Map<DecisionId, ApprovalFacts> facts = new HashMap<>();
    for (Training t : trainings) {
      t.decision()
          .ifPresent(
              d -> {
                Meeting m = meetings.get(d.meeting().value());
                facts.put(
                    d,
                    ApprovalFacts.of(d, m, new QuorumPolicy().admitsDecisionAt(m, List.of(term))));
              });
    }
    return facts;
  }

  @Test
  void
      the_analysis_at_the_end_of_february_2017_counts_the_seeds_figures_and_ranks_the_focus_areas_first()
          throws IOException {
    // given
    Kobra kobra = read();

    // when
    NeedsAnalysis analysis =
        NeedsAnalysis.of(
            kobra.vocabulary(), LocalDate.of(2017, 2, 28), kobra.visits(), kobra.answers());

    // then
    assertThat(analysis.visits()).isEqualTo(325);
    assertThat(analysis.surveyAnswers()).isEqualTo(114);
    assertThat(analysis.topics().subList(0, 3))
        .extracting(TopicEvidence::topic)
        .containsExactlyInAnyOrderElementsOf(FOCUS);
    assertThat(analysis.focusAreas(kobra.focusAreas()))
        .allMatch(FocusAreaEvidence::backed)
        .extracting(FocusAreaEvidence::rank)
        .containsExactlyInAnyOrder(1, 2, 3);
    assertThat(analysis.sectors().stream().filter(s -> s.needs() > 0))
        .allMatch(SectorEvidence::selected);
  }

  @Test
  void the_focus_areas_ranked_first_when_they_were_chosen() throws IOException {
    // given
    Kobra kobra = read();

    // when
    NeedsAnalysis autumn =
        NeedsAnalysis.of(
            kobra.vocabulary(), LocalDate.of(2016, 11, 22), kobra.visits(), kobra.answers());

    // then
    assertThat(autumn.topics().subList(0, 3))
        .extracting(TopicEvidence::topic)
        .containsExactlyInAnyOrderElementsOf(FOCUS);
  }

  @Test
  void the_compliance_at_the_end_of_march_2017_explains_every_partner() throws IOException {
    // given
    Kobra kobra = read();
    LocalDate at = LocalDate.of(2017, 3, 31);
    NeedsAnalysis analysis =
        NeedsAnalysis.of(kobra.vocabulary(), at, kobra.visits(), kobra.answers());
    TrainingFacts facts =
        TrainingFacts.of(
            kobra.vocabulary(), analysis, kobra.focusAreas(), kobra.partners(), kobra.decisions());

    // when
    ComplianceReport report =
        TrainingRules.compliance(
            kobra.project(), kobra.partners(), Quota.DEFAULT, at, kobra.trainings(), facts);

    // then
    assertThat(report.partners()).hasSize(17).allMatch(p -> p.status() == QuotaStatus.IN_PROGRESS);
    assertThat(report.partner(new PartnerId("KOBRA-P07")).orElseThrow().needed())
        .isEqualTo(
            "Lidköpings kommun: 0 delivered, 1 approved for 2017-03-15; needs at least 1 more delivered by 2018-08-31");
    assertThat(report.partner(new PartnerId("KOBRA-P02")).orElseThrow().quota().reason())
        .contains("1 pilot left out (KOBRA-T01)");
    // the two needs-based trainings satisfy every rule judged on a single training
    assertThat(
            report.trainings().stream()
                .filter(t -> t.training().plan().kind() == TrainingKind.NEEDS_BASED))
        .hasSize(2)
        .allSatisfy(t -> assertThat(t.findings()).allMatch(Finding::satisfied));
    assertThat(
            report
                .training(new TrainingId("KOBRA-T02"))
                .orElseThrow()
                .finding(ApprovalRule.RULE)
                .orElseThrow()
                .reason())
        .isEqualTo(
            "approved by B2016-07§1, a quorate BOARD_MEETING on 2016-12-08, no later than its planned day 2017-02-23");
  }

  @Test
  void kobras_indicators_for_visits_and_answers_agree_with_the_records() throws IOException {
    // given
    Kobra kobra = read();
    Map<String, List<Measurement>> measured = new HashMap<>();
    for (Map<String, String> r : rows(WESTUM.resolve("indicator_values.csv"))) {
      measured
          .computeIfAbsent(r.get("indicator"), i -> new ArrayList<>())
          .add(
              new Measurement(
                  LocalDate.parse(r.get("date")),
                  new BigDecimal(r.get("value").replace(',', '.'))));
    }
    Function<String, Indicator> indicator =
        id ->
            new Indicator(
                new IndicatorId(id),
                KOBRA,
                id,
                "st",
                BigDecimal.ZERO,
                BigDecimal.TEN.pow(3),
                measured.get(id));
    RecordCountPolicy policy = new RecordCountPolicy();
    LocalDate at = LocalDate.of(2017, 2, 28);

    // when
    List<Finding> visits = new ArrayList<>();
    for (Measurement m : measured.get("KOBRA-I1")) {
      visits.add(
          policy.assess(
              indicator.apply("KOBRA-I1"),
              RecordSource.COMPANY_VISITS,
              m.date(),
              d -> RecordSource.visits(kobra.visits(), d)));
    }
    Finding answers =
        policy.assess(
            indicator.apply("KOBRA-I2"),
            RecordSource.SURVEY_ANSWERS,
            at,
            d -> RecordSource.answers(kobra.answers(), d));

    // then
    assertThat(visits).hasSize(4).allMatch(Finding::satisfied);
    assertThat(visits.get(3).reason())
        .isEqualTo(
            "KOBRA-I1: measured 325 on 2017-02-28; 325 company-visits recorded by then: agree");
    assertThat(answers.satisfied()).isTrue();
    assertThat(answers.reason())
        .isEqualTo(
            "KOBRA-I2: measured 114 on 2016-10-31; 114 survey-answers recorded by then: agree");
  }
}
