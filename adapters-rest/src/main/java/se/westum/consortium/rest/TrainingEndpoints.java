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
package se.westum.consortium.rest;

import static se.westum.consortium.rest.Endpoints.json;
import static se.westum.consortium.rest.Endpoints.recordId;
import static se.westum.consortium.rest.Endpoints.rejectIfAny;

import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import se.westum.consortium.application.port.in.NeedsReport;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.port.in.Training;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.FocusAreaEvidence;
import se.westum.consortium.domain.training.PartnerCompliance;
import se.westum.consortium.domain.training.TopicEvidence;
import se.westum.consortium.domain.training.TrainingAssessment;
import se.westum.consortium.domain.training.Vocabulary;
import se.westum.consortium.rest.TrainingRepresentations.BrokerJson;
import se.westum.consortium.rest.TrainingRepresentations.DecisionJson;
import se.westum.consortium.rest.TrainingRepresentations.DeliverJson;
import se.westum.consortium.rest.TrainingRepresentations.EvaluateJson;
import se.westum.consortium.rest.TrainingRepresentations.ParticipantsJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordBrokerJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordFocusAreaJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordParticipantsJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordSectorsJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordSurveyAnswerJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordSurveyMappingJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordTopicsJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordTrainingJson;
import se.westum.consortium.rest.TrainingRepresentations.RecordVisitJson;
import se.westum.consortium.rest.TrainingRepresentations.SectorsJson;
import se.westum.consortium.rest.TrainingRepresentations.SurveyAnswerJson;
import se.westum.consortium.rest.TrainingRepresentations.SurveyMappingJson;
import se.westum.consortium.rest.TrainingRepresentations.TopicsJson;
import se.westum.consortium.rest.TrainingRepresentations.VisitJson;

/**
 * The handlers of needs-based training (issue 9): a project's vocabulary, competence brokers,
 * company visits, focus areas and trainings with their moves, the needs analysis and the partners'
 * and trainings' compliance with the six training rules at a day.
 *
 * <p>A {@code MEMBER} key works for the partners of the projects that are its own organisation (the
 * partner's {@code member}): it sees only those partners' brokers and visits (another partner's
 * visit answers 404 exactly like a missing one), and records visits only for their brokers and
 * proposes trainings only they deliver. Recording for another partner, over another partner's
 * stored record, or for a broker or partner that is not stored all answer the same 403, so a member
 * cannot tell another's id from a free one by the answer; the check runs inside the write's
 * transaction.
 */
final class TrainingEndpoints {

  private static final ObjectReader TOPICS = Json.readerFor(RecordTopicsJson.class);
  private static final ObjectReader SECTORS = Json.readerFor(RecordSectorsJson.class);
  private static final ObjectReader BROKER = Json.readerFor(RecordBrokerJson.class);
  private static final ObjectReader VISIT = Json.readerFor(RecordVisitJson.class);
  private static final ObjectReader FOCUS_AREA = Json.readerFor(RecordFocusAreaJson.class);
  private static final ObjectReader TRAINING = Json.readerFor(RecordTrainingJson.class);
  private static final ObjectReader DECISION = Json.readerFor(DecisionJson.class);
  private static final ObjectReader DELIVERY = Json.readerFor(DeliverJson.class);
  private static final ObjectReader EVALUATION = Json.readerFor(EvaluateJson.class);
  private static final ObjectReader PARTICIPANTS = Json.readerFor(RecordParticipantsJson.class);
  private static final ObjectReader MAPPING = Json.readerFor(RecordSurveyMappingJson.class);
  private static final ObjectReader ANSWER = Json.readerFor(RecordSurveyAnswerJson.class);
  private static final ObjectReader QUOTA = Json.readerFor(TrainingRepresentations.QuotaJson.class);

  private final Projects find;
  private final Training training;
  private final RequestBodies bodies;

  TrainingEndpoints(Consortium consortium, RequestBodies bodies) {
    this.find = consortium.projects();
    this.training = consortium.training();
    this.bodies = bodies;
  }

  // ---- vocabulary

  void listTopics(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(ctx, 200, TopicsJson.of(vocabularyOf(acronym)));
  }

  void recordTopics(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    RecordTopicsJson body = bodies.required(ctx, TOPICS);
    json(ctx, 200, TopicsJson.of(training.recordTopics(acronym, body.toTopics())));
  }

  void listSectors(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(ctx, 200, SectorsJson.of(vocabularyOf(acronym)));
  }

