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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.internal.Luhn;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.Company;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.DeliveryMode;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.NeedTopic;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.Sector;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.SizeClass;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyAnswerId;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyTarget;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.TrainingPlan;
import se.westum.consortium.domain.training.VisitId;
import se.westum.consortium.domain.training.Vocabulary;

/** Records of a small Kobra-like project for the training storage contract and service tests. */
public final class TrainingStorageFixtures {

  /** The project. */
  public static final ProjectId KOBRA = new ProjectId("KOBRA");

  /** Its Swedish partner. */
  public static final PartnerId LIDKOPING = new PartnerId("KOBRA-P07");

  /** Its Norwegian partner. */
  public static final PartnerId LARVIK = new PartnerId("KOBRA-P04");

  /** The topic most visits name. */
  public static final TopicId SOCIAL_MEDIA = new TopicId("social-media");

  /** A second topic. */
  public static final TopicId DIGITALISATION = new TopicId("digitalisation");

  /** A selected sector. */
  public static final SectorId INDUSTRY = new SectorId("industrial-technology");

  /** A sector not selected. */
  public static final SectorId RETAIL = new SectorId("retail");

  /** The board decision approving trainings. */
  public static final DecisionId QUALITY_ASSURANCE = DecisionId.parse("B2016-07§1");

  private TrainingStorageFixtures() {}

  /** Kobra, 2015-09-01 to 2018-08-31, in the Erasmus+ programme of the project fixtures. */
  public static Project kobra() {
    return new Project(
        KOBRA,
        "Kobra",
        ProjectFixtures.erasmus().id(),
        new DateRange(LocalDate.of(2015, 9, 1), LocalDate.of(2018, 8, 31)),
        "Westum",
        ProjectStatus.RUNNING,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** A partner of Kobra. */
  public static Partner partner(PartnerId id, String organisation, String country, String nid) {
    return new Partner(
        id,
        KOBRA,
        organisation,
        new NationalId(country, nid),
        PartnerRole.PARTNER,
        Optional.empty(),
        false);
  }

  /** The storage with the programme, Kobra, its two partners and the board decision stored. */
  public static Storage withKobra(Storage storage) {
    storage.programmes().save(ProjectFixtures.erasmus());
    storage.projects().save(kobra());
    storage.partners().save(partner(LIDKOPING, "Lidköpings kommun", "SE", "212000-1793"));
    storage.partners().save(partner(LARVIK, "Larvik kommune", "NO", "944812342"));
    storage.boardTerms().save(GovernanceFixtures.board2016());
    storage
        .meetings()
        .save(
            GovernanceFixtures.boardMeeting(
                "B2016-07", LocalDate.of(2016, 12, 8), GovernanceFixtures.firstOrdinary(6)));
    storage.decisions().save(GovernanceFixtures.decision("B2016-07", 1));
    return storage;
  }

  /** Kobra's topics and sectors; retail is not selected. */
  public static Vocabulary vocabulary() {
    return new Vocabulary(
        KOBRA,
        List.of(
            new NeedTopic(SOCIAL_MEDIA, "Sociala medier"),
            new NeedTopic(DIGITALISATION, "Digitalisering")),
        List.of(new Sector(INDUSTRY, "Industriteknik", true), new Sector(RETAIL, "Handel", false)));
  }

  /** Which column of an export holds what. */
  public static SurveyMapping mapping() {
    Map<SurveyTarget, String> sources = new LinkedHashMap<>();
    sources.put(SurveyTarget.of(SurveyTarget.Field.ID), "Svars-ID");
    sources.put(SurveyTarget.of(SurveyTarget.Field.DATE), "Inskickat");
    sources.put(SurveyTarget.of(SurveyTarget.Field.COMPANY_NUMBER), "Organisationsnummer");
    sources.put(SurveyTarget.of(SurveyTarget.Field.SECTOR), "Bransch");
    sources.put(SurveyTarget.of(SurveyTarget.Field.EMPLOYEES), "Antal anställda");
    sources.put(SurveyTarget.topic(SOCIAL_MEDIA), "Behov: Sociala medier");
    return new SurveyMapping(KOBRA, sources);
  }

  /** Lidköping's broker from 2015-10-01, with an end when {@code ended} is not null. */
  public static CompetenceBroker broker(String id, LocalDate ended) {
    return new CompetenceBroker(
        new BrokerId(id),
        KOBRA,
        LIDKOPING,
        new PersonRef("KM-" + id),
        LocalDate.of(2015, 10, 1),
        Optional.ofNullable(ended));
  }

  /** The {@code n}-th made-up company's checksum-valid organisation number. */
  public static OrganisationNumber company(int n) {
    String payload = String.format("502%06d", n);
    return OrganisationNumber.parse(payload + Luhn.checkDigit(payload));
  }

  /** A visit by broker {@code KM01} to company {@code n} in industry, with needs. */
  public static CompanyVisit visit(String id, LocalDate date, int n, Need... needs) {
    return new CompanyVisit(
        new VisitId(id),
        KOBRA,
        new BrokerId("KM01"),
        date,
        new Company(company(n), "Företag " + n + " AB"),
        INDUSTRY,
        12,
        Optional.of("Rådgivning\r\nom kompetens"),
        List.of(needs));
  }

  /** A survey answer of company {@code n} in industry. */
  public static SurveyAnswer answer(String id, LocalDate date, int n, Need... needs) {
    return new SurveyAnswer(
        new SurveyAnswerId(id), KOBRA, date, company(n), INDUSTRY, 8, List.of(needs));
  }

  /** Social media chosen as a focus area by the board decision. */
  public static FocusArea focusArea() {
    return new FocusArea(
        KOBRA, SOCIAL_MEDIA, LocalDate.of(2016, 11, 22), Optional.of(QUALITY_ASSURANCE));
  }

  /** A needs-based training on social media by Lidköping, proposed. */
  public static Training.Proposed proposed(String id) {
    return Training.propose(
        new TrainingPlan(
            new TrainingId(id),
            KOBRA,
            "Sociala medier för företag",
            TrainingKind.NEEDS_BASED,
            new TreeSet<>(List.of(SOCIAL_MEDIA, DIGITALISATION)),
            new TreeSet<>(List.of(INDUSTRY)),
            EnumSet.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM),
            LIDKOPING,
            DeliveryMode.HYBRID,
            true,
            new TreeSet<>(List.of("SE", "NO")),
            LocalDate.of(2017, 3, 15)));
  }

  /** The training, approved, delivered on its planned day and evaluated. */
  public static Training evaluated(String id) {
    return proposed(id)
        .approve(QUALITY_ASSURANCE)
        .deliver(
            LocalDate.of(2017, 3, 15),
            List.of(
                new ParticipantCount("Lidköpings kommun", "SE", 12),
                new ParticipantCount("Larvik kommune", "NO", 3)))
        .evaluate(4, Optional.of("Bra\tupplägg"));
  }
}
