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
package se.westum.consortium.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.westum.consortium.testing.TrainingStorageFixtures.KOBRA;
import static se.westum.consortium.testing.TrainingStorageFixtures.LIDKOPING;
import static se.westum.consortium.testing.TrainingStorageFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.testing.TrainingStorageFixtures.answer;
import static se.westum.consortium.testing.TrainingStorageFixtures.broker;
import static se.westum.consortium.testing.TrainingStorageFixtures.mapping;
import static se.westum.consortium.testing.TrainingStorageFixtures.proposed;
import static se.westum.consortium.testing.TrainingStorageFixtures.visit;
import static se.westum.consortium.testing.TrainingStorageFixtures.vocabulary;
import static se.westum.consortium.testing.TrainingStorageFixtures.withKobra;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.RecordTrainingCommand;
import se.westum.consortium.application.port.in.RecordVisitCommand;
import se.westum.consortium.application.port.in.TrainingDataset;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyTarget;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.TrainingPlan;
import se.westum.consortium.domain.training.TrainingStatus;
import se.westum.consortium.domain.training.VisitPolicy;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The needs-based training rules across records, written once and run by every storage: for each
 * record kind, a record that breaks a rule is refused by its record use case on {@code
 * consortium.training()} and by {@code importTraining} with the same code, field and message, and
 * the refused import writes nothing. An implementation extends this class and returns a fresh,
 * empty storage.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class TrainingRulesContract {

  private static final String MISSING = MissingReferenceException.CODE;
  private static final ProjectId NOWHERE = new ProjectId("NOWHERE");
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  @Test
  void a_vocabulary_of_a_project_not_stored_is_refused_at_its_project() {
    Vocabulary elsewhere = new Vocabulary(NOWHERE, vocabulary().topics(), vocabulary().sectors());
    refusedAlike(Given.none(), Given.none().with(elsewhere), t -> t.recordVocabulary(elsewhere));
    refusedAlike(
        Given.none(),
        Given.none().with(elsewhere),
        t -> t.recordTopics(NOWHERE.value(), vocabulary().topics()));
    refusedAlike(
        Given.none(),
        Given.none().with(elsewhere),
        t -> t.recordSectors(NOWHERE.value(), vocabulary().sectors()));
  }

  @Test
  void a_broker_of_a_partner_of_another_project_is_refused_at_its_partner() {
    CompetenceBroker foreign =
        new CompetenceBroker(
            broker("KM09", null).id(),
            KOBRA,
            new PartnerId("EPLUS-WESTUM"),
            broker("KM09", null).person(),
            LocalDate.of(2015, 10, 1),
            Optional.empty());
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(foreign),
        MISSING,
        "partner",
        t -> t.recordBroker(foreign));
  }

  @Test
  void a_broker_of_a_project_not_stored_is_refused_at_its_project() {
    CompetenceBroker elsewhere =
        new CompetenceBroker(
            broker("KM09", null).id(),
            NOWHERE,
            LIDKOPING,
            broker("KM09", null).person(),
            LocalDate.of(2015, 10, 1),
            Optional.empty());
    refusedAlike(
        Given.none(),
        Given.none().with(elsewhere),
        MISSING,
        "project",
        t -> t.recordBroker(elsewhere));
  }

  @Test
  void a_focus_area_on_a_topic_outside_the_vocabulary_is_refused_at_its_topic() {
    FocusArea area = new FocusArea(KOBRA, new TopicId("knitting"), DAY, Optional.empty());
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(area),
        Vocabulary.UNKNOWN_TOPIC,
        "topic",
        t -> t.recordFocusArea(area));
  }

  @Test
  void a_focus_area_naming_a_decision_not_stored_is_refused_at_its_decision() {
    FocusArea area =
        new FocusArea(KOBRA, SOCIAL_MEDIA, DAY, Optional.of(DecisionId.parse("B2099-01§9")));
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(area),
        MISSING,
        "decision",
        t -> t.recordFocusArea(area));
  }

  @Test
  void a_survey_mapping_naming_a_topic_outside_the_vocabulary_is_refused_at_its_target() {
    Map<SurveyTarget, String> sources = new LinkedHashMap<>(mapping().sources());
    sources.put(SurveyTarget.topic(new TopicId("knitting")), "Behov: Stickning");
    SurveyMapping bad = new SurveyMapping(KOBRA, sources);
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(bad),
        Vocabulary.UNKNOWN_TOPIC,
        "target",
        t -> t.recordSurveyMapping(bad));
  }

  @Test
  void a_survey_answer_of_a_project_without_a_vocabulary_is_refused_at_its_project() {
    SurveyAnswer bad = answer("480101", DAY, 1);
    refusedAlike(
        Given.none(), Given.none().with(bad), MISSING, "project", t -> t.recordSurveyAnswer(bad));
  }

  @Test
  void a_survey_answer_naming_a_topic_outside_the_vocabulary_is_refused_at_its_need() {
    SurveyAnswer bad = answer("480101", DAY, 1, new Need(new TopicId("knitting"), 1));
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(bad),
        Vocabulary.UNKNOWN_TOPIC,
        "needs[0]",
        t -> t.recordSurveyAnswer(bad));
  }

  @Test
  void a_visit_outside_its_brokers_period_is_refused_at_its_date() {
    CompanyVisit late = visit("V1", LocalDate.of(2016, 7, 1), 1, new Need(SOCIAL_MEDIA, 1));
    Given given = Given.vocabulary().with(broker("KM01", LocalDate.of(2016, 6, 30)));
    refusedAlike(
        given,
        given.with(late),
        VisitPolicy.OUTSIDE_BROKER_PERIOD,
        "date",
        t -> t.recordVisit(command(late)));
  }

  @Test
  void a_visit_by_a_broker_not_stored_is_refused_at_its_broker() {
    CompanyVisit orphan = visit("V1", DAY, 1);
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(orphan),
        MISSING,
        "broker",
        t -> t.recordVisit(command(orphan)));
  }

  @Test
  void a_visit_in_a_sector_outside_the_vocabulary_is_refused_at_its_sector() {
    CompanyVisit base = visit("V1", DAY, 1);
    CompanyVisit elsewhere =
        new CompanyVisit(
            base.id(),
            KOBRA,
            base.broker(),
            DAY,
            base.company(),
            new se.westum.consortium.domain.training.SectorId("fishing"),
            base.employees(),
            base.advice(),
            List.of());
    Given given = Given.vocabulary().with(broker("KM01", null));
    refusedAlike(
        given,
        given.with(elsewhere),
        Vocabulary.UNKNOWN_SECTOR,
        "sector",
        t -> t.recordVisit(command(elsewhere)));
  }

  @Test
  void a_training_by_a_partner_of_another_project_is_refused_at_its_partner() {
    Training foreign = withPartner(proposed("T1"), new PartnerId("EPLUS-WESTUM"));
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(foreign),
        MISSING,
        "partner",
        t -> t.recordTraining(command(foreign)));
  }

  @Test
  void a_training_serving_a_goal_not_stored_is_refused_at_its_goal() {
    Training unknown = withGoal(proposed("T1"), new GoalId("2016-IX"));
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(unknown),
        MISSING,
        "goal",
        t -> t.recordTraining(command(unknown)));
  }

  @Test
  void a_training_serving_a_stored_goal_keeps_it_by_either_door() {
    // given
    Storage storage = withKobra(emptyStorage());
    GoalId second = new GoalId("2016-II");
    storage.goals().save(new Goal(second, Year.of(2016), "II", "Flexibel leverans"));
    var training = Consortium.builder().storage(storage).build().training();

    // when
    training.importDataset(Given.vocabulary().with(withGoal(proposed("T1"), second)).dataset());
    training.recordTraining(command(withGoal(proposed("T2"), second)));
    training.recordTraining(command(proposed("T3")));

    // then
    assertThat(storage.trainings().find(new TrainingId("T1")).orElseThrow().goal())
        .contains(second);
    assertThat(storage.trainings().find(new TrainingId("T2")).orElseThrow().goal())
        .contains(second);
    assertThat(storage.trainings().find(new TrainingId("T3")).orElseThrow().goal()).isEmpty();
  }

  @Test
  void a_training_targeting_a_sector_outside_the_vocabulary_is_refused_at_its_target_sectors() {
    TrainingPlan plan = proposed("T1").plan();
    Training bad =
        Training.propose(
            new TrainingPlan(
                plan.id(),
                plan.project(),
                plan.title(),
                plan.kind(),
                plan.topics(),
                new java.util.TreeSet<>(
                    List.of(new se.westum.consortium.domain.training.SectorId("fishing"))),
                plan.targetSizes(),
                plan.partner(),
                plan.mode(),
                plan.transnational(),
                plan.openTo(),
                plan.plannedOn()));
    refusedAlike(
        Given.vocabulary(),
        Given.vocabulary().with(bad),
        Vocabulary.UNKNOWN_SECTOR,
        "targetSectors",
        t -> t.recordTraining(command(bad)));
  }

  @Test
  void participants_of_a_training_not_delivered_are_refused_as_a_row_with_them_is() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.vocabularies().saveAll(List.of(vocabulary()));
    var training = Consortium.builder().storage(storage).build().training();
    training.importDataset(Given.vocabulary().with(proposed("T1")).dataset());
    List<ParticipantCount> participants =
        List.of(new ParticipantCount("Lidköpings kommun", "SE", 3));

    // when
    ValidationException byRow =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                Training.of(
                    proposed("T1").plan(),
                    TrainingStatus.PROPOSED,
                    Optional.empty(),
                    Optional.empty(),
                    participants,
                    Optional.empty(),
                    Optional.empty()));
    ValidationException byRecord =
        catchThrowableOfType(
            ValidationException.class, () -> training.recordParticipants("T1", participants));

    // then
    assertThat(byRow).isNotNull();
    assertThat(byRecord).isNotNull();
    assertThat(byRecord.errors()).containsExactlyElementsOf(byRow.errors());
    assertThat(training.training("T1").orElseThrow().participants()).isEmpty();
  }

  @Test
  void participants_of_a_delivered_training_replace_its_participants() {
    // given
    Storage storage = withKobra(emptyStorage());
    var training = Consortium.builder().storage(storage).build().training();
    training.importDataset(
        Given.vocabulary().with(TrainingStorageFixtures.evaluated("T1")).dataset());
    List<ParticipantCount> participants = List.of(new ParticipantCount("Vara kommun", "SE", 7));

    // when
    Training recorded = training.recordParticipants("T1", participants);

    // then
    assertThat(recorded.status()).isEqualTo(TrainingStatus.EVALUATED);
    assertThat(training.training("T1").orElseThrow().participants()).isEqualTo(participants);
    assertThat(training.training("T1").orElseThrow().deliveredOn())
        .isEqualTo(TrainingStorageFixtures.evaluated("T1").deliveredOn());
  }

  @Test
  void the_create_only_core_refuses_to_replace_a_stored_training_record_and_keeps_it() {
    // given: a vocabulary, a broker, a focus area and a delivered training with participants
    Storage storage = withKobra(emptyStorage());
    Consortium consortium = Consortium.builder().storage(storage).build();
    var training = consortium.training();
    training.importDataset(
        Given.vocabulary().with(TrainingStorageFixtures.evaluated("T1")).dataset());
    training.recordBroker(broker("KM01", null));
    training.recordFocusArea(TrainingStorageFixtures.focusArea());
    List<ParticipantCount> first = List.of(new ParticipantCount("Vara kommun", "SE", 7));
    training.recordParticipants("T1", first);
    var createOnly = consortium.createOnly().training();

    // when: each written again through the create-only core (what PUT with If-None-Match: * runs)
    List<DomainException> refused =
        List.of(
            catchThrowableOfType(
                DomainException.class,
                () -> createOnly.recordTopics(KOBRA.value(), vocabulary().topics())),
            catchThrowableOfType(
                DomainException.class,
                () -> createOnly.recordSectors(KOBRA.value(), vocabulary().sectors())),
            catchThrowableOfType(
                DomainException.class,
                () -> createOnly.recordBroker(broker("KM01", DAY.plusYears(1)))),
            catchThrowableOfType(
                DomainException.class,
                () -> createOnly.recordFocusArea(TrainingStorageFixtures.focusArea())),
            catchThrowableOfType(
                DomainException.class,
                () ->
                    createOnly.recordParticipants(
                        "T1", List.of(new ParticipantCount("Lysekils kommun", "SE", 2)))));

    // then
    assertThat(refused)
        .allSatisfy(
            e ->
                assertThat(e)
                    .isNotNull()
                    .extracting(DomainException::code)
                    .isEqualTo("already-recorded"));
    assertThat(training.brokers(KOBRA.value())).containsExactly(broker("KM01", null));
    assertThat(training.training("T1").orElseThrow().participants()).isEqualTo(first);
  }

  @Test
  void the_record_use_cases_store_what_the_import_would_and_read_it_back() {
    // given
    Storage storage = withKobra(emptyStorage());
    var training = Consortium.builder().storage(storage).build().training();

    // when
    training.recordTopics(KOBRA.value(), vocabulary().topics());
    training.recordSectors(KOBRA.value(), vocabulary().sectors());
    training.recordSurveyMapping(mapping());
    training.recordBroker(broker("KM01", null));
    training.recordVisit(command(visit("V1", DAY, 1, new Need(SOCIAL_MEDIA, 1))));
    training.recordSurveyAnswer(answer("480101", DAY, 2));
    training.recordFocusArea(TrainingStorageFixtures.focusArea());
    training.recordTraining(command(proposed("T1")));

    // then
    assertThat(training.vocabulary(KOBRA.value())).contains(vocabulary());
    assertThat(storage.surveyMappings().find(KOBRA)).contains(mapping());
    assertThat(training.brokers(KOBRA.value())).containsExactly(broker("KM01", null));
    assertThat(training.visits(KOBRA.value()))
        .containsExactly(visit("V1", DAY, 1, new Need(SOCIAL_MEDIA, 1)));
    assertThat(storage.surveyAnswers().find(answer("480101", DAY, 2).id()))
        .contains(answer("480101", DAY, 2));
    assertThat(training.focusAreas(KOBRA.value()))
        .containsExactly(TrainingStorageFixtures.focusArea());
    assertThat(training.trainings(KOBRA.value())).containsExactly(proposed("T1"));
  }

  @Test
  void a_guard_that_refuses_the_partner_writes_nothing() {
    // given
    Storage storage = withKobra(emptyStorage());
    var training = Consortium.builder().storage(storage).build().training();
    training.importDataset(Given.vocabulary().with(broker("KM01", null)).dataset());
    List<Optional<PartnerId>> seen = new ArrayList<>();

    // when
    IllegalStateException refused =
        catchThrowableOfType(
            IllegalStateException.class,
            () ->
                training.recordVisit(
                    command(visit("V1", DAY, 1)),
                    partner -> {
                      seen.add(partner.map(p -> p.id()));
                      throw new IllegalStateException("not yours");
                    }));

    // then
    assertThat(refused).isNotNull();
    assertThat(seen).containsExactly(Optional.of(LIDKOPING));
    assertThat(training.visits(KOBRA.value())).isEmpty();
  }

  // ---- the comparison

  private void refusedAlike(
      Given given, Given bad, String code, String field, RecordUseCase record) {
    // given
    Storage storage = withKobra(emptyStorage());
    var training = Consortium.builder().storage(storage).build().training();

    // when
    RecordsRefusedException byImport =
        catchThrowableOfType(
            RecordsRefusedException.class, () -> training.importDataset(bad.dataset()));
    boolean nothingWritten = nothingIn(storage);
    training.importDataset(given.dataset());
    DomainException byRecord =
        catchThrowableOfType(DomainException.class, () -> record.run(training));

    // then
    assertThat(byImport).as("refused by the import").isNotNull();
    assertThat(nothingWritten).as("the refused import wrote nothing").isTrue();
    assertThat(byImport.refused()).as("refusals").hasSize(1);
    RefusedRecord refused = byImport.refused().get(0);
    assertThat(refused.code()).as("the import's code").isEqualTo(code);
    assertThat(refused.field()).as("the import's field").isEqualTo(field);
    assertThat(byRecord).as("refused by the record use case").isNotNull();
    assertThat(codeOf(byRecord)).as("the record use case's code").isEqualTo(code);
    assertThat(fieldOf(byRecord)).as("the record use case's field").isEqualTo(field);
    assertThat(messageOf(byRecord)).as("the same message").isEqualTo(refused.message());
  }

  private void refusedAlike(Given given, Given bad, RecordUseCase record) {
    refusedAlike(given, bad, MISSING, "project", record);
  }

  private static boolean nothingIn(Storage storage) {
    try (Stream<Vocabulary> vocabularies = storage.vocabularies().stream();
        Stream<CompetenceBroker> brokers = storage.brokers().stream();
        Stream<CompanyVisit> visits = storage.companyVisits().stream();
        Stream<Training> trainings = storage.trainings().stream()) {
      return vocabularies.findAny().isEmpty()
          && brokers.findAny().isEmpty()
          && visits.findAny().isEmpty()
          && trainings.findAny().isEmpty();
    }
  }

  private static String codeOf(DomainException e) {
    return e instanceof ValidationException v ? v.errors().get(0).code() : e.code();
  }

  private static String fieldOf(DomainException e) {
    if (e instanceof ValidationException v) {
      return v.errors().get(0).field();
    }
    return e instanceof MissingReferenceException m ? m.field() : "";
  }

  private static String messageOf(DomainException e) {
    return e instanceof ValidationException v ? v.errors().get(0).message() : e.getMessage();
  }

  /** One call of a record use case. */
  @FunctionalInterface
  private interface RecordUseCase {
    void run(se.westum.consortium.application.port.in.Training training);
  }

  static RecordVisitCommand command(CompanyVisit visit) {
    return new RecordVisitCommand(
        visit.id().value(),
        visit.project().value(),
        visit.broker().value(),
        visit.date(),
        visit.company().number().value(),
        visit.company().name(),
        visit.sector().value(),
        visit.employees(),
        visit.advice().orElse(null),
        visit.needs().stream()
            .map(n -> new RecordVisitCommand.NeedCommand(n.topic().value(), n.priority()))
            .toList());
  }

  static RecordTrainingCommand command(Training training) {
    TrainingPlan plan = training.plan();
    return new RecordTrainingCommand(
        plan.id().value(),
        plan.project().value(),
        plan.title(),
        plan.kind(),
        plan.topics().stream().map(TopicId::value).toList(),
        plan.targetSectors().stream().map(s -> s.value()).toList(),
        plan.targetSizes(),
        plan.partner().value(),
        plan.mode(),
        plan.transnational(),
        List.copyOf(plan.openTo()),
        plan.plannedOn(),
        plan.goal().map(GoalId::value).orElse(null));
  }

  private static Training withPartner(Training training, PartnerId partner) {
    TrainingPlan p = training.plan();
    return Training.propose(
        new TrainingPlan(
            p.id(),
            p.project(),
            p.title(),
            p.kind(),
            p.topics(),
            p.targetSectors(),
            p.targetSizes(),
            partner,
            p.mode(),
            p.transnational(),
            p.openTo(),
            p.plannedOn(),
            p.goal()));
  }

  private static Training withGoal(Training training, GoalId goal) {
    TrainingPlan p = training.plan();
    return Training.propose(
        new TrainingPlan(
            p.id(),
            p.project(),
            p.title(),
            p.kind(),
            p.topics(),
            p.targetSectors(),
            p.targetSizes(),
            p.partner(),
            p.mode(),
            p.transnational(),
            p.openTo(),
            p.plannedOn(),
            Optional.of(goal)));
  }

  /** The records of one training dataset; every kind not given is empty. */
  private record Given(List<Object> records) {

    static Given none() {
      return new Given(List.of());
    }

    static Given vocabulary() {
      return none().with(TrainingStorageFixtures.vocabulary());
    }

    Given with(Object record) {
      List<Object> more = new ArrayList<>(records);
      more.add(record);
      return new Given(List.copyOf(more));
    }

    private <T> Stream<T> of(Class<T> kind) {
      return records.stream().filter(kind::isInstance).map(kind::cast);
    }

    TrainingDataset dataset() {
      return new TrainingDataset() {
        @Override
        public Stream<Vocabulary> vocabularies() {
          return of(Vocabulary.class);
        }

        @Override
        public Stream<SurveyMapping> surveyMappings() {
          return of(SurveyMapping.class);
        }

        @Override
        public Stream<CompetenceBroker> brokers() {
          return of(CompetenceBroker.class);
        }

        @Override
        public Stream<CompanyVisit> companyVisits() {
          return of(CompanyVisit.class);
        }

        @Override
        public Stream<SurveyAnswer> surveyAnswers() {
          return of(SurveyAnswer.class);
        }

        @Override
        public Stream<FocusArea> focusAreas() {
          return of(FocusArea.class);
        }

        @Override
        public Stream<Training> trainings() {
          return of(Training.class);
        }
      };
    }
  }
}