  void recordSectors(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    RecordSectorsJson body = bodies.required(ctx, SECTORS);
    json(ctx, 200, SectorsJson.of(training.recordSectors(acronym, body.toSectors())));
  }

  private Vocabulary vocabularyOf(String acronym) {
    return training
        .vocabulary(acronym)
        .orElse(new Vocabulary(new ProjectId(acronym), List.of(), List.of()));
  }

  // ---- survey mapping, survey answers and the partner quota

  /** The project's survey mapping: 404 {@code survey-mapping-not-found} while none is recorded. */
  void getSurveyMapping(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(
        ctx,
        200,
        SurveyMappingJson.of(
            training
                .surveyMapping(acronym)
                .orElseThrow(() -> new NotFoundException("survey-mapping", acronym))));
  }

  /** Records or replaces the project's survey mapping, whole. */
  void recordSurveyMapping(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    RecordSurveyMappingJson body = bodies.required(ctx, MAPPING);
    json(ctx, 200, SurveyMappingJson.of(training.recordSurveyMapping(body.toMapping(acronym))));
  }

  /** The project's survey answers, by id. */
  void listSurveyAnswers(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(ctx, 200, training.surveyAnswers(acronym).stream().map(SurveyAnswerJson::of).toList());
  }

  /** Records or replaces one survey answer of the project, as its mapping would read it. */
  void recordSurveyAnswer(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    String id = recordId(ctx, "id");
    RecordSurveyAnswerJson body = bodies.required(ctx, ANSWER);
    json(ctx, 200, SurveyAnswerJson.of(training.recordSurveyAnswer(body.toAnswer(acronym, id))));
  }

  /** The project's partner quota: the one set, else the default 1 to 3. */
  void getQuota(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(ctx, 200, TrainingRepresentations.QuotaJson.of(training.quota(new ProjectId(acronym))));
  }

  /** Sets the project's partner quota (rule {@code partner-quota}). */
  void setQuota(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    TrainingRepresentations.QuotaJson body = bodies.required(ctx, QUOTA);
    json(
        ctx,
        200,
        TrainingRepresentations.QuotaJson.of(
            training.setQuota(new ProjectId(acronym), body.toQuota())));
  }

  // ---- brokers and visits

  /** The project's brokers; a {@code MEMBER} key sees its own partners' only. */
  void listBrokers(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    Predicate<PartnerId> visible = visiblePartners(ctx, acronym);
    json(
        ctx,
        200,
        training.brokers(acronym).stream()
            .filter(b -> visible.test(b.partner()))
            .map(BrokerJson::of)
            .toList());
  }

  void recordBroker(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordBrokerJson body = bodies.required(ctx, BROKER);
    json(ctx, 200, BrokerJson.of(training.recordBroker(body.toBroker(id))));
  }

  /** The project's visits; a {@code MEMBER} key sees its own partners' brokers' only. */
  void listVisits(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    Predicate<PartnerId> visible = visiblePartners(ctx, acronym);
    Set<BrokerId> brokers = new HashSet<>();
    training.brokers(acronym).stream()
        .filter(b -> visible.test(b.partner()))
        .forEach(b -> brokers.add(b.id()));
    json(
        ctx,
        200,
        training.visits(acronym).stream()
            .filter(v -> brokers.contains(v.broker()))
            .map(VisitJson::of)
            .toList());
  }

  /** One visit: 404 when not recorded and, for a {@code MEMBER} key, when another partner's. */
  void getVisit(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    CompanyVisit visit =
        training
            .visit(id)
            .filter(
                v ->
                    training
                        .broker(v.broker().value())
                        .map(b -> visiblePartners(ctx, v.project().value()).test(b.partner()))
                        .orElse(false))
            .orElseThrow(() -> new NotFoundException("visit", id));
    json(ctx, 200, VisitJson.of(visit));
  }

  /**
   * Records or replaces a visit with its needs. For a {@code MEMBER} key the visit's broker and a
   * stored visit's broker must work for its own partners (else 403, in the write's transaction).
   */
  void recordVisit(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordVisitJson body = bodies.required(ctx, VISIT);
    Optional<String> member = Gatekeeper.memberOf(ctx);
    CompanyVisit visit =
        member.isEmpty()
            ? training.recordVisit(body.toCommand(id))
            : training.recordVisit(body.toCommand(id), ownOnly(member.get(), "visits"));
    json(ctx, 200, VisitJson.of(visit));
  }

  // ---- focus areas

