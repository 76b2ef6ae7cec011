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
package se.westum.consortium.csv;

import static se.westum.consortium.csv.Column.APPLICATION_DEADLINE;
import static se.westum.consortium.csv.Column.AUTHORITY;
import static se.westum.consortium.csv.Column.BASELINE;
import static se.westum.consortium.csv.Column.BUDGET_EUR;
import static se.westum.consortium.csv.Column.CALL_YEAR;
import static se.westum.consortium.csv.Column.CATEGORY;
import static se.westum.consortium.csv.Column.COORDINATOR;
import static se.westum.consortium.csv.Column.COUNTRY;
import static se.westum.consortium.csv.Column.COURSE_DAYS;
import static se.westum.consortium.csv.Column.DATE;
import static se.westum.consortium.csv.Column.END;
import static se.westum.consortium.csv.Column.ENDED;
import static se.westum.consortium.csv.Column.FEWER_OPPORTUNITIES;
import static se.westum.consortium.csv.Column.FINAL_REPORT_DEADLINE;
import static se.westum.consortium.csv.Column.GOALS;
import static se.westum.consortium.csv.Column.GREEN_TRAVEL;
import static se.westum.consortium.csv.Column.ID;
import static se.westum.consortium.csv.Column.INDICATOR;
import static se.westum.consortium.csv.Column.KIND;
import static se.westum.consortium.csv.Column.MEETINGS;
import static se.westum.consortium.csv.Column.MEMBER;
import static se.westum.consortium.csv.Column.NAME;
import static se.westum.consortium.csv.Column.NATIONAL_ID;
import static se.westum.consortium.csv.Column.ORGANISATION;
import static se.westum.consortium.csv.Column.ORGANISATIONS;
import static se.westum.consortium.csv.Column.OUTCOME;
import static se.westum.consortium.csv.Column.PARTICIPANT;
import static se.westum.consortium.csv.Column.PLACES;
import static se.westum.consortium.csv.Column.PROGRAMME;
import static se.westum.consortium.csv.Column.PROJECT;
import static se.westum.consortium.csv.Column.PROJECTS;
import static se.westum.consortium.csv.Column.PROSPECTIVE;
import static se.westum.consortium.csv.Column.RATE_GROUP1_EUR;
import static se.westum.consortium.csv.Column.RATE_GROUP2_EUR;
import static se.westum.consortium.csv.Column.RATE_GROUP3_EUR;
import static se.westum.consortium.csv.Column.RECEIVING_CITY;
import static se.westum.consortium.csv.Column.RECEIVING_COUNTRY;
import static se.westum.consortium.csv.Column.RECEIVING_LATITUDE;
import static se.westum.consortium.csv.Column.RECEIVING_LONGITUDE;
import static se.westum.consortium.csv.Column.RECEIVING_ORGANISATION;
import static se.westum.consortium.csv.Column.RESPONSIBLE;
import static se.westum.consortium.csv.Column.ROLE;
import static se.westum.consortium.csv.Column.SENDING_CITY;
import static se.westum.consortium.csv.Column.SENDING_COUNTRY;
import static se.westum.consortium.csv.Column.SENDING_LATITUDE;
import static se.westum.consortium.csv.Column.SENDING_LONGITUDE;
import static se.westum.consortium.csv.Column.SENDING_MEMBER;
import static se.westum.consortium.csv.Column.SENDING_ORGANISATION;
import static se.westum.consortium.csv.Column.START;
import static se.westum.consortium.csv.Column.STARTED;
import static se.westum.consortium.csv.Column.STATUS;
import static se.westum.consortium.csv.Column.TARGET;
import static se.westum.consortium.csv.Column.TARGET_PERCENT;
import static se.westum.consortium.csv.Column.TRAVEL_DAYS;
import static se.westum.consortium.csv.Column.UNIT;
import static se.westum.consortium.csv.Column.VALUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;
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
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Percentage;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Rows of the project, mobility and staff files to domain records and back: cells to values, and
 * the core's constructors for each record's own rules, so the CSV accepts exactly what the core
 * accepts; a row with problems yields {@code null} and its problems stay in the {@link RowCells}.
 * Rows that are parts of a whole (an audit of a project, a measurement of an indicator, a category
 * of a mobility grant) become the small records below; {@link CsvProjectDataset} joins them. Rules
 * across records are the core's import's, not checked here.
 */
