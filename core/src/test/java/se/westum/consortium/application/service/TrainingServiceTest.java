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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.TrainingStorageFixtures.KOBRA;
import static se.westum.consortium.testing.TrainingStorageFixtures.LIDKOPING;
import static se.westum.consortium.testing.TrainingStorageFixtures.QUALITY_ASSURANCE;
import static se.westum.consortium.testing.TrainingStorageFixtures.RETAIL;
import static se.westum.consortium.testing.TrainingStorageFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.testing.TrainingStorageFixtures.answer;
import static se.westum.consortium.testing.TrainingStorageFixtures.broker;
import static se.westum.consortium.testing.TrainingStorageFixtures.focusArea;
import static se.westum.consortium.testing.TrainingStorageFixtures.mapping;
import static se.westum.consortium.testing.TrainingStorageFixtures.proposed;
import static se.westum.consortium.testing.TrainingStorageFixtures.visit;
import static se.westum.consortium.testing.TrainingStorageFixtures.vocabulary;
import static se.westum.consortium.testing.TrainingStorageFixtures.withKobra;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.DecideTrainingCommand;
import se.westum.consortium.application.port.in.DeliverTrainingCommand;
import se.westum.consortium.application.port.in.EvaluateTrainingCommand;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.NeedsReport;
import se.westum.consortium.application.port.in.RecordTrainingCommand;
import se.westum.consortium.application.port.in.RecordVisitCommand;
import se.westum.consortium.application.port.in.TrainingDataset;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.DeliveryMode;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.IndicatorFeed;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.QuotaStatus;
import se.westum.consortium.domain.training.RecordSource;
import se.westum.consortium.domain.training.SizeClass;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.TargetGroupRule;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.TrainingStatus;
import se.westum.consortium.domain.training.VisitPolicy;
import se.westum.consortium.domain.training.Vocabulary;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * The training facade over the in-memory storage: record use cases and the import run the same
 * check per record kind; rule findings are reported, not refused.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingServiceTest {

  private final InMemoryStorage storage = (InMemoryStorage) withKobra(new InMemoryStorage());
  private final se.westum.consortium.application.port.in.Training training =
      Consortium.builder().storage(storage).build().training();

  /** A dataset of the given records; any kind not given is empty. */
  private record Records(
      List<Vocabulary> vocabularyList,
      List<CompetenceBroker> brokerList,
      List<CompanyVisit> visits,
      List<SurveyAnswer> answers,
      List<FocusArea> areas,
      List<Training> trainingList,
      List<IndicatorFeed> feeds)
      implements TrainingDataset {

    @Override
    public Stream<Vocabulary> vocabularies() {
      return vocabularyList.stream();
    }

    @Override
    public Stream<SurveyMapping> surveyMappings() {
      return Stream.of(mapping());
    }

    @Override
    public Stream<CompetenceBroker> brokers() {
      return brokerList.stream();
    }

    @Override
    public Stream<CompanyVisit> companyVisits() {
      return visits.stream();
    }

    @Override
    public Stream<SurveyAnswer> surveyAnswers() {
      return answers.stream();
    }

    @Override
    public Stream<FocusArea> focusAreas() {
      return areas.stream();
    }

    @Override
    public Stream<Training> trainings() {
      return trainingList.stream();
    }

    @Override
    public Stream<IndicatorFeed> indicatorFeeds() {
      return feeds.stream();
    }
  }

  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  /** A made-up company's organisation number. */
  private static final String COMPANY =
      se.westum.consortium.testing.TrainingStorageFixtures.company(9).value();

  private static Records kobraRecords(List<Training> trainings) {
    return new Records(
        List.of(vocabulary()),
        List.of(broker("KM01", null)),
        List.of(
            visit("V1", DAY, 1, new Need(SOCIAL_MEDIA, 1)),
            visit("V2", DAY.plusDays(3), 2, new Need(SOCIAL_MEDIA, 2))),
        List.of(answer("480101", DAY.plusDays(5), 3, new Need(SOCIAL_MEDIA, 1))),
        List.of(focusArea()),
        trainings,
        List.of());
  }

  private static RecordVisitCommand visitCommand(String broker, LocalDate date) {
    return new RecordVisitCommand(
        "V9",
        "KOBRA",
        broker,
        date,
        COMPANY,
        "Ekviken Gästgiveri AB",
        "industrial-technology",
        9,
        null,
        List.of(new RecordVisitCommand.NeedCommand("social-media", 1)));
  }

  @Test
  void an_import_of_valid_records_adds_them_and_a_second_import_changes_nothing() {
    // given
    Records records = kobraRecords(List.of(proposed("T1")));

    // when
    ImportSummary first = training.importDataset(records);
    ImportSummary second = training.importDataset(records);

    // then
    assertThat(first.kinds())
        .extracting(ImportSummary.Kind::kind, ImportSummary.Kind::added)
        .contains(
            org.assertj.core.groups.Tuple.tuple("company-visit", 2),
            org.assertj.core.groups.Tuple.tuple("training", 1));
    assertThat(second.kinds()).allMatch(k -> k.added() == 0 && k.changed() == 0);
  }

  @Test
  void a_training_naming_an_unknown_decision_is_refused_and_nothing_is_written() {
    // given
    Training unknown =
        proposed("T1").approve(se.westum.consortium.domain.governance.DecisionId.parse("B9999§1"));

    // when / then
    assertThatThrownBy(() -> training.importDataset(kobraRecords(List.of(unknown))))
        .isInstanceOfSatisfying(
            RecordsRefusedException.class,
            e ->
                assertThat(e.refused())
                    .singleElement()
                    .extracting(RefusedRecord::kind, RefusedRecord::field, RefusedRecord::code)
                    .containsExactly("training", "decision", MissingReferenceException.CODE));
    assertThat(storage.vocabularies().find(KOBRA)).isEmpty();
  }

  @Test
  void a_visit_outside_its_brokers_period_is_refused_by_import_and_by_the_record_use_case_alike() {
    // given
    Records ended =
        new Records(
            List.of(vocabulary()),
            List.of(broker("KM01", LocalDate.of(2016, 1, 31))),
            List.of(visit("V1", DAY, 1)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    // when / then
    assertThatThrownBy(() -> training.importDataset(ended))
        .isInstanceOfSatisfying(
            RecordsRefusedException.class,
            e ->
                assertThat(e.refused())
                    .extracting(RefusedRecord::code)
                    .containsExactly(VisitPolicy.OUTSIDE_BROKER_PERIOD));
    training.importDataset(kobraRecords(List.of()));
    storage.brokers().saveAll(List.of(broker("KM01", LocalDate.of(2016, 1, 31))));
    assertThatThrownBy(() -> training.recordVisit(visitCommand("KM01", DAY)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ValidationException.FieldError::code)
                    .containsExactly(VisitPolicy.OUTSIDE_BROKER_PERIOD));
  }

  @Test
  void a_visit_by_an_unknown_broker_names_the_missing_reference() {
    // given
    training.importDataset(kobraRecords(List.of()));

    // when / then
    assertThatThrownBy(() -> training.recordVisit(visitCommand("KM77", DAY)))
        .isInstanceOfSatisfying(
            MissingReferenceException.class, e -> assertThat(e.field()).isEqualTo("broker"));
  }

  @Test
  void a_recorded_visit_is_counted_by_the_needs_analysis() {
    // given
    training.importDataset(kobraRecords(List.of()));

    // when
    training.recordVisit(visitCommand("KM01", DAY.plusDays(10)));
    NeedsReport needs = training.needs(new ProjectId("KOBRA"), LocalDate.of(2016, 12, 31));

    // then
    assertThat(needs.analysis().visits()).isEqualTo(3);
    assertThat(needs.analysis().surveyAnswers()).isEqualTo(1);
    assertThat(needs.analysis().topics().get(0).topic()).isEqualTo(SOCIAL_MEDIA);
    assertThat(needs.analysis().topics().get(0).needs()).isEqualTo(4);
    assertThat(needs.focusAreas()).singleElement().matches(f -> f.backed());
  }

  @Test
  void a_training_that_breaks_a_rule_is_recorded_and_the_compliance_report_says_so() {
    // given
    Training forRetail =
        Training.propose(
            new se.westum.consortium.domain.training.TrainingPlan(
                new se.westum.consortium.domain.training.TrainingId("T1"),
                KOBRA,
                "Sociala medier för handeln",
                TrainingKind.NEEDS_BASED,
                new java.util.TreeSet<>(Set.of(SOCIAL_MEDIA)),
                new java.util.TreeSet<>(Set.of(RETAIL)),
                EnumSet.of(SizeClass.SMALL),
                LIDKOPING,
                DeliveryMode.ON_SITE,
                false,
                new java.util.TreeSet<>(Set.of("SE")),
                LocalDate.of(2017, 3, 15)));

    // when
    training.importDataset(kobraRecords(List.of(forRetail)));
    ComplianceReport report =
        training.compliance(new ProjectId("KOBRA"), LocalDate.of(2017, 3, 31));

    // then
    Finding target =
        report.training(forRetail.id()).orElseThrow().finding(TargetGroupRule.RULE).orElseThrow();
    assertThat(target.satisfied()).isFalse();
    assertThat(report.partners()).hasSize(2);
  }

  @Test
  void a_training_is_proposed_approved_delivered_and_evaluated_and_then_counts_for_its_partner() {
    // given
    training.importDataset(kobraRecords(List.of()));
    training.recordTraining(
        new RecordTrainingCommand(
            "T1",
            "KOBRA",
            "Sociala medier för företag",
            TrainingKind.NEEDS_BASED,
            List.of("social-media"),
            List.of("industrial-technology"),
            Set.of(SizeClass.MICRO, SizeClass.SMALL),
            "KOBRA-P07",
            DeliveryMode.VIDEO_CONFERENCE,
            true,
            List.of("SE", "NO"),
            LocalDate.of(2017, 3, 15)));

    // when
    training.approve(new DecideTrainingCommand("T1", QUALITY_ASSURANCE.value()));
    training.deliver(
        new DeliverTrainingCommand(
            "T1",
            LocalDate.of(2017, 3, 15),
            List.of(new DeliverTrainingCommand.ParticipantsCommand("Lidköpings kommun", "SE", 9))));
    Training evaluated = training.evaluate(new EvaluateTrainingCommand("T1", 5, null));
    ComplianceReport report =
        training.compliance(new ProjectId("KOBRA"), LocalDate.of(2017, 3, 31));

    // then
    assertThat(evaluated.status()).isEqualTo(TrainingStatus.EVALUATED);
    assertThat(report.partner(LIDKOPING).orElseThrow().status()).isEqualTo(QuotaStatus.COMPLIANT);
    assertThat(report.training(evaluated.id()).orElseThrow().findings())
        .allMatch(Finding::satisfied);
  }

  @Test
  void delivering_a_proposed_training_is_an_illegal_move() {
    // given
    training.importDataset(kobraRecords(List.of(proposed("T1"))));

    // when / then
    assertThatThrownBy(
            () ->
                training.deliver(
                    new DeliverTrainingCommand(
                        "T1",
                        LocalDate.of(2017, 3, 15),
                        List.of(
                            new DeliverTrainingCommand.ParticipantsCommand(
                                "Lidköpings kommun", "SE", 9)))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.getMessage()).contains(TrainingStatus.APPROVED.name()));
  }

  @Test
  void an_indicator_fed_by_visits_is_judged_against_the_count() {
    // given
    storage
        .indicators()
        .save(
            new Indicator(
                new IndicatorId("KOBRA-I1"),
                KOBRA,
                "Företagsbesök",
                "besök",
                BigDecimal.ZERO,
                BigDecimal.valueOf(400),
                List.of(new Measurement(LocalDate.of(2016, 6, 30), BigDecimal.valueOf(3)))));
    Records records = kobraRecords(List.of());
    Records fed =
        new Records(
            records.vocabularyList(),
            records.brokerList(),
            records.visits(),
            records.answers(),
            records.areas(),
            records.trainingList(),
            List.of(new IndicatorFeed(new IndicatorId("KOBRA-I1"), RecordSource.COMPANY_VISITS)));
    training.importDataset(fed);

    // when
    NeedsReport needs = training.needs(new ProjectId("KOBRA"), LocalDate.of(2016, 12, 31));

    // then
    assertThat(needs.indicators()).singleElement().matches(f -> !f.satisfied());
    assertThat(needs.indicators().get(0).reason()).contains("measured 3", "2 company-visits");
  }
}
