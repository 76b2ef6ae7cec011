package se.westum.consortium.csv;

import static se.westum.consortium.csv.Column.CALL_YEAR;
import static se.westum.consortium.csv.Column.CATEGORY;
import static se.westum.consortium.csv.Column.DATE;
import static se.westum.consortium.csv.Column.ID;
import static se.westum.consortium.csv.Column.INDICATOR;
import static se.westum.consortium.csv.Column.MEETINGS;
import static se.westum.consortium.csv.Column.MEMBER;
import static se.westum.consortium.csv.Column.ORGANISATION_NUMBER;
import static se.westum.consortium.csv.Column.PROGRAMME;
import static se.westum.consortium.csv.Column.PROJECT;
import static se.westum.consortium.csv.Column.RECEIVING_COUNTRY;
import static se.westum.consortium.csv.Column.RESPONSIBLE;
import static se.westum.consortium.csv.Column.SENDING_MEMBER;
import static se.westum.consortium.csv.Column.TARGET_PERCENT;
import static se.westum.consortium.csv.DatasetFile.ACTIVITIES;
import static se.westum.consortium.csv.DatasetFile.AUDITS;
import static se.westum.consortium.csv.DatasetFile.INDICATORS;
import static se.westum.consortium.csv.DatasetFile.INDICATOR_VALUES;
import static se.westum.consortium.csv.DatasetFile.MEMBERS;
import static se.westum.consortium.csv.DatasetFile.MOBILITIES;
import static se.westum.consortium.csv.DatasetFile.MOBILITY_GRANTS;
import static se.westum.consortium.csv.DatasetFile.PARTNERS;
import static se.westum.consortium.csv.DatasetFile.PROGRAMMES;
import static se.westum.consortium.csv.DatasetFile.PROJECT_RECORDS;
import static se.westum.consortium.csv.DatasetFile.WORKING_GROUPS;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.westum.consortium.csv.ProjectRows.GrantRow;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Percentage;

/**
 * Pass 1 of a project import: reads every project and mobility file once, streaming, and reports
 * every problem, each at the row and column it concerns. The files are read in an order in which
 * every file comes after those it refers to.
 *
 * <p>Of the records it keeps only keys and small facts: the ids of programmes, projects, groups,
 * activities, indicators and mobilities, each partner's project, the (indicator, date) keys of the
 * measurements, and each project's mobility grant (a few rows per project), against which every
 * mobility's grant is calculated as the core will. It reads the keys of {@code members.csv} and
 * {@code meetings.csv} when the folder has them, without reporting their problems.
 */
final class ProjectValidation {

  private static final UnitCosts UNIT_COSTS = UnitCosts.bundled();

  private final Path directory;
  private final FileCheck files;
  private final Problems problems;

  private final Map<ProgrammeId, Long> programmes = new HashMap<>();
  private final Map<ProjectId, Long> projects = new HashMap<>();
  private final Map<PartnerId, PartnerFacts> partners = new HashMap<>();
  private final Map<GroupId, Long> groups = new HashMap<>();
  private final Map<ActivityId, Long> activities = new HashMap<>();
  private final Map<IndicatorId, Long> indicators = new HashMap<>();
  private final Map<ValueKey, Long> values = new HashMap<>();
  private final Map<ProjectId, GrantFacts> grants = new HashMap<>();
  private final Map<MobilityId, Long> mobilities = new HashMap<>();

  private boolean programmesComplete;
  private boolean projectsComplete;
  private boolean partnersComplete;
  private boolean indicatorsComplete;
  private boolean grantsComplete;

  /** The members' organisation numbers; empty when members.csv is absent or unreadable. */
  private Optional<Set<OrganisationNumber>> members = Optional.empty();

  /** The meeting ids; empty when meetings.csv is absent or unreadable. */
  private Optional<Set<MeetingId>> meetings = Optional.empty();