final class ProjectRows {

  private ProjectRows() {}

  /** A row of {@code audits.csv}. */
  record AuditRow(ProjectId project, Audit audit) {}

  /** A row of {@code indicator_values.csv}. */
  record ValueRow(IndicatorId indicator, Measurement measurement) {}

  /** A row of {@code mobility_grants.csv}: one category of a project's grant. */
  record GrantRow(ProjectId project, Year callYear, Percentage target, CategoryGrant category) {}

  /** A part of a record read from a child file, with the line it stands on. */
  record Part<T>(long line, T value) {}

  static FundingProgramme programme(RowCells row) {
    ProgrammeId id = row.id(ID, ProgrammeId::new);
    String name = row.text(NAME);
    ProgrammeKind kind = row.choice(KIND, ProgrammeKind.class, "kind");
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new FundingProgramme(id, name, kind));
  }

  /** A project without audits, which {@code audits.csv} gives. */
  static Project project(RowCells row) {
    ProjectId id = row.id(ID, ProjectId::new);
    String name = row.text(NAME);
    ProgrammeId programme = row.id(PROGRAMME, ProgrammeId::new);
    LocalDate start = row.date(START);
    LocalDate end = row.date(END);
    String coordinator = row.text(COORDINATOR);
    ProjectStatus status = row.choice(STATUS, ProjectStatus.class, "status");
    Optional<LocalDate> application = row.optionalDate(APPLICATION_DEADLINE);
    Optional<LocalDate> finalReport = row.optionalDate(FINAL_REPORT_DEADLINE);
    List<String> goals = row.identifiers(GOALS, "goal id");
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new Project(
                id,
                name,
                programme,
                new DateRange(start, end),
                coordinator,
                status,
                application,
                finalReport,
                List.of(),
                goals.stream().map(GoalId::new).toList()));
  }

  static AuditRow audit(RowCells row) {
    ProjectId project = row.id(PROJECT, ProjectId::new);
    LocalDate date = row.date(DATE);
    String authority = row.text(AUTHORITY);
    String outcome = row.text(OUTCOME);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new AuditRow(project, new Audit(date, authority, outcome)));
  }

  static Partner partner(RowCells row) {
    PartnerId id = row.id(ID, PartnerId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    String organisation = row.text(ORGANISATION);
    String country = row.plain(COUNTRY);
    String nationalId = row.text(NATIONAL_ID);
    PartnerRole role = row.choice(ROLE, PartnerRole.class, "role");
    Optional<OrganisationNumber> member = row.optionalOrganisationNumber(MEMBER);
    Boolean prospective = row.optionalBool(PROSPECTIVE, false);
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new Partner(
                id,
                project,
                organisation,
                new NationalId(country, nationalId),
                role,
                member,
                prospective));
  }

  static WorkingGroup group(RowCells row) {
    GroupId id = row.id(ID, GroupId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    String name = row.text(NAME);
    GroupKind kind = row.choice(KIND, GroupKind.class, "kind");
    List<String> organisations = row.texts(ORGANISATIONS, "organisation");
    List<String> meetings = row.identifiers(MEETINGS, "meeting id");
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new WorkingGroup(
                id,
                project,
                name,
                kind,
                organisations,
                meetings.stream().map(MeetingId::new).toList()));
  }

  static MainActivity activity(RowCells row) {
    ActivityId id = row.id(ID, ActivityId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    String name = row.text(NAME);
    PartnerId responsible = row.id(RESPONSIBLE, PartnerId::new);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new MainActivity(id, project, name, responsible));
  }

  /** An indicator without measurements, which {@code indicator_values.csv} gives. */
  static Indicator indicator(RowCells row) {
    IndicatorId id = row.id(ID, IndicatorId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    String name = row.text(NAME);
    String unit = row.text(UNIT);
    BigDecimal baseline = row.decimal(BASELINE);
    BigDecimal target = row.decimal(TARGET);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new Indicator(id, project, name, unit, baseline, target, List.of()));
  }

  static ValueRow value(RowCells row) {
    IndicatorId indicator = row.id(INDICATOR, IndicatorId::new);
    LocalDate date = row.date(DATE);
    BigDecimal value = row.decimal(VALUE);
    return row.valid() ? new ValueRow(indicator, new Measurement(date, value)) : null;
  }

  static GrantRow grant(RowCells row) {
    ProjectId project = row.id(PROJECT, ProjectId::new);
    Year callYear = row.year(CALL_YEAR);
    ParticipantCategory category = row.choice(CATEGORY, ParticipantCategory.class, "category");
    Integer places = row.integer(PLACES);
    Money budget = euro(row, BUDGET_EUR);
    Money rate1 = euro(row, RATE_GROUP1_EUR);
    Money rate2 = euro(row, RATE_GROUP2_EUR);
    Money rate3 = euro(row, RATE_GROUP3_EUR);
    Percentage target =
        row.filled(TARGET_PERCENT)
            ? value(row, TARGET_PERCENT, MobilityGrant::target)
            : MobilityGrant.DEFAULT_TARGET;
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new GrantRow(
                project,
                callYear,
                target,
                new CategoryGrant(category, places, budget, Map.of(1, rate1, 2, rate2, 3, rate3))));
  }

  private static Money euro(RowCells row, Column column) {
    return value(row, column, amount -> CategoryGrant.eur(column.header(), amount));
  }

  /** A decimal cell made a value by the core; its refusal is the cell's problem. */
  private static <T> T value(RowCells row, Column column, Function<BigDecimal, T> make) {
    BigDecimal amount = row.decimal(column);
    if (amount == null) {
      return null;
    }
    try {
      return make.apply(amount);
    } catch (DomainException e) {
      return row.problem(column, RowCells.reason(e));
    }
  }

  static Mobility mobility(RowCells row) {
    MobilityId id = row.id(ID, MobilityId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    ParticipantRef participant = row.id(PARTICIPANT, ParticipantRef::new);
    ParticipantCategory category = row.choice(CATEGORY, ParticipantCategory.class, "category");
    Place sending =
        place(
            row,
            SENDING_ORGANISATION,
            SENDING_CITY,
            SENDING_COUNTRY,
            SENDING_LATITUDE,
            SENDING_LONGITUDE);
    Optional<OrganisationNumber> sendingMember = row.optionalOrganisationNumber(SENDING_MEMBER);
    Place receiving =
        place(
            row,
            RECEIVING_ORGANISATION,
            RECEIVING_CITY,
            RECEIVING_COUNTRY,
            RECEIVING_LATITUDE,
            RECEIVING_LONGITUDE);
    LocalDate start = row.date(START);
    LocalDate end = row.date(END);
    Integer travelDays = row.integer(TRAVEL_DAYS);
    Boolean green = row.bool(GREEN_TRAVEL);
    Boolean fewer = row.bool(FEWER_OPPORTUNITIES);
    Integer courseDays = row.integer(COURSE_DAYS);
    MobilityStatus status = row.choice(STATUS, MobilityStatus.class, "status");
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new Mobility(
                id,
                project,
                participant,
                category,
                sending,
                sendingMember,
                receiving,
                start,
                end,
                travelDays,
                green,
                fewer,
                courseDays,
                status));
  }

  static StaffMember staffMember(RowCells row) {
    StaffId id = row.id(ID, StaffId::new);
    String name = row.text(NAME);
    String role = row.text(ROLE);
    LocalDate started = row.date(STARTED);
    Optional<LocalDate> ended = row.optionalDate(ENDED);
    List<String> projects = row.identifiers(PROJECTS, "project");
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new StaffMember(
                id, new PersonName(name), role, started, ended, new TreeSet<>(projects)));
  }

  /** One end of a mobility; each rule of the core is reported at its own column. */
  private static Place place(
      RowCells row,
      Column organisationColumn,
      Column cityColumn,
      Column countryColumn,
      Column latitudeColumn,
      Column longitudeColumn) {
    String organisation = row.text(organisationColumn);
    String city = row.text(cityColumn);
    String country = row.plain(countryColumn);
    BigDecimal latitude = row.decimal(latitudeColumn);
    BigDecimal longitude = row.decimal(longitudeColumn);
    if (!row.valid()) {
      return null;
    }
    try {
      return new Place(organisation, city, country, new Coordinates(latitude, longitude));
    } catch (ValidationException e) {
      for (ValidationException.FieldError error : e.errors()) {
        Column column =
            switch (error.field()) {
              case "latitude" -> latitudeColumn;
              case "longitude" -> longitudeColumn;
              case "organisation" -> organisationColumn;
              case "city" -> cityColumn;
              default -> countryColumn;
            };
        row.problem(column, error.message());
      }
      return null;
    }
  }

  /** The cells of a programme, in {@link DatasetFile#PROGRAMMES} column order. */
  static List<String> cells(FundingProgramme programme) {
    return List.of(
        programme.id().value(), FormulaGuard.neutralise(programme.name()), programme.kind().name());
  }

  /** The cells of a project, in {@link DatasetFile#PROJECT_RECORDS} column order. */
  static List<String> cells(Project project) {
    return List.of(
        project.id().value(),
        FormulaGuard.neutralise(project.name()),
        project.programme().value(),
        project.period().start().toString(),
        project.period().end().toString(),
        FormulaGuard.neutralise(project.coordinator()),
        project.status().name(),
        project.applicationDeadline().map(LocalDate::toString).orElse(""),
        project.finalReportDeadline().map(LocalDate::toString).orElse(""),
        String.join("|", project.goals().stream().map(GoalId::value).toList()));
  }

  /** The rows of a project's audits, in {@link DatasetFile#AUDITS} column order. */
  static Stream<List<String>> auditCells(Project project) {
    return project.audits().stream()
        .map(
            audit ->
                List.of(
                    project.id().value(),
                    audit.date().toString(),
                    FormulaGuard.neutralise(audit.authority()),
                    FormulaGuard.neutralise(audit.outcome())));
  }

  /** The cells of a partner, in {@link DatasetFile#PARTNERS} column order. */
  static List<String> cells(Partner partner) {
    return List.of(
        partner.id().value(),
        partner.project().value(),
        FormulaGuard.neutralise(partner.organisation()),
        partner.country(),
        FormulaGuard.neutralise(partner.nationalId().value()),
        partner.role().name(),
        partner.member().map(OrganisationNumber::value).orElse(""),
        Boolean.toString(partner.prospective()));
  }

  /** The cells of a board or group, in {@link DatasetFile#WORKING_GROUPS} column order. */
  static List<String> cells(WorkingGroup group) {
    return List.of(
        group.id().value(),
        group.project().value(),
        FormulaGuard.neutralise(group.name()),
        group.kind().name(),
        FormulaGuard.neutralise(String.join("|", group.organisations())),
        String.join("|", group.meetings().stream().map(MeetingId::value).toList()));
  }

  /** The cells of an employment, in {@link DatasetFile#STAFF} column order. */
  static List<String> cells(StaffMember member) {
    return List.of(
        member.id().value(),
        FormulaGuard.neutralise(member.name().value()),
        FormulaGuard.neutralise(member.role()),
        member.started().toString(),
        member.ended().map(LocalDate::toString).orElse(""),
        String.join("|", member.projects()));
  }

  /** The cells of a main activity, in {@link DatasetFile#ACTIVITIES} column order. */
  static List<String> cells(MainActivity activity) {
    return List.of(
        activity.id().value(),
        activity.project().value(),
        FormulaGuard.neutralise(activity.name()),
        activity.responsible().value());
  }

  /** The cells of an indicator, in {@link DatasetFile#INDICATORS} column order. */
  static List<String> cells(Indicator indicator, CsvDialect dialect) {
    return List.of(
        indicator.id().value(),
        indicator.project().value(),
        FormulaGuard.neutralise(indicator.name()),
        FormulaGuard.neutralise(indicator.unit()),
        decimal(indicator.baseline(), dialect),
        decimal(indicator.target(), dialect));
  }

  /** The rows of an indicator's measurements, in {@link DatasetFile#INDICATOR_VALUES} order. */
  static Stream<List<String>> valueCells(Indicator indicator, CsvDialect dialect) {
    return indicator.measurements().stream()
        .map(
            m -> List.of(indicator.id().value(), m.date().toString(), decimal(m.value(), dialect)));
  }

  /** The rows of a grant, one per category, in {@link DatasetFile#MOBILITY_GRANTS} order. */
  static Stream<List<String>> grantCells(MobilityGrant grant, CsvDialect dialect) {
    return grant.categories().stream()
        .map(
            category ->
                List.of(
                    grant.project().value(),
                    grant.callYear().toString(),
                    category.category().name(),
                    Integer.toString(category.places()),
                    decimal(category.budget().amount(), dialect),
                    rate(category, 1, dialect),
                    rate(category, 2, dialect),
                    rate(category, 3, dialect),
                    // two decimals, as the amounts beside it
                    decimal(grant.target().value().setScale(2), dialect)));
  }

  /** The cells of a mobility, in {@link DatasetFile#MOBILITIES} column order. */
  static List<String> cells(Mobility mobility, CsvDialect dialect) {
    List<String> cells = new ArrayList<>(22);
    cells.add(mobility.id().value());
    cells.add(mobility.project().value());
    cells.add(mobility.participant().value());
    cells.add(mobility.category().name());
    addPlace(cells, mobility.sending(), dialect);
    addPlace(cells, mobility.receiving(), dialect);
    cells.add(mobility.start().toString());
    cells.add(mobility.end().toString());
    cells.add(Integer.toString(mobility.travelDays()));
    cells.add(Boolean.toString(mobility.greenTravel()));
    cells.add(Boolean.toString(mobility.fewerOpportunities()));
    cells.add(Integer.toString(mobility.courseDays()));
    cells.add(mobility.status().name());
    cells.add(mobility.sendingMember().map(OrganisationNumber::value).orElse(""));
    return cells;
  }

  private static void addPlace(List<String> cells, Place place, CsvDialect dialect) {
    cells.add(FormulaGuard.neutralise(place.organisation()));
    cells.add(FormulaGuard.neutralise(place.city()));
    cells.add(place.country());
    cells.add(decimal(place.coordinates().latitude(), dialect));
    cells.add(decimal(place.coordinates().longitude(), dialect));
  }

  /** A rate the grant lacks is written empty, and such a file is refused on import. */
  private static String rate(CategoryGrant category, int group, CsvDialect dialect) {
    Money rate = category.dailyRates().get(group);
    return rate == null ? "" : decimal(rate.amount(), dialect);
  }

  /** As the number is, the dialect's decimal separator, no grouping. */
  private static String decimal(BigDecimal value, CsvDialect dialect) {
    return value.toPlainString().replace('.', dialect.decimalSeparator());
  }
}
