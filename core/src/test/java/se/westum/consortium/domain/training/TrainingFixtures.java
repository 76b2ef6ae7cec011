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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PersonRef;
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
import se.westum.consortium.domain.shared.internal.Luhn;

/** Test data for needs-based training: Kobra's vocabulary, partners, visits and trainings. */
final class TrainingFixtures {

  private TrainingFixtures() {}

  static final ProjectId KOBRA = new ProjectId("KOBRA");
  static final LocalDate START = LocalDate.of(2015, 9, 1);
  static final LocalDate END = LocalDate.of(2018, 8, 31);

  static final TopicId SOCIAL_MEDIA = new TopicId("social-media");
  static final TopicId CUSTOMER_HOSTING = new TopicId("customer-hosting");
  static final TopicId CSR = new TopicId("csr-certification");
  static final TopicId DIGITALISATION = new TopicId("digitalisation");
  static final TopicId LABOUR_LAW = new TopicId("labour-law");

  static final SectorId INDUSTRY = new SectorId("industrial-technology");
  static final SectorId VISITORS = new SectorId("visitor-industry");
  static final SectorId RETAIL = new SectorId("retail");

  static final PartnerId LIDKOPING = new PartnerId("KOBRA-P07");
  static final PartnerId SKOVDE = new PartnerId("KOBRA-P06");
  static final PartnerId LARVIK = new PartnerId("KOBRA-P04");
  static final PartnerId MIDTJYLLAND = new PartnerId("KOBRA-P01");

  static final DecisionId QUALITY_ASSURANCE = DecisionId.parse("B2016-07§1");
  static final DecisionId PILOT_DECISION = DecisionId.parse("B2016-03§3");
  static final DecisionId PROJECT_BOARD_DECISION = DecisionId.parse("KOBRA-PB-2016-2§1");

  static Vocabulary vocabulary() {
    return new Vocabulary(
        KOBRA,
        List.of(
            new NeedTopic(SOCIAL_MEDIA, "Sociala medier"),
            new NeedTopic(CUSTOMER_HOSTING, "Kundbemötande och värdskap"),
            new NeedTopic(CSR, "CSR och miljöcertifiering"),
            new NeedTopic(DIGITALISATION, "Digitalisering"),
            new NeedTopic(LABOUR_LAW, "Arbetsrätt")),
        List.of(
            new Sector(INDUSTRY, "Industriteknik", true),
            new Sector(VISITORS, "Besöksnäring", true),
            new Sector(RETAIL, "Handel", false)));
  }