  ProjectValidation(ObjectReader rowReader, CsvDialect dialect, Path directory, Problems problems) {
    this.files = new FileCheck(rowReader, dialect, directory, problems);
    this.problems = problems;
    this.directory = directory;
  }

  /**
   * Checks the dataset.
   *
   * @return the project files the dataset has
   * @throws CsvImportException with every problem found, if there is any
   */
  Set<DatasetFile> run() {
    FileCheck.requireFolder(directory);
    Set<DatasetFile> present = files.present(DatasetFile.projects());
    if (files.exists(MEMBERS)) {
      members = files.keys(MEMBERS, ORGANISATION_NUMBER, OrganisationNumber::parse);
    }
    if (files.exists(DatasetFile.MEETINGS)) {
      meetings = files.keys(DatasetFile.MEETINGS, ID, MeetingId::new);
    }
    programmesComplete = files.checkIfPresent(present, PROGRAMMES, this::checkProgramme);
    projectsComplete = files.checkIfPresent(present, PROJECT_RECORDS, this::checkProject);
    files.checkIfPresent(present, AUDITS, this::checkAudit);
    partnersComplete = files.checkIfPresent(present, PARTNERS, this::checkPartner);
    files.checkIfPresent(present, WORKING_GROUPS, this::checkGroup);
    files.checkIfPresent(present, ACTIVITIES, this::checkActivity);
    indicatorsComplete = files.checkIfPresent(present, INDICATORS, this::checkIndicator);
    files.checkIfPresent(present, INDICATOR_VALUES, this::checkValue);
    grantsComplete = files.checkIfPresent(present, MOBILITY_GRANTS, this::checkGrant);
    files.checkIfPresent(present, MOBILITIES, this::checkMobility);
    if (!problems.isEmpty()) {
      throw new CsvImportException(problems.inFileOrder(DatasetFile.projects()));
    }
    return present;
  }

  private void checkProgramme(RowCells row) {
    if (!row.misaligned()) {
      ProjectRows.programme(row);
    }
    FileCheck.unique(row, programmes, row.peek(ID, ProgrammeId::new), "programme id");
  }

  private void checkProject(RowCells row) {
    if (row.misaligned()) {
      row.peek(ID, ProjectId::new).ifPresent(id -> projects.putIfAbsent(id, row.line()));
      return;
    }
    ProjectRows.project(row);
    FileCheck.unique(row, projects, row.peek(ID, ProjectId::new), "project acronym");
    row.peek(PROGRAMME, ProgrammeId::new)
        .filter(id -> programmesComplete && !programmes.containsKey(id))
        .ifPresent(
            id -> row.problem(PROGRAMME, "no programme " + id + " in " + PROGRAMMES.fileName()));
  }

  private void checkAudit(RowCells row) {
    if (row.misaligned()) {
      return;
    }
    ProjectRows.audit(row);
    project(row);
  }

  private void checkPartner(RowCells row) {
    Optional<PartnerId> id = row.peek(ID, PartnerId::new);
    if (row.misaligned()) {
      id.ifPresent(key -> partners.putIfAbsent(key, new PartnerFacts(row.line(), null)));
      return;
    }
    ProjectRows.partner(row);
    Optional<ProjectId> project = project(row);
    if (id.isPresent()) {
      PartnerFacts first =
          partners.putIfAbsent(id.get(), new PartnerFacts(row.line(), project.orElse(null)));
      if (first != null) {
        row.problem(ID, "duplicate partner id " + id.get() + ": also on line " + first.line());
      }
    }
    member(row, MEMBER);
  }

  private void checkGroup(RowCells row) {
    if (row.misaligned()) {
      row.peek(ID, GroupId::new).ifPresent(id -> groups.putIfAbsent(id, row.line()));
      return;
    }
    WorkingGroup group = ProjectRows.group(row);
    FileCheck.unique(row, groups, row.peek(ID, GroupId::new), "group id");
    project(row);
    if (group != null && meetings.isPresent()) {
      for (MeetingId meeting : group.meetings()) {
        if (!meetings.get().contains(meeting)) {
          row.problem(MEETINGS, "no meeting " + meeting + " in " + DatasetFile.MEETINGS.fileName());
        }
      }
    }
  }

