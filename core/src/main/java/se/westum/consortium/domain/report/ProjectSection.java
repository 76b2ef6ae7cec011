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
package se.westum.consortium.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.training.QuotaStatus;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.TrainingStatus;

/**
 * A project's year: its status, partners by country, working groups and their meetings, main
 * activities with their leads, indicators, the needs analysis, trainings and the partners' training
 * quota, the Erasmus+ consumption per category, audits, deadlines, interested organisations and the
 * participation of the project's officials in its transnational activities.
 *
 * @param project the project's acronym
 * @param name its name as recorded
 * @param programme the funding programme's name
 * @param status its status
 * @param start its first day
 * @param end its last day (the planned end of an application)
 * @param coordinator its coordinator as recorded
 * @param partnerCount how many partners it has
 * @param partners its partners by country, largest country first
 * @param groups its working groups and project board, with their meetings in the year
 * @param activities its main activities with the partner leading each
 * @param indicators its indicators
 * @param needs the needs analysis, when the project has company visits or survey answers
 * @param trainings its trainings
 * @param quotas each partner's trainings against the training quota
 * @param consumption the mobility consumption per category, at year end and at the latest record
 *     after it
 * @param audits the audits of the year
 * @param deadlines its end, final-report and application dates
 * @param prospective organisations that have shown interest in joining, by name
 * @param prospectiveCount how many partners are marked prospective
 * @param participation the distinct officials of one country's partners in its transnational events
 *     since the project started
 */
