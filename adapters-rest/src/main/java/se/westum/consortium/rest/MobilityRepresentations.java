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

import static se.westum.consortium.rest.ProjectRepresentations.percent;
import static se.westum.consortium.rest.RequestBodies.mapped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.RecordMobilityCommand;
import se.westum.consortium.application.port.in.RecordMobilityGrantCommand;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.GrantLine;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.TravelBand;
import se.westum.consortium.domain.mobility.TravelGrant;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * The JSON shapes of the Erasmus+ mobility operations. Every amount is in EUR, so it is written as
 * a string with two decimals in a field ending in {@code Eur} (as the grant's command names them);
 * percentages are strings with one decimal. A participant is a pseudonymous reference only.
 */
final class MobilityRepresentations {

  private MobilityRepresentations() {}

  // ---- requests

  /** One category of a grant: places, budget and the daily rates of country groups 1, 2, 3. */
  record GrantCategoryJson(
      ParticipantCategory category,
      Integer places,
      BigDecimal budgetEur,
      List<BigDecimal> dailyRatesEur) {

    RecordMobilityGrantCommand.Category toCategory() {
      return new RecordMobilityGrantCommand.Category(category, places, budgetEur, dailyRatesEur);
    }
  }

  /** A project's mobility grant; {@code targetPercent} left out means 80. */
  record RecordMobilityGrantJson(
      Integer callYear, List<GrantCategoryJson> categories, BigDecimal targetPercent) {

    RecordMobilityGrantCommand toCommand(String acronym) {
      return new RecordMobilityGrantCommand(
          acronym, callYear, mapped(categories, GrantCategoryJson::toCategory), targetPercent);
    }
  }

  /**
   * A mobility. The day counts left out mean 0 and the flags false; {@code sendingMember} left out
   * means the sending organisation belongs to no member.
   */
  record RecordMobilityJson(
      String project,
      String participant,
      ParticipantCategory category,
      String sendingOrganisation,
      String sendingCity,
      String sendingCountry,
      String sendingCoordinates,
      String sendingMember,
      String receivingOrganisation,
      String receivingCity,
      String receivingCountry,
      String receivingCoordinates,
      LocalDate start,
      LocalDate end,
      Integer travelDays,
      Boolean greenTravel,
      Boolean fewerOpportunities,
      Integer courseDays,
      MobilityStatus status) {

    RecordMobilityCommand toCommand(String id) {
      return new RecordMobilityCommand(
          id,
          project,
          participant,
          category,
          sendingOrganisation,
          sendingCity,
          sendingCountry,
          sendingCoordinates,
          sendingMember,
          receivingOrganisation,
          receivingCity,
          receivingCountry,
          receivingCoordinates,
          start,
          end,
          travelDays == null ? 0 : travelDays,
          Boolean.TRUE.equals(greenTravel),
          Boolean.TRUE.equals(fewerOpportunities),
          courseDays == null ? 0 : courseDays,
          status);
    }
  }

  // ---- responses

  record GrantCategoryAnswerJson(
      ParticipantCategory category,
      int places,
      String budgetEur,
      String budgetPerPlaceEur,
      List<String> dailyRatesEur) {

    static GrantCategoryAnswerJson of(CategoryGrant grant) {
      return new GrantCategoryAnswerJson(
          grant.category(),
          grant.places(),
          eur(grant.budget()),
          eur(grant.budgetPerPlace()),
          IntStream.rangeClosed(1, 3)
              .mapToObj(group -> grant.dailyRates().get(group))
              .map(rate -> rate == null ? null : eur(rate))
              .toList());
    }
  }

  record MobilityGrantJson(
      String project,
      int callYear,
      String targetPercent,
      List<GrantCategoryAnswerJson> categories) {

    static MobilityGrantJson of(MobilityGrant grant) {
      return new MobilityGrantJson(
          grant.project().value(),
          grant.callYear().getValue(),
          percent(grant.target()),
          grant.categories().stream().map(GrantCategoryAnswerJson::of).toList());
    }
  }

  /** A mobility: the fields of its body plus {@code id}, so it can be sent back as it is. */
  record MobilityJson(
      String id,
      String project,
      String participant,
      ParticipantCategory category,
      String sendingOrganisation,
      String sendingCity,
      String sendingCountry,
      String sendingCoordinates,
      String sendingMember,
      String receivingOrganisation,
      String receivingCity,
      String receivingCountry,
      String receivingCoordinates,
      LocalDate start,
      LocalDate end,
      int travelDays,
      boolean greenTravel,
      boolean fewerOpportunities,
      int courseDays,
      MobilityStatus status) {

    static MobilityJson of(Mobility mobility) {
      return new MobilityJson(
          mobility.id().value(),
          mobility.project().value(),
          mobility.participant().value(),
          mobility.category(),
          mobility.sending().organisation(),
          mobility.sending().city(),
          mobility.sending().country(),
          mobility.sending().coordinates().toString(),
          mobility.sendingMember().map(OrganisationNumber::value).orElse(null),
          mobility.receiving().organisation(),
          mobility.receiving().city(),
          mobility.receiving().country(),
          mobility.receiving().coordinates().toString(),
          mobility.start(),
          mobility.end(),
          mobility.travelDays(),
          mobility.greenTravel(),
          mobility.fewerOpportunities(),
          mobility.courseDays(),
          mobility.status());
    }
  }

  /**
   * The travel grant of a return trip; {@code band} is {@code null} under 10 km. {@code
   * greenTravel} says whether green travel was asked for, {@code greenAmountPaid} whether the
   * band's green amount was paid (a band without one pays the standard amount).
   */
  record TravelGrantJson(
      int callYear,
      int distanceKm,
      String band,
      Integer bandFromKm,
      Integer bandToKm,
      boolean greenTravel,
      boolean greenAmountPaid,
      String amountEur,
      String explanation) {

    static TravelGrantJson of(TravelGrant grant, boolean greenTravel) {
      TravelBand band = grant.band().orElse(null);
      return new TravelGrantJson(
          grant.callYear().getValue(),
          grant.distanceKm(),
          band == null ? null : band.label(),
          band == null ? null : band.fromKm(),
          band == null || band.toKm().isEmpty() ? null : band.toKm().getAsInt(),
          greenTravel,
          grant.green(),
          eur(grant.amount()),
          grant.explanation());
    }
  }

  record GrantLineJson(String item, String amountEur, String explanation) {

    static GrantLineJson of(GrantLine line) {
      return new GrantLineJson(line.item(), eur(line.amount()), line.explanation());
    }
  }

  /** The grant of one mobility, every line shown, travel first. */
  record GrantCalculationJson(
      String mobility,
      String project,
      ParticipantCategory category,
      TravelGrantJson travel,
      List<GrantLineJson> lines,
      String totalEur) {

    static GrantCalculationJson of(GrantCalculation calculation) {
      return new GrantCalculationJson(
          calculation.mobility().id().value(),
          calculation.mobility().project().value(),
          calculation.mobility().category(),
          TravelGrantJson.of(calculation.travel(), calculation.mobility().greenTravel()),
          calculation.lines().stream().map(GrantLineJson::of).toList(),
          eur(calculation.total()));
    }
  }

  /** One category's consumption at the day. */
  record CategoryBudgetJson(
      ParticipantCategory category,
      int grantedPlaces,
      String grantedBudgetEur,
      int placesUsed,
      String budgetUsedEur,
      String placesUsedPercent,
      String budgetUsedPercent,
      String averageGrantEur,
      String budgetPerPlaceEur,
      String gap,
      int forecastPlaces,
      String forecastBudgetEur,
      String forecastPlacesPercent,
      String forecastBudgetPercent,
      boolean targetReached,
      String targetReason) {

    static CategoryBudgetJson of(CategoryConsumption c) {
      return new CategoryBudgetJson(
          c.category(),
          c.grantedPlaces(),
          eur(c.grantedBudget()),
          c.placesUsed(),
          eur(c.budgetUsed()),
          percent(c.placesUsedPercent()),
          percent(c.budgetUsedPercent()),
          eur(c.averageGrant()),
          eur(c.budgetPerPlace()),
          c.gap(),
          c.forecastPlaces(),
          eur(c.forecastBudget()),
          percent(c.forecastPlacesPercent()),
          percent(c.forecastBudgetPercent()),
          c.target().satisfied(),
          c.target().reason());
    }
  }

  /** The consumption of a project's mobility grant at a day. */
  record BudgetJson(
      String project,
      LocalDate at,
      int callYear,
      String targetPercent,
      List<CategoryBudgetJson> categories) {

    static BudgetJson of(BudgetConsumption consumption) {
      return new BudgetJson(
          consumption.grant().project().value(),
          consumption.at(),
          consumption.grant().callYear().getValue(),
          percent(consumption.grant().target()),
          consumption.categories().stream().map(CategoryBudgetJson::of).toList());
    }
  }

  private static String eur(Money money) {
    return money.amount().toPlainString();
  }
}
