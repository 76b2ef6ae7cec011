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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.ParticipantRef;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NationalId;

/**
 * Test data for projects and mobility: an Erasmus+ project of call 2015 and mobilities from Skövde.
 */
public final class ProjectFixtures {

  private ProjectFixtures() {}

  /** The project's acronym. */
  public static final ProjectId EPLUS = new ProjectId("EPLUS-2015");

  /** Skövde. */
  public static final Coordinates SKOVDE = Coordinates.parse("58.3903,13.8461");

  /** Hamburg (Germany, country group 2 of 2014-2020). */
  public static final Coordinates HAMBURG = Coordinates.parse("53.5511,9.9937");

  /** Erasmus+ KA1. */
  public static FundingProgramme erasmus() {
    return new FundingProgramme(
        new ProgrammeId("ERASMUS-KA1"), "Erasmus+ KA1", ProgrammeKind.ERASMUS_PLUS_KA1);
  }

  /** A running Erasmus+ project with a UHR check. */
  public static Project erasmusProject() {
    return new Project(
        EPLUS,
        "Erasmus+ mobilitet för vuxenutbildning",
        erasmus().id(),
        new DateRange(LocalDate.of(2015, 6, 1), LocalDate.of(2017, 5, 31)),
        "Westum",
        ProjectStatus.RUNNING,
        Optional.empty(),
        Optional.of(LocalDate.of(2017, 6, 30)),
        List.of(
            new Audit(LocalDate.of(2016, 11, 15), "UHR", "Kompletteringar begärda och inlämnade")),
        List.of());
  }

  /** Westum as coordinating partner. */
  public static Partner westum() {
    return new Partner(
        new PartnerId("EPLUS-WESTUM"),
        EPLUS,
        "Westum",
        new NationalId("SE", "222000-1073"),
        PartnerRole.COORDINATING,
        Optional.empty(),
        false);
  }

  /** A working group with the given meetings. */
  public static WorkingGroup group(MeetingId... meetings) {
    return new WorkingGroup(
        new GroupId("EPLUS-CONTACTS"),
        EPLUS,
        "Kontaktpersoner",
        GroupKind.WORKING_GROUP,
        List.of("Westum", "Skövde kommun"),
        List.of(meetings));
  }

  /** Westum leads the mobility activity. */
  public static MainActivity activity() {
    return new MainActivity(new ActivityId("EPLUS-A1"), EPLUS, "Mobiliteter", westum().id());
  }

  /** Mobilities done: 0 → 40 target, measured twice. */
  public static Indicator indicator() {
    return new Indicator(
        new IndicatorId("EPLUS-MOB"),
        EPLUS,
        "Genomförda mobiliteter",
        "mobilities",
        BigDecimal.ZERO,
        BigDecimal.valueOf(40),
        List.of(
            new Measurement(LocalDate.of(2016, 6, 30), BigDecimal.valueOf(10)),
            new Measurement(LocalDate.of(2016, 12, 31), BigDecimal.valueOf(17))));
  }

  /**
   * 10 learner places for 12 000 EUR and 4 staff places for 6 000 EUR; 40/30/20 EUR a day by group.
   */
  public static MobilityGrant grant() {
    Map<Integer, Money> learnerRates = Map.of(1, eur("40"), 2, eur("30"), 3, eur("20"));
    Map<Integer, Money> staffRates = Map.of(1, eur("100"), 2, eur("90"), 3, eur("80"));
    return new MobilityGrant(
        EPLUS,
        Year.of(2015),
        List.of(
            new CategoryGrant(ParticipantCategory.LEARNER, 10, eur("12000"), learnerRates),
            new CategoryGrant(ParticipantCategory.STAFF, 4, eur("6000"), staffRates)),
        MobilityGrant.DEFAULT_TARGET);
  }

  /** A learner's 14-day mobility Skövde → Hamburg with 2 travel days. */
  public static Mobility learnerToHamburg(String id, LocalDate start, MobilityStatus status) {
    return new Mobility(
        new MobilityId(id),
        EPLUS,
        new ParticipantRef("L-" + id),
        ParticipantCategory.LEARNER,
        new Place("Lärcentrum Skövde", "Skövde", "SE", SKOVDE),
        Optional.of(MemberBuilder.organisationNumber(1)),
        new Place("Berufsschule Hamburg", "Hamburg", "DE", HAMBURG),
        start,
        start.plusDays(13),
        2,
        false,
        false,
        0,
        status);
  }

  /** An amount in EUR. */
  public static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
