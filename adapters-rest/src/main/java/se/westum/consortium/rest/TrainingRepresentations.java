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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import se.westum.consortium.application.port.in.DecideTrainingCommand;
import se.westum.consortium.application.port.in.DeliverTrainingCommand;
import se.westum.consortium.application.port.in.EvaluateTrainingCommand;
import se.westum.consortium.application.port.in.RecordTrainingCommand;
import se.westum.consortium.application.port.in.RecordVisitCommand;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.DeliveryMode;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.NeedTopic;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.Sector;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.SizeClass;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyAnswerId;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyTarget;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The JSON shapes of the needs-based training records. A request's required fields are checked for
 * presence here (every missing one listed, 400); their values are checked by the core's own
 * constructors and commands, so the REST API accepts exactly what an import accepts. A broker is a
 * pseudonymous person reference only.
 */
final class TrainingRepresentations {

  private TrainingRepresentations() {}

  /** Collects the required fields a body left out. */
  private static final class Present {
    private final List<FieldError> errors = new ArrayList<>();

    <T> T required(String field, T value) {
      if (value == null) {
        errors.add(new FieldError(field, "missing", "is required"));
      }
      return value;
    }

    <T> List<T> list(String field, List<T> value) {
      List<T> list = required(field, value);
      if (list != null) {
        for (int i = 0; i < list.size(); i++) {
          required(field + "[" + i + "]", list.get(i));
        }
      }
      return list;
    }

    void rejectIfAny() {
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
    }
  }

  // ---- requests

  /** One need topic of a vocabulary. */
  record TopicJson(String topic, String name) {}

  /** The need topics of a project. */
  record RecordTopicsJson(List<TopicJson> topics) {
    List<NeedTopic> toTopics() {
      Present present = new Present();
      present.list("topics", topics);
      present.rejectIfAny();
      for (int i = 0; i < topics.size(); i++) {
        present.required("topics[" + i + "].topic", topics.get(i).topic());
        present.required("topics[" + i + "].name", topics.get(i).name());
      }
      present.rejectIfAny();
      return topics.stream().map(t -> new NeedTopic(new TopicId(t.topic()), t.name())).toList();
    }
  }

  /** One sector of a vocabulary and whether the project selected it. */
  record SectorJson(String sector, String name, Boolean selected) {}

  /** The sectors of a project. */
  record RecordSectorsJson(List<SectorJson> sectors) {
    List<Sector> toSectors() {
      Present present = new Present();
      present.list("sectors", sectors);
      present.rejectIfAny();
      for (int i = 0; i < sectors.size(); i++) {
        present.required("sectors[" + i + "].sector", sectors.get(i).sector());
        present.required("sectors[" + i + "].name", sectors.get(i).name());
        present.required("sectors[" + i + "].selected", sectors.get(i).selected());
      }
      present.rejectIfAny();
      return sectors.stream()
          .map(s -> new Sector(new SectorId(s.sector()), s.name(), s.selected()))
          .toList();
    }
  }

  /** A competence broker; {@code ended} left out while the assignment runs. */
  record RecordBrokerJson(
      String project, String partner, String person, LocalDate started, LocalDate ended) {
    CompetenceBroker toBroker(String id) {
      Present present = new Present();
      present.required("project", project);
      present.required("partner", partner);
      present.required("person", person);
      present.required("started", started);
      present.rejectIfAny();
      return new CompetenceBroker(
          new BrokerId(id),
          new ProjectId(project),
          new PartnerId(partner),
          new PersonRef(person),
          started,
          Optional.ofNullable(ended));
    }
  }

  /** A need found on a visit: a topic and its priority, 1 (high) to 3 (low). */
  record NeedJson(String topic, Integer priority) {}

  /** A company visit with the needs found; {@code advice} and {@code needs} may be left out. */
  record RecordVisitJson(
      String project,
      String broker,
      LocalDate date,
      String companyNumber,
      String companyName,
      String sector,
      Integer employees,
      String advice,
      List<NeedJson> needs) {
    RecordVisitCommand toCommand(String id) {
      Present present = new Present();
      present.required("employees", employees);
      List<NeedJson> found = needs == null ? List.of() : needs;
      for (int i = 0; i < found.size(); i++) {
        if (present.required("needs[" + i + "]", found.get(i)) != null) {
          present.required("needs[" + i + "].priority", found.get(i).priority());
        }
      }
      present.rejectIfAny();
      return new RecordVisitCommand(
          id,
          project,
          broker,
          date,
          companyNumber,
          companyName,
          sector,
          employees,
          advice,
          found.stream()
              .map(n -> new RecordVisitCommand.NeedCommand(n.topic(), n.priority()))
              .toList());
    }
  }