  private void checkActivity(RowCells row) {
    if (row.misaligned()) {
      row.peek(ID, ActivityId::new).ifPresent(id -> activities.putIfAbsent(id, row.line()));
      return;
    }
    ProjectRows.activity(row);
    FileCheck.unique(row, activities, row.peek(ID, ActivityId::new), "activity id");
    Optional<ProjectId> project = project(row);
    Optional<PartnerId> responsible = row.peek(RESPONSIBLE, PartnerId::new);
    if (responsible.isEmpty()) {
      return;
    }
    PartnerFacts partner = partners.get(responsible.get());
    if (partner == null) {
      if (partnersComplete) {
        row.problem(RESPONSIBLE, "no partner " + responsible.get() + " in " + PARTNERS.fileName());
      }
    } else if (partner.project() != null
        && project.isPresent()
        && !partner.project().equals(project.get())) {
      row.problem(
          RESPONSIBLE,
          "partner "
              + responsible.get()
              + " is a partner of project "
              + partner.project()
              + " (line "
              + partner.line()
              + " of "
              + PARTNERS.fileName()
              + "), not of "
              + project.get()
              + ": the responsible partner belongs to the activity's project");
    }
  }

  private void checkIndicator(RowCells row) {
    if (row.misaligned()) {
      row.peek(ID, IndicatorId::new).ifPresent(id -> indicators.putIfAbsent(id, row.line()));
      return;
    }
    ProjectRows.indicator(row);
    FileCheck.unique(row, indicators, row.peek(ID, IndicatorId::new), "indicator id");
    project(row);
  }

  private void checkValue(RowCells row) {
    if (row.misaligned()) {
      return;
    }
    ProjectRows.value(row);
    Optional<IndicatorId> indicator = row.peek(INDICATOR, IndicatorId::new);
    if (indicator.isEmpty()) {
      return;
    }
    if (indicatorsComplete && !indicators.containsKey(indicator.get())) {
      row.problem(INDICATOR, "no indicator " + indicator.get() + " in " + INDICATORS.fileName());
    }
    row.peek(DATE, RowCells::isoDate)
        .ifPresent(
            date -> {
              Long first = values.putIfAbsent(new ValueKey(indicator.get(), date), row.line());
              if (first != null) {
                row.problem(
                    DATE,
                    "indicator "
                        + indicator.get()
                        + " already has a value on "
                        + date
                        + " on line "
                        + first
                        + ": one value per indicator and date");
              }
            });
  }

  private void checkGrant(RowCells row) {
    if (row.misaligned()) {
      row.peek(PROJECT, ProjectId::new)
          .ifPresent(
              id -> grants.computeIfAbsent(id, k -> new GrantFacts(row.line())).sound = false);
      return;
    }
    GrantRow grant = ProjectRows.grant(row);
    Optional<ProjectId> project = project(row);
    if (project.isEmpty()) {
      return;
    }
    GrantFacts facts = grants.computeIfAbsent(project.get(), k -> new GrantFacts(row.line()));
    if (grant == null) {
      facts.sound = false;
      return;
    }
    if (facts.callYear == null) {
      facts.callYear = grant.callYear();
      facts.target = grant.target();
    } else {
      if (!facts.callYear.equals(grant.callYear())) {
        row.problem(
            CALL_YEAR,
            "project "
                + project.get()
                + " has call year "
                + facts.callYear
                + " on line "
                + facts.line
                + ": every row of a project's grant gives the same call_year");
        facts.sound = false;
      }
      if (!facts.target.equals(grant.target())) {
        row.problem(
            TARGET_PERCENT,
            "project "
                + project.get()
                + " has a target of "
                + facts.target
                + " on line "
                + facts.line
                + ": every row of a project's grant gives the same target_percent");
        facts.sound = false;
      }
    }
    ParticipantCategory category = grant.category().category();
    Long first = facts.categoryLines.putIfAbsent(category, row.line());
    if (first != null) {
      row.problem(
          CATEGORY,
          "project "
              + project.get()
              + " already has a "
              + category
              + " grant on line "
              + first
              + ": a category once per project");
      facts.sound = false;
      return;
    }
    facts.categories.add(grant.category());
  }