public record ProjectSection(
    String project,
    String name,
    String programme,
    ProjectStatus status,
    LocalDate start,
    LocalDate end,
    String coordinator,
    Figure partnerCount,
    List<CountryPartners> partners,
    List<Group> groups,
    List<Activity> activities,
    List<IndicatorItem> indicators,
    Optional<Needs> needs,
    List<TrainingItem> trainings,
    List<PartnerQuota> quotas,
    List<Consumption> consumption,
    List<AuditItem> audits,
    List<Deadline> deadlines,
    List<String> prospective,
    Figure prospectiveCount,
    Optional<Participation> participation)
    implements ReportSection {

  /** Requires the project's parts; copies the lists. */
  public ProjectSection {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(coordinator, "coordinator");
    Objects.requireNonNull(partnerCount, "partnerCount");
    partners = List.copyOf(partners);
    groups = List.copyOf(groups);
    activities = List.copyOf(activities);
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(needs, "needs");
    trainings = List.copyOf(trainings);
    quotas = List.copyOf(quotas);
    consumption = List.copyOf(consumption);
    audits = List.copyOf(audits);
    deadlines = List.copyOf(deadlines);
    prospective = List.copyOf(prospective);
    Objects.requireNonNull(prospectiveCount, "prospectiveCount");
    Objects.requireNonNull(participation, "participation");
  }

  @Override
  public SectionId id() {
    return SectionId.project(project);
  }

  @Override
  public List<Figure> figures() {
    List<Figure> all = new ArrayList<>();
    all.add(partnerCount);
    for (CountryPartners country : partners) {
      all.add(country.partners());
      all.add(country.municipalities());
      all.add(country.federations());
    }
    groups.forEach(g -> all.add(g.meetings()));
    for (IndicatorItem indicator : indicators) {
      all.add(indicator.baseline());
      all.add(indicator.target());
      indicator.latest().ifPresent(all::add);
      indicator.progress().ifPresent(all::add);
      indicator.fromRecords().ifPresent(all::add);
    }
    needs.ifPresent(
        n -> all.addAll(List.of(n.visits(), n.answers(), n.sectorCount(), n.focusAreaCount())));
    for (TrainingItem training : trainings) {
      training.approvedOn().ifPresent(all::add);
      training.participants().ifPresent(all::add);
    }
    quotas.forEach(q -> all.addAll(List.of(q.trainings(), q.delivered(), q.approved())));
    for (Consumption c : consumption) {
      all.addAll(
          List.of(
              c.placesGranted(),
              c.placesUsed(),
              c.placesUsedPercent(),
              c.budgetGranted(),
              c.budgetUsed(),
              c.budgetUsedPercent(),
              c.target(),
              c.averageGrant(),
              c.budgetPerPlace()));
      c.forecastPlacesPercent().ifPresent(all::add);
      c.forecastBudgetPercent().ifPresent(all::add);
    }
    audits.forEach(a -> all.add(a.date()));
    deadlines.forEach(d -> all.add(d.day()));
    all.add(prospectiveCount);
    participation.ifPresent(p -> all.addAll(List.of(p.distinctPeople(), p.events())));
    return List.copyOf(all);
  }

  /**
   * A project's partners of one country.
   *
   * @param country ISO 3166 alpha-2, for example {@code SE}
   * @param partners how many partners of the country
   * @param municipalities how many of them are municipalities (kommuner)
   * @param federations how many are federations of municipalities (kommunalförbund)
   * @param organisations the partners' organisations, by name
   */
  public record CountryPartners(
      String country,
      Figure partners,
      Figure municipalities,
      Figure federations,
      List<String> organisations) {
    /** Requires the parts; copies the list. */
    public CountryPartners {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(partners, "partners");
      Objects.requireNonNull(municipalities, "municipalities");
      Objects.requireNonNull(federations, "federations");
      organisations = List.copyOf(organisations);
    }
  }

  /**
   * A working group or the project board.
   *
   * @param group its id
   * @param name its name
   * @param kind project board or working group
   * @param organisations the organisations represented, by name
   * @param meetings its meetings in the year
   * @param meetingDays the first day of each of those meetings
   */
  public record Group(
      String group,
      String name,
      GroupKind kind,
      List<String> organisations,
      Figure meetings,
      List<LocalDate> meetingDays) {
    /** Requires the parts; copies the lists. */
    public Group {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      organisations = List.copyOf(organisations);
      Objects.requireNonNull(meetings, "meetings");
      meetingDays = List.copyOf(meetingDays);
    }
  }

  /**
   * A main activity and its lead.
   *
   * @param activity its id
   * @param name its name
   * @param leadPartner the leading partner's id
   * @param leadOrganisation the leading partner's organisation
   */
  public record Activity(
      String activity, String name, String leadPartner, String leadOrganisation) {
    /** Requires all parts. */
    public Activity {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(leadPartner, "leadPartner");
      Objects.requireNonNull(leadOrganisation, "leadOrganisation");
    }
  }

  /**
   * An indicator: baseline, target, the latest measurement and the progress toward the target.
   *
   * @param indicator its id
   * @param name its name
   * @param unit its unit as recorded
   * @param baseline its baseline
   * @param target its target
   * @param latest the latest measurement up to the report's cut-off, with its day
   * @param progress the latest value's progress from baseline to target, in percent
   * @param fromRecords the same quantity counted from the records the indicator is fed by, when it
   *     has a feed; a disagreement with {@code latest} is a finding
   */
  public record IndicatorItem(
      String indicator,
      String name,
      String unit,
      Figure baseline,
      Figure target,
      Optional<Figure> latest,
      Optional<Figure> progress,
      Optional<Figure> fromRecords) {
    /** Requires all parts. */
    public IndicatorItem {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(latest, "latest");
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(fromRecords, "fromRecords");
    }
  }

  /**
   * The needs analysis: visits and answers since the project started, the sectors and the focus
   * areas chosen.
   *
   * @param visits the competence brokers' company visits
   * @param answers the survey answers
   * @param sectors the sectors, by name
   * @param sectorCount how many sectors
   * @param focusAreas the focus areas, by name
   * @param focusAreaCount how many focus areas
   */
  public record Needs(
      Figure visits,
      Figure answers,
      List<String> sectors,
      Figure sectorCount,
      List<String> focusAreas,
      Figure focusAreaCount) {
    /** Requires the parts; copies the lists. */
    public Needs {
      Objects.requireNonNull(visits, "visits");
      Objects.requireNonNull(answers, "answers");
      sectors = List.copyOf(sectors);
      Objects.requireNonNull(sectorCount, "sectorCount");
      focusAreas = List.copyOf(focusAreas);
      Objects.requireNonNull(focusAreaCount, "focusAreaCount");
    }
  }

  /**
   * A training and its approval.
   *
   * @param training its id
   * @param title its title
   * @param kind pilot or needs-based
   * @param status where it is
   * @param partner the delivering partner's id
   * @param organisation the delivering partner's organisation
   * @param plannedOn the day it is planned for
   * @param deliveredOn the day it was delivered
   * @param decision the approving or rejecting decision's id
   * @param approvedOn the day of the board meeting that approved it, when it is approved
   * @param transnational whether it is open to the other countries' partners
   * @param participants its participants, counted
   * @param brokenRules the ids of the training rules it breaks (each also a finding)
   */
  public record TrainingItem(
      String training,
      String title,
      TrainingKind kind,
      TrainingStatus status,
      String partner,
      String organisation,
      Optional<LocalDate> plannedOn,
      Optional<LocalDate> deliveredOn,
      Optional<String> decision,
      Optional<Figure> approvedOn,
      boolean transnational,
      Optional<Figure> participants,
      List<String> brokenRules) {
    /** Requires the parts; copies the list. */
    public TrainingItem {
      Objects.requireNonNull(training, "training");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(plannedOn, "plannedOn");
      Objects.requireNonNull(deliveredOn, "deliveredOn");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(approvedOn, "approvedOn");
      Objects.requireNonNull(participants, "participants");
      brokenRules = List.copyOf(brokenRules);
    }
  }

  /**
   * A partner's trainings against the project's training quota.
   *
   * @param partner the partner's id
   * @param organisation its organisation
   * @param trainings the trainings it delivers (approved or later)
   * @param delivered those of them delivered by the report's day
   * @param approved those of them approved and not yet delivered
   * @param minimum the quota's least number
   * @param maximum the quota's greatest number
   * @param status compliant, in progress or not
   */
  public record PartnerQuota(
      String partner,
      String organisation,
      Figure trainings,
      Figure delivered,
      Figure approved,
      int minimum,
      int maximum,
      QuotaStatus status) {
    /** Requires the parts. */
    public PartnerQuota {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(trainings, "trainings");
      Objects.requireNonNull(delivered, "delivered");
      Objects.requireNonNull(approved, "approved");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * The mobility consumption of one participant category at a day.
   *
   * @param category learners or staff
   * @param asOf the day it is computed at (the fiscal year's end, or the latest record after it)
   * @param placesGranted the places granted
   * @param placesUsed the places used
   * @param placesUsedPercent the places used, in percent of those granted
   * @param budgetGranted the budget granted
   * @param budgetUsed the budget used
   * @param budgetUsedPercent the budget used, in percent of that granted
   * @param target the budget consumption targeted, in percent
   * @param gap why places and budget differ, in English words computed from the records, for JSON
   *     and the command line; a renderer words it from the figures
   * @param averageGrant the average grant of a completed mobility (zero without one), the gap's
   *     reason in numbers
   * @param budgetPerPlace the budget granted per place, what the average is measured against
   * @param forecastPlacesPercent the places forecast to be used by the project's end, in percent
   * @param forecastBudgetPercent the budget forecast to be used by the project's end, in percent
   * @param targetMet whether the budget used reaches the target
   */
  public record Consumption(
      ParticipantCategory category,
      LocalDate asOf,
      Figure placesGranted,
      Figure placesUsed,
      Figure placesUsedPercent,
      Figure budgetGranted,
      Figure budgetUsed,
      Figure budgetUsedPercent,
      Figure target,
      String gap,
      Figure averageGrant,
      Figure budgetPerPlace,
      Optional<Figure> forecastPlacesPercent,
      Optional<Figure> forecastBudgetPercent,
      boolean targetMet) {
    /** Requires all parts. */
    public Consumption {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(placesGranted, "placesGranted");
      Objects.requireNonNull(placesUsed, "placesUsed");
      Objects.requireNonNull(placesUsedPercent, "placesUsedPercent");
      Objects.requireNonNull(budgetGranted, "budgetGranted");
      Objects.requireNonNull(budgetUsed, "budgetUsed");
      Objects.requireNonNull(budgetUsedPercent, "budgetUsedPercent");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(gap, "gap");
      Objects.requireNonNull(averageGrant, "averageGrant");
      Objects.requireNonNull(budgetPerPlace, "budgetPerPlace");
      Objects.requireNonNull(forecastPlacesPercent, "forecastPlacesPercent");
      Objects.requireNonNull(forecastBudgetPercent, "forecastBudgetPercent");
    }
  }

  /**
   * An audit of the project.
   *
   * @param date its day, a figure traced to the audit record
   * @param authority who audited, for example {@code UHR}
   * @param outcome what came of it, as recorded
   */
  public record AuditItem(Figure date, String authority, String outcome) {
    /** Requires all parts. */
    public AuditItem {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(authority, "authority");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** The kinds of a project's dates. */
  public enum DeadlineKind {
    /** The project's last day. */
    END,
    /** The day the final report is due. */
    FINAL_REPORT,
    /** The day an application is due. */
    APPLICATION
  }

  /**
   * A project's date.
   *
   * @param kind which date
   * @param day the day, a figure traced to the project record
   */
  public record Deadline(DeadlineKind kind, Figure day) {
    /** Requires both. */
    public Deadline {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(day, "day");
    }
  }

  /**
   * The officials of one country's partners in the project's transnational events, counted as
   * distinct people from the event records.
   *
   * @param country the partners' country
   * @param since the project's first day
   * @param distinctPeople the distinct people
   * @param events the transnational events they took part in
   */
  public record Participation(
      String country, LocalDate since, Figure distinctPeople, Figure events) {
    /** Requires all parts. */
    public Participation {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(distinctPeople, "distinctPeople");
      Objects.requireNonNull(events, "events");
    }
  }
}
