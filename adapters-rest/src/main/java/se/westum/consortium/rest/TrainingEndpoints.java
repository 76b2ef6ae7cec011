package se.westum.consortium.rest;

import static se.westum.consortium.rest.Endpoints.json;
import static se.westum.consortium.rest.Endpoints.rejectIfAny;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.westum.consortium.application.port.in.NeedsReport;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.port.in.Training;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.FocusAreaEvidence;
import se.westum.consortium.domain.training.PartnerCompliance;
import se.westum.consortium.domain.training.TopicEvidence;
import se.westum.consortium.domain.training.TrainingAssessment;

/**
 * The handlers of the needs-based training reports: a project's needs analysis and its partners'
 * and trainings' compliance with the six training rules at a day (issue 9).
 */
final class TrainingEndpoints {

  private final Projects find;
  private final Training training;

  TrainingEndpoints(Consortium consortium) {
    this.find = consortium.projects();
    this.training = consortium.training();
  }

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