  /** A focus area chosen on a day, optionally by a decision ({@code MEETING§PARAGRAPH}). */
  record RecordFocusAreaJson(LocalDate chosenOn, String decision) {
    FocusArea toFocusArea(String project, String topic) {
      Present present = new Present();
      present.required("chosenOn", chosenOn);
      present.rejectIfAny();
      return new FocusArea(
          new ProjectId(project),
          new TopicId(topic),
          chosenOn,
          Optional.ofNullable(decision).map(DecisionId::parse));
    }
  }

  /**
   * A training as proposed; {@code transnational} left out means false, {@code goal} left out means
   * none.
   */
  record RecordTrainingJson(
      String project,
      String title,
      TrainingKind kind,
      List<String> topics,
      List<String> targetSectors,
      Set<SizeClass> targetSizes,
      String partner,
      DeliveryMode mode,
      Boolean transnational,
      List<String> openTo,
      LocalDate plannedOn,
      String goal) {
    RecordTrainingCommand toCommand(String id) {
      return new RecordTrainingCommand(
          id,
          project,
          title,
          kind,
          topics,
          targetSectors == null ? List.of() : targetSectors,
          targetSizes,
          partner,
          mode,
          Boolean.TRUE.equals(transnational),
          openTo == null ? List.of() : openTo,
          plannedOn,
          goal);
    }
  }

  /** The decision approving or rejecting a training, {@code MEETING§PARAGRAPH}. */
  record DecisionJson(String decision) {
    DecideTrainingCommand toCommand(String training) {
      return new DecideTrainingCommand(training, decision);
    }
  }

  /** The participants from one organisation and country. */
  record ParticipantJson(String organisation, String country, Integer count) {}

  private static List<DeliverTrainingCommand.ParticipantsCommand> participantCommands(
      List<ParticipantJson> participants, Present present) {
    present.list("participants", participants);
    present.rejectIfAny();
    for (int i = 0; i < participants.size(); i++) {
      present.required("participants[" + i + "].count", participants.get(i).count());
    }
    present.rejectIfAny();
    return participants.stream()
        .map(
            p ->
                new DeliverTrainingCommand.ParticipantsCommand(
                    p.organisation(), p.country(), p.count()))
        .toList();
  }

  /** The delivery of a training: its day and its participants. */
  record DeliverJson(LocalDate deliveredOn, List<ParticipantJson> participants) {
    DeliverTrainingCommand toCommand(String training) {
      return new DeliverTrainingCommand(
          training, deliveredOn, participantCommands(participants, new Present()));
    }
  }

  /** The participants of a delivered training, replacing those recorded. */
  record RecordParticipantsJson(List<ParticipantJson> participants) {
    List<ParticipantCount> toParticipants() {
      Present present = new Present();
      List<DeliverTrainingCommand.ParticipantsCommand> lines =
          participantCommands(participants, present);
      for (int i = 0; i < lines.size(); i++) {
        present.required("participants[" + i + "].organisation", lines.get(i).organisation());
        present.required("participants[" + i + "].country", lines.get(i).country());
      }
      present.rejectIfAny();
      return lines.stream()
          .map(p -> new ParticipantCount(p.organisation(), p.country(), p.count()))
          .toList();
    }
  }

  /** The evaluation of a delivered training: a score of 1 to 5 and an optional comment. */
  record EvaluateJson(Integer score, String comment) {
    EvaluateTrainingCommand toCommand(String training) {
      Present present = new Present();
      present.required("score", score);
      present.rejectIfAny();
      return new EvaluateTrainingCommand(training, score, comment);
    }
  }

  /**
   * Runs a domain constructor, naming the JSON field {@code field} in every error it refuses with
   * (the constructors name their own parameters, which the body may spell differently).
   */
  private static <T> T at(String field, Supplier<T> make) {
    try {
      return make.get();
    } catch (ValidationException e) {
      throw new ValidationException(
          e.errors().stream().map(f -> new FieldError(field, f.code(), f.message())).toList());
    }
  }