  void listFocusAreas(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(
        ctx,
        200,
        training.focusAreas(acronym).stream()
            .map(TrainingRepresentations.FocusAreaJson::of)
            .toList());
  }

  /** Records or replaces the focus area on the topic {@code id}. */
  void recordFocusArea(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    String topic = recordId(ctx, "id");
    RecordFocusAreaJson body = bodies.required(ctx, FOCUS_AREA);
    json(
        ctx,
        200,
        TrainingRepresentations.FocusAreaJson.of(
            training.recordFocusArea(body.toFocusArea(acronym, topic))));
  }

  // ---- trainings

  void listTrainings(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(
        ctx,
        200,
        training.trainings(acronym).stream()
            .map(TrainingRepresentations.TrainingJson::of)
            .toList());
  }

  void getTraining(Context ctx) throws Exception {
    json(ctx, 200, TrainingRepresentations.TrainingJson.of(storedTraining(ctx)));
  }

  /**
   * Proposes a training (or records a proposed one's plan again). For a {@code MEMBER} key its
   * delivering partner, and a stored training's, must be its own (else 403, in the write's
   * transaction).
   */
  void recordTraining(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordTrainingJson body = bodies.required(ctx, TRAINING);
    Optional<String> member = Gatekeeper.memberOf(ctx);
    var recorded =
        member.isEmpty()
            ? training.recordTraining(body.toCommand(id))
            : training.recordTraining(body.toCommand(id), ownOnly(member.get(), "trainings"));
    json(ctx, 200, TrainingRepresentations.TrainingJson.of(recorded));
  }

  void approveTraining(Context ctx) throws Exception {
    move(ctx, DECISION, (DecisionJson body, String id) -> training.approve(body.toCommand(id)));
  }

  void rejectTraining(Context ctx) throws Exception {
    move(ctx, DECISION, (DecisionJson body, String id) -> training.reject(body.toCommand(id)));
  }

  void deliverTraining(Context ctx) throws Exception {
    move(ctx, DELIVERY, (DeliverJson body, String id) -> training.deliver(body.toCommand(id)));
  }

  void evaluateTraining(Context ctx) throws Exception {
    move(ctx, EVALUATION, (EvaluateJson body, String id) -> training.evaluate(body.toCommand(id)));
  }

  /** A move of the training at {@code {id}}, asked for by a body of {@code reader}'s type. */
  private <B> void move(
      Context ctx,
      ObjectReader reader,
      java.util.function.BiFunction<B, String, se.westum.consortium.domain.training.Training> move)
      throws Exception {
    String id = recordId(ctx, "id");
    B body = bodies.required(ctx, reader);
    json(ctx, 200, TrainingRepresentations.TrainingJson.of(move.apply(body, id)));
  }

  void listParticipants(Context ctx) throws Exception {
    json(ctx, 200, ParticipantsJson.of(storedTraining(ctx)));
  }

  void recordParticipants(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordParticipantsJson body = bodies.required(ctx, PARTICIPANTS);
    json(ctx, 200, ParticipantsJson.of(training.recordParticipants(id, body.toParticipants())));
  }

  private se.westum.consortium.domain.training.Training storedTraining(Context ctx) {
    String id = recordId(ctx, "id");
    return training.training(id).orElseThrow(() -> new NotFoundException("training", id));
  }

  // ---- access

  /** The partners of the project whose records the caller sees: all but for a {@code MEMBER}. */
  private Predicate<PartnerId> visiblePartners(Context ctx, String acronym) {
    Optional<String> member = Gatekeeper.memberOf(ctx);
    if (member.isEmpty()) {
      return partner -> true;
    }
    Set<PartnerId> own = new HashSet<>();
    find.partners(new ProjectId(acronym)).stream()
        .filter(p -> isOwn(p, member.get()))
        .forEach(p -> own.add(p.id()));
    return own::contains;
  }

  /** The guard of a member's write: every partner it touches must be one of its own. */
  private static Consumer<Optional<Partner>> ownOnly(String member, String what) {
    return partner -> {
      if (partner.isEmpty() || !isOwn(partner.get(), member)) {
        throw Gatekeeper.forbidden(
            "a MEMBER key records only "
                + what
                + " of the partners that are its own organisation ("
                + member
                + ")");
      }
    };
  }

  private static boolean isOwn(Partner partner, String member) {
    return partner.member().map(n -> n.value().equals(member)).orElse(false);
  }

  private String storedProject(Context ctx) {
    return Endpoints.storedProject(ctx, find).id().value();
  }

  // ---- reports