  private void checkMobility(RowCells row) {
    Optional<MobilityId> id = row.peek(ID, MobilityId::new);
    if (row.misaligned()) {
      id.ifPresent(key -> mobilities.putIfAbsent(key, row.line()));
      return;
    }
    Mobility mobility = ProjectRows.mobility(row);
    FileCheck.unique(row, mobilities, id, "mobility id");
    Optional<ProjectId> project = project(row);
    member(row, SENDING_MEMBER);
    if (mobility == null || project.isEmpty() || !grantsComplete) {
      return;
    }
    GrantFacts facts = grants.get(project.get());
    if (facts == null) {
      if (projects.containsKey(project.get())) {
        row.problem(
            PROJECT,
            "project "
                + project.get()
                + " has no mobility grant in "
                + MOBILITY_GRANTS.fileName()
                + ": a mobility needs its project's grant");
      }
      return;
    }
    if (!facts.sound) {
      // the grant's own rows are reported; a calculation against part of it proves nothing
      return;
    }
    if (!facts.categoryLines.containsKey(mobility.category())) {
      row.problem(
          CATEGORY,
          "project "
              + project.get()
              + " has no "
              + mobility.category()
              + " grant in "
              + MOBILITY_GRANTS.fileName()
              + " (it has "
              + facts.categoryLines.keySet().stream()
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ")");
      return;
    }
    try {
      GrantCalculation.of(UNIT_COSTS, facts.grant(project.get()), mobility);
    } catch (DomainException e) {
      Column column =
          switch (e.code()) {
            case "no-daily-rate" -> RECEIVING_COUNTRY;
            case "no-category-grant" -> CATEGORY;
            default -> null;
          };
      if (column == null) {
        row.lineProblem("the grant cannot be calculated: " + RowCells.reason(e));
      } else {
        row.problem(column, "the grant cannot be calculated: " + RowCells.reason(e));
      }
    }
  }

  /** Reports the member a column names when members.csv was read and does not have it. */
  private void member(RowCells row, Column column) {
    members.ifPresent(
        known ->
            row.peek(column, OrganisationNumber::parse)
                .filter(member -> !known.contains(member))
                .ifPresent(
                    member ->
                        row.problem(column, "no member " + member + " in " + MEMBERS.fileName())));
  }

  /** The row's project; reported when projects.csv does not have it. */
  private Optional<ProjectId> project(RowCells row) {
    Optional<ProjectId> project = row.peek(PROJECT, ProjectId::new);
    if (project.isPresent() && projectsComplete && !projects.containsKey(project.get())) {
      row.problem(PROJECT, "no project " + project.get() + " in " + PROJECT_RECORDS.fileName());
    }
    return project;
  }

  /** What pass 1 keeps of a partner: its line and its project ({@code null} if unreadable). */
  private record PartnerFacts(long line, ProjectId project) {}

  private record ValueKey(IndicatorId indicator, LocalDate date) {}

  /** What pass 1 keeps of a project's mobility grant: a few rows at most. */
  private static final class GrantFacts {
    final long line;
    final Map<ParticipantCategory, Long> categoryLines = new EnumMap<>(ParticipantCategory.class);
    final List<CategoryGrant> categories = new ArrayList<>();
    Year callYear;
    Percentage target;
    boolean sound = true;
    MobilityGrant built;

    GrantFacts(long line) {
      this.line = line;
    }

    MobilityGrant grant(ProjectId project) {
      if (built == null) {
        built = new MobilityGrant(project, callYear, categories, target);
      }
      return built;
    }
  }
}