  /** One column of a survey export: the answer's part it holds and the column's name. */
  record SurveySourceJson(String target, String source) {}

  /** A project's survey mapping, in its order. */
  record RecordSurveyMappingJson(List<SurveySourceJson> sources) {
    SurveyMapping toMapping(String project) {
      Present present = new Present();
      present.list("sources", sources);
      present.rejectIfAny();
      for (int i = 0; i < sources.size(); i++) {
        present.required("sources[" + i + "].target", sources.get(i).target());
        present.required("sources[" + i + "].source", sources.get(i).source());
      }
      present.rejectIfAny();
      Map<SurveyTarget, String> mapped = new LinkedHashMap<>();
      List<FieldError> errors = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        SurveySourceJson s = sources.get(i);
        String field = "sources[" + i + "]";
        try {
          SurveyTarget target = at(field + ".target", () -> SurveyTarget.parse(s.target()));
          if (mapped.put(target, at(field + ".source", () -> SurveyMapping.source(s.source())))
              != null) {
            errors.add(
                new FieldError(
                    field + ".target",
                    SurveyMapping.DUPLICATE_TARGET,
                    "the target " + target.written() + " is mapped twice"));
          }
        } catch (ValidationException e) {
          errors.addAll(e.errors());
        }
      }
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      return at("sources", () -> new SurveyMapping(new ProjectId(project), mapped));
    }
  }

  /** One survey answer as the mapping reads it; {@code needs} may be left out. */
  record RecordSurveyAnswerJson(
      LocalDate date,
      String companyNumber,
      String sector,
      Integer employees,
      List<NeedJson> needs) {
    SurveyAnswer toAnswer(String project, String id) {
      Present present = new Present();
      present.required("date", date);
      present.required("companyNumber", companyNumber);
      present.required("sector", sector);
      present.required("employees", employees);
      List<NeedJson> found = needs == null ? List.of() : needs;
      for (int i = 0; i < found.size(); i++) {
        if (present.required("needs[" + i + "]", found.get(i)) != null) {
          present.required("needs[" + i + "].topic", found.get(i).topic());
          present.required("needs[" + i + "].priority", found.get(i).priority());
        }
      }
      present.rejectIfAny();
      OrganisationNumber company;
      try {
        company = OrganisationNumber.parse(companyNumber);
      } catch (DomainException e) {
        throw ValidationException.of("companyNumber", e.code(), e.getMessage());
      }
      List<Need> parsed = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        NeedJson n = found.get(i);
        String field = "needs[" + i + "]";
        TopicId topic = at(field + ".topic", () -> new TopicId(n.topic()));
        parsed.add(at(field + ".priority", () -> new Need(topic, n.priority())));
      }
      SectorId sectorId = at("sector", () -> new SectorId(sector));
      return new SurveyAnswer(
          new SurveyAnswerId(id),
          new ProjectId(project),
          date,
          company,
          sectorId,
          employees,
          parsed);
    }
  }

  /** The partner quota of a project. */
  record QuotaJson(Integer min, Integer max) {
    Quota toQuota() {
      Present present = new Present();
      present.required("min", min);
      present.required("max", max);
      present.rejectIfAny();
      try {
        return new Quota(min, max);
      } catch (ValidationException e) {
        throw new ValidationException(
            e.errors().stream()
                .map(
                    f ->
                        new FieldError(min < 0 || max < min ? "min" : "max", f.code(), f.message()))
                .toList());
      }
    }

    static QuotaJson of(Quota q) {
      return new QuotaJson(q.min(), q.max());
    }
  }

  // ---- responses

  /** A project's survey mapping. */
  record SurveyMappingJson(String project, List<SurveySourceJson> sources) {
    static SurveyMappingJson of(SurveyMapping m) {
      return new SurveyMappingJson(
          m.project().value(),
          m.sources().entrySet().stream()
              .map(e -> new SurveySourceJson(e.getKey().written(), e.getValue()))
              .toList());
    }
  }

  /** A survey answer with the needs it names. */
  record SurveyAnswerJson(
      String id,
      String project,
      String date,
      String companyNumber,
      String sector,
      int employees,
      String sizeClass,
      List<NeedJson> needs) {
    static SurveyAnswerJson of(SurveyAnswer a) {
      return new SurveyAnswerJson(
          a.id().value(),
          a.project().value(),
          a.date().toString(),
          a.company().value(),
          a.sector().value(),
          a.employees(),
          a.sizeClass().name(),
          a.needs().stream().map(n -> new NeedJson(n.topic().value(), n.priority())).toList());
    }
  }

  // ---- responses

  /** The need topics of a project. */
  record TopicsJson(String project, List<TopicJson> topics) {
    static TopicsJson of(Vocabulary v) {
      return new TopicsJson(
          v.project().value(),
          v.topics().stream().map(t -> new TopicJson(t.id().value(), t.name())).toList());
    }
  }

  /** The sectors of a project. */
  record SectorsJson(String project, List<SectorJson> sectors) {
    static SectorsJson of(Vocabulary v) {
      return new SectorsJson(
          v.project().value(),
          v.sectors().stream()
              .map(s -> new SectorJson(s.id().value(), s.name(), s.selected()))
              .toList());
    }
  }

  /** A competence broker. */
  record BrokerJson(
      String id, String project, String partner, String person, String started, String ended) {
    static BrokerJson of(CompetenceBroker b) {
      return new BrokerJson(
          b.id().value(),
          b.project().value(),
          b.partner().value(),
          b.person().value(),
          b.started().toString(),
          b.ended().map(LocalDate::toString).orElse(null));
    }
  }

  /** A company visit, with its size class derived from its employees. */
  record VisitJson(
      String id,
      String project,
      String broker,
      String date,
      String companyNumber,
      String companyName,
      String sector,
      int employees,
      String sizeClass,
      String advice,
      List<NeedJson> needs) {
    static VisitJson of(CompanyVisit v) {
      return new VisitJson(
          v.id().value(),
          v.project().value(),
          v.broker().value(),
          v.date().toString(),
          v.company().number().value(),
          v.company().name(),
          v.sector().value(),
          v.employees(),
          SizeClass.of(v.employees()).name(),
          v.advice().orElse(null),
          v.needs().stream().map(n -> new NeedJson(n.topic().value(), n.priority())).toList());
    }
  }

  /** A focus area. */
  record FocusAreaJson(String project, String topic, String chosenOn, String decision) {
    static FocusAreaJson of(FocusArea f) {
      return new FocusAreaJson(
          f.project().value(),
          f.topic().value(),
          f.chosenOn().toString(),
          f.decision().map(DecisionId::value).orElse(null));
    }
  }

  /** A training in its state; the parts its state does not have are left out. */
  record TrainingJson(
      String id,
      String project,
      String title,
      String kind,
      List<String> topics,
      List<String> targetSectors,
      List<String> targetSizes,
      String partner,
      String mode,
      boolean transnational,
      List<String> openTo,
      String plannedOn,
      String status,
      List<String> allowedMoves,
      String decision,
      String deliveredOn,
      List<ParticipantJson> participants,
      Integer score,
      String comment,
      String goal) {
    static TrainingJson of(Training t) {
      var plan = t.plan();
      Training.Evaluated evaluated = t instanceof Training.Evaluated e ? e : null;
      return new TrainingJson(
          plan.id().value(),
          plan.project().value(),
          plan.title(),
          plan.kind().name(),
          plan.topics().stream().map(TopicId::value).toList(),
          plan.targetSectors().stream().map(SectorId::value).toList(),
          plan.targetSizes().stream().map(Enum::name).toList(),
          plan.partner().value(),
          plan.mode().name(),
          plan.transnational(),
          List.copyOf(plan.openTo()),
          plan.plannedOn().toString(),
          t.status().name(),
          t.status().next().stream().map(Enum::name).toList(),
          t.decision().map(DecisionId::value).orElse(null),
          t.deliveredOn().map(LocalDate::toString).orElse(null),
          ParticipantsJson.lines(t),
          evaluated == null ? null : evaluated.score(),
          evaluated == null ? null : evaluated.comment().orElse(null),
          t.goal().map(GoalId::value).orElse(null));
    }
  }

  /** The participants of a training, with their total. */
  record ParticipantsJson(String training, int total, List<ParticipantJson> participants) {
    static ParticipantsJson of(Training t) {
      return new ParticipantsJson(t.id().value(), t.participantCount(), lines(t));
    }

    static List<ParticipantJson> lines(Training t) {
      return t.participants().stream()
          .map(p -> new ParticipantJson(p.organisation(), p.country(), p.count()))
          .toList();
    }
  }
}