  /** The needs analysis of the project at the day {@code at} (required). */
  void needs(Context ctx) throws Exception {
    LocalDate at = at(ctx);
    String acronym = Endpoints.storedProject(ctx, find).id().value();
    json(ctx, 200, NeedsJson.of(training.needs(new ProjectId(acronym), at)));
  }

  /** The compliance of the project at the day {@code at} (required). */
  void compliance(Context ctx) throws Exception {
    LocalDate at = at(ctx);
    String acronym = Endpoints.storedProject(ctx, find).id().value();
    json(ctx, 200, ComplianceJson.of(training.compliance(new ProjectId(acronym), at)));
  }

  private static LocalDate at(Context ctx) {
    List<FieldError> errors = new ArrayList<>();
    String text = ctx.queryParam("at");
    LocalDate at = null;
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("at", "missing", "the query parameter at is required"));
    } else {
      try {
        at = LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("at", "invalid-date", "must be a date, yyyy-MM-dd"));
      }
    }
    rejectIfAny(errors);
    return at;
  }

  /** A rule's verdict with its reason. */
  record FindingJson(String rule, boolean satisfied, String reason) {
    static FindingJson of(Finding f) {
      return new FindingJson(f.rule(), f.satisfied(), f.reason());
    }
  }

  /** One need topic's evidence. */
  record TopicJson(
      String topic, String name, int needs, int companies, Map<String, Integer> bySector) {
    static TopicJson of(TopicEvidence t) {
      Map<String, Integer> sectors = new TreeMap<>();
      t.bySector().forEach((s, n) -> sectors.put(s.value(), n));
      return new TopicJson(t.topic().value(), t.name(), t.needs(), t.companies(), sectors);
    }
  }

  /** One focus area with the evidence behind it. */
  record FocusAreaJson(
      String topic, String chosenOn, int needs, int companies, int rank, boolean backed) {
    static FocusAreaJson of(FocusAreaEvidence f) {
      return new FocusAreaJson(
          f.area().topic().value(),
          f.area().chosenOn().toString(),
          f.needs(),
          f.companies(),
          f.rank(),
          f.backed());
    }
  }

  /** The needs analysis. */
  record NeedsJson(
      String project,
      String at,
      int visits,
      int surveyAnswers,
      int companies,
      List<TopicJson> topics,
      List<FocusAreaJson> focusAreas,
      List<FindingJson> indicators) {
    static NeedsJson of(NeedsReport r) {
      return new NeedsJson(
          r.analysis().project().value(),
          r.analysis().at().toString(),
          r.analysis().visits(),
          r.analysis().surveyAnswers(),
          r.analysis().companies(),
          r.analysis().topics().stream().map(TopicJson::of).toList(),
          r.focusAreas().stream().map(FocusAreaJson::of).toList(),
          r.indicators().stream().map(FindingJson::of).toList());
    }
  }

  /** The partner quota. */
  record QuotaJson(int min, int max) {}

  /** One partner's standing. */
  record PartnerJson(
      String partner,
      String organisation,
      String country,
      int delivered,
      int counted,
      int approved,
      int proposed,
      int pilots,
      String status,
      String needed,
      String reason) {
    static PartnerJson of(PartnerCompliance p) {
      return new PartnerJson(
          p.partner().value(),
          p.organisation(),
          p.country(),
          p.delivered(),
          p.counted(),
          p.approved(),
          p.proposed(),
          p.pilots(),
          p.status().name(),
          p.needed(),
          p.quota().reason());
    }
  }

  /** One training with every rule's finding. */
  record TrainingJson(
      String id,
      String title,
      String kind,
      String status,
      String partner,
      List<FindingJson> findings) {
    static TrainingJson of(TrainingAssessment t) {
      return new TrainingJson(
          t.training().id().value(),
          t.training().plan().title(),
          t.training().plan().kind().name(),
          t.training().status().name(),
          t.training().plan().partner().value(),
          t.findings().stream().map(FindingJson::of).toList());
    }
  }

  /** The compliance report. */
  record ComplianceJson(
      String project,
      String at,
      QuotaJson quota,
      List<PartnerJson> partners,
      List<TrainingJson> trainings) {
    static ComplianceJson of(ComplianceReport r) {
      return new ComplianceJson(
          r.project().value(),
          r.at().toString(),
          new QuotaJson(r.quota().min(), r.quota().max()),
          r.partners().stream().map(PartnerJson::of).toList(),
          r.trainings().stream().map(TrainingJson::of).toList());
    }
  }
}