  static Project kobra() {
    return new Project(
        KOBRA,
        "Kobra",
        new ProgrammeId("INTERREG-OKS"),
        new DateRange(START, END),
        "Westum",
        ProjectStatus.RUNNING,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  static Partner partner(PartnerId id, String organisation, String country, String nationalId) {
    return new Partner(
        id,
        KOBRA,
        organisation,
        new NationalId(country, nationalId),
        PartnerRole.PARTNER,
        Optional.empty(),
        false);
  }

  static Partner lidkoping() {
    return partner(LIDKOPING, "Lidköpings kommun", "SE", "212000-1793");
  }

  static Partner skovde() {
    return partner(SKOVDE, "Skövde kommun", "SE", "212000-1660");
  }

  static Partner larvik() {
    return partner(LARVIK, "Larvik kommune", "NO", "944812342");
  }

  static Partner midtjylland() {
    return partner(MIDTJYLLAND, "Region Midtjylland", "DK", "29190925");
  }

  static List<Partner> partners() {
    return List.of(midtjylland(), larvik(), skovde(), lidkoping());
  }

  /** The {@code n}-th made-up company's valid organisation number (556000-000C style). */
  static OrganisationNumber company(int n) {
    String payload = String.format("556%06d", n);
    return OrganisationNumber.parse(payload + Luhn.checkDigit(payload));
  }

  static CompetenceBroker broker(String id, PartnerId partner, LocalDate started, LocalDate ended) {
    return new CompetenceBroker(
        new BrokerId(id),
        KOBRA,
        partner,
        new PersonRef("P-" + id),
        started,
        Optional.ofNullable(ended));
  }

  static CompanyVisit visit(
      String id, LocalDate date, int company, SectorId sector, int employees, Need... needs) {
    return new CompanyVisit(
        new VisitId(id),
        KOBRA,
        new BrokerId("KM01"),
        date,
        new Company(company(company), "Företag " + company + " AB"),
        sector,
        employees,
        Optional.empty(),
        List.of(needs));
  }

  static SurveyAnswer answer(
      String id, LocalDate date, int company, SectorId sector, int employees, Need... needs) {
    return new SurveyAnswer(
        new SurveyAnswerId(id), KOBRA, date, company(company), sector, employees, List.of(needs));
  }

  static Need need(TopicId topic, int priority) {
    return new Need(topic, priority);
  }

  static FocusArea focusArea(TopicId topic) {
    return new FocusArea(
        KOBRA, topic, LocalDate.of(2016, 10, 27), Optional.of(DecisionId.parse("B2016-06§1")));
  }

  static ApprovalFacts quorateBoardMeeting(DecisionId decision, LocalDate on) {
    return new ApprovalFacts(
        decision,
        MeetingKind.BOARD_MEETING,
        on,
        Finding.satisfied("quorum", "5 of 8 ordinary members present: quorate"));
  }

  /** The facts of a Kobra report: social media backed, the two sectors selected, SE/NO/DK. */
  static TrainingFacts facts() {
    return new TrainingFacts(
        Set.of(SOCIAL_MEDIA, CUSTOMER_HOSTING),
        Set.of(INDUSTRY, VISITORS),
        Set.of("SE", "NO", "DK"),
        Map.of(
            QUALITY_ASSURANCE, quorateBoardMeeting(QUALITY_ASSURANCE, LocalDate.of(2016, 12, 8)),
            PILOT_DECISION, quorateBoardMeeting(PILOT_DECISION, LocalDate.of(2016, 5, 26))));
  }

  static TrainingBuilder aTraining() {
    return new TrainingBuilder();
  }

  /** Builds training plans; by default a valid needs-based training of Lidköping. */
  static final class TrainingBuilder {
    private String id = "KOBRA-T01";
    private String title = "Sociala medier för företag";
    private TrainingKind kind = TrainingKind.NEEDS_BASED;
    private final Set<TopicId> topics = new TreeSet<>(Set.of(SOCIAL_MEDIA));
    private final Set<SectorId> sectors = new TreeSet<>(Set.of(INDUSTRY, VISITORS));
    private Set<SizeClass> sizes = EnumSet.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM);
    private PartnerId partner = LIDKOPING;
    private boolean transnational = false;
    private final Set<String> openTo = new TreeSet<>(Set.of("SE"));
    private LocalDate plannedOn = LocalDate.of(2017, 3, 15);

    TrainingBuilder id(String id) {
      this.id = id;
      return this;
    }

    TrainingBuilder pilot() {
      this.kind = TrainingKind.PILOT;
      this.title = "Pilotutbildning i arbetsrätt";
      this.topics.clear();
      this.topics.add(LABOUR_LAW);
      return this;
    }

    TrainingBuilder topics(TopicId... topics) {
      this.topics.clear();
      this.topics.addAll(List.of(topics));
      return this;
    }

    TrainingBuilder sectors(SectorId... sectors) {
      this.sectors.clear();
      this.sectors.addAll(List.of(sectors));
      return this;
    }

    TrainingBuilder sizes(SizeClass... sizes) {
      this.sizes =
          sizes.length == 0 ? EnumSet.noneOf(SizeClass.class) : EnumSet.copyOf(List.of(sizes));
      return this;
    }

    TrainingBuilder by(PartnerId partner) {
      this.partner = partner;
      return this;
    }

    TrainingBuilder transnational(String... countries) {
      this.transnational = true;
      this.openTo.clear();
      this.openTo.addAll(List.of(countries));
      return this;
    }

    TrainingBuilder plannedOn(LocalDate day) {
      this.plannedOn = day;
      return this;
    }

    TrainingPlan plan() {
      return new TrainingPlan(
          new TrainingId(id),
          KOBRA,
          title,
          kind,
          new TreeSet<>(topics),
          new TreeSet<>(sectors),
          sizes,
          partner,
          DeliveryMode.VIDEO_CONFERENCE,
          transnational,
          new TreeSet<>(openTo),
          plannedOn);
    }

    Training.Proposed proposed() {
      return Training.propose(plan());
    }

    Training.Approved approved() {
      return proposed().approve(QUALITY_ASSURANCE);
    }

    Training.Delivered deliveredOn(LocalDate day) {
      return approved()
          .deliver(day, new ArrayList<>(List.of(new ParticipantCount("Företag AB", "SE", 12))));
    }
  }
}
