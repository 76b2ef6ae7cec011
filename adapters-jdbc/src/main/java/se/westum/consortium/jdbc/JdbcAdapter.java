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
package se.westum.consortium.jdbc;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import se.westum.consortium.application.port.out.Activities;
import se.westum.consortium.application.port.out.AnnualFees;
import se.westum.consortium.application.port.out.BoardTerms;
import se.westum.consortium.application.port.out.Brokers;
import se.westum.consortium.application.port.out.CompanyVisits;
import se.westum.consortium.application.port.out.Decisions;
import se.westum.consortium.application.port.out.Events;
import se.westum.consortium.application.port.out.FocusAreas;
import se.westum.consortium.application.port.out.Goals;
import se.westum.consortium.application.port.out.IndicatorFeeds;
import se.westum.consortium.application.port.out.Indicators;
import se.westum.consortium.application.port.out.Meetings;
import se.westum.consortium.application.port.out.Members;
import se.westum.consortium.application.port.out.Mobilities;
import se.westum.consortium.application.port.out.MobilityGrants;
import se.westum.consortium.application.port.out.Partners;
import se.westum.consortium.application.port.out.Payments;
import se.westum.consortium.application.port.out.Programmes;
import se.westum.consortium.application.port.out.Projects;
import se.westum.consortium.application.port.out.Staff;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.SurveyAnswers;
import se.westum.consortium.application.port.out.SurveyMappings;
import se.westum.consortium.application.port.out.Trainings;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.application.port.out.Vocabularies;
import se.westum.consortium.application.port.out.WorkingGroups;
import se.westum.consortium.domain.membership.MemberYear;
import se.westum.consortium.domain.shared.DomainException;

/**
 * The consortium's storage in a relational database reached through a host-supplied {@link
 * DataSource}: H2 2.x, PostgreSQL 15+ or MariaDB 10.11+.
 *
 * <pre>{@code
 * Consortium consortium = Consortium.builder()
 *     .storage(JdbcAdapter.create(dataSource))
 *     .build();
 * }</pre>
 *
 * <p>{@link #create(DataSource)} brings the schema up to date with Flyway, keeping its history in
 * the table {@value #HISTORY_TABLE} so a host's own Flyway history is left alone. Every operation
 * borrows a connection from the data source and returns it; inside {@link
 * Transactions#inTransaction} all ports share the transaction's connection. Database errors reach
 * the caller as {@link DomainException}s, never as {@code SQLException}s.
 *
 * <p>Thread-safe: one instance serves a whole application.
 */
public final class JdbcAdapter implements Storage {

  /** The table in which Flyway records the consortium schema's migrations. */
  public static final String HISTORY_TABLE = "consortium_schema_history";

  private final Database database;
  private final Members members;
  private final MemberYears memberYears;
  private final AnnualFees annualFees;
  private final Payments payments;
  private final BoardTerms boardTerms;
  private final Meetings meetings;
  private final Decisions decisions;
  private final Goals goals;
  private final Events events;
  private final Staff staff;
  private final Programmes programmes;
  private final Projects projects;
  private final Partners partners;
  private final WorkingGroups workingGroups;
  private final Activities activities;
  private final Indicators indicators;
  private final MobilityGrants mobilityGrants;
  private final Mobilities mobilities;
  // --- needs-based training (issue 9) ---
  private final Vocabularies vocabularies;
  private final SurveyMappings surveyMappings;
  private final Brokers brokers;
  private final CompanyVisits companyVisits;
  private final SurveyAnswers surveyAnswers;
  private final FocusAreas focusAreas;
  private final Trainings trainings;
  private final IndicatorFeeds indicatorFeeds;

  // --- end of needs-based training ---

  private JdbcAdapter(Database database) {
    this.database = database;
    this.members = new JdbcMembers(database);
    this.memberYears = new MemberYears(database);
    this.annualFees = new JdbcAnnualFees(database);
    this.payments = new JdbcPayments(database);
    this.boardTerms = new JdbcBoardTerms(database);
    this.meetings = new JdbcMeetings(database);
    this.decisions = new JdbcDecisions(database);
    this.goals = new JdbcGoals(database);
    this.events = new JdbcEvents(database);
    this.staff = new JdbcStaff(database);
    this.programmes = new JdbcProgrammes(database);
    this.projects = new JdbcProjects(database);
    this.partners = new JdbcPartners(database);
    this.workingGroups = new JdbcWorkingGroups(database);
    this.activities = new JdbcActivities(database);
    this.indicators = new JdbcIndicators(database);
    this.mobilityGrants = new JdbcMobilityGrants(database);
    this.mobilities = new JdbcMobilities(database);
    // --- needs-based training (issue 9) ---
    this.vocabularies = new JdbcVocabularies(database);
    this.surveyMappings = new JdbcSurveyMappings(database);
    this.brokers = new JdbcBrokers(database);
    this.companyVisits = new JdbcCompanyVisits(database);
    this.surveyAnswers = new JdbcSurveyAnswers(database);
    this.focusAreas = new JdbcFocusAreas(database);
    this.trainings = new JdbcTrainings(database);
    this.indicatorFeeds = new JdbcIndicatorFeeds(database);
    // --- end of needs-based training ---
  }

  /**
   * Migrates the consortium's tables in the data source's database (its current schema) and returns
   * the storage over them. Calling it again on a migrated database changes nothing.
   *
   * @param dataSource the host's data source, with the JDBC driver of its database on the class
   *     path; pooled or not
   * @return the storage, ready for {@code Consortium.builder().storage(...)}
   * @throws se.westum.consortium.domain.shared.StorageUnavailableException if the database cannot
   *     be reached (code {@code storage-unavailable})
   * @throws se.westum.consortium.domain.shared.StorageFailureException if it cannot be migrated
   *     (code {@code storage-failure})
   */
  public static JdbcAdapter create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Schema.migrate(dataSource, HISTORY_TABLE);
    Jdbi jdbi = Jdbi.create(dataSource);
    // statements and their arguments stay out of exception messages: they may reach logs
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return new JdbcAdapter(new Database(jdbi, Optional.of(dataSource)));
  }

  /** The members, in the table {@code consortium_member}. */
  @Override
  public Members members() {
    return members;
  }

  /** The annual fees, in the table {@code consortium_annual_fee}. */
  @Override
  public AnnualFees annualFees() {
    return annualFees;
  }

  /** The fee payments, in the table {@code consortium_payment}. */
  @Override
  public Payments payments() {
    return payments;
  }

  /**
   * The board terms, in {@code consortium_board_term}, with their seats ({@code
   * consortium_board_seat}), nomination committees and auditors ({@code
   * consortium_board_position}).
   */
  @Override
  public BoardTerms boardTerms() {
    return boardTerms;
  }

  /** The meetings, in {@code consortium_meeting}, with {@code consortium_meeting_attendance}. */
  @Override
  public Meetings meetings() {
    return meetings;
  }

  /** The decisions of meetings, in {@code consortium_decision}. */
  @Override
  public Decisions decisions() {
    return decisions;
  }

  /** The operational-plan goals, in {@code consortium_goal}. */
  @Override
  public Goals goals() {
    return goals;
  }

  /**
   * The events, in {@code consortium_event}, with participants per organisation ({@code
   * consortium_event_organisation}) or per person ({@code consortium_event_person}).
   */
  @Override
  public Events events() {
    return events;
  }

  /** The staff, in {@code consortium_staff}, with {@code consortium_staff_project}. */
  @Override
  public Staff staff() {
    return staff;
  }

  /** The funding programmes, in {@code consortium_programme}. */
  @Override
  public Programmes programmes() {
    return programmes;
  }

  /** The projects, in {@code consortium_project}, with {@code consortium_project_audit}. */
  @Override
  public Projects projects() {
    return projects;
  }

  /** The partners of projects, in {@code consortium_partner}. */
  @Override
  public Partners partners() {
    return partners;
  }

  /**
   * The project boards and working groups, in {@code consortium_working_group}, with their
   * organisations ({@code consortium_working_group_organisation}) and meetings ({@code
   * consortium_working_group_meeting}).
   */
  @Override
  public WorkingGroups workingGroups() {
    return workingGroups;
  }

  /** The main activities of projects, in {@code consortium_activity}. */
  @Override
  public Activities activities() {
    return activities;
  }

  /**
   * The indicators of projects, in {@code consortium_indicator}, with {@code
   * consortium_indicator_measurement}.
   */
  @Override
  public Indicators indicators() {
    return indicators;
  }

  /**
   * The mobility grants of projects, in {@code consortium_mobility_grant}, with {@code
   * consortium_mobility_grant_category}.
   */
  @Override
  public MobilityGrants mobilityGrants() {
    return mobilityGrants;
  }

  /**
   * The members with a fee for {@code year}, their payments for the year summed by the database, in
   * one streamed query.
   */
  @Override
  public void forEachMemberYear(Year year, Consumer<MemberYear> action) {
    memberYears.forEach(year, action);
  }

  /** The mobilities, in {@code consortium_mobility}. */
  @Override
  public Mobilities mobilities() {
    return mobilities;
  }

  // --- needs-based training (issue 9) ---

  /**
   * The training settings of projects, in {@code consortium_training_settings} (partner quota),
   * with {@code consortium_training_topic} and {@code consortium_training_sector}.
   */
  @Override
  public Vocabularies vocabularies() {
    return vocabularies;
  }

  /** The survey mappings, in {@code consortium_survey_mapping}. */
  @Override
  public SurveyMappings surveyMappings() {
    return surveyMappings;
  }

  /** The competence brokers, in {@code consortium_broker}. */
  @Override
  public Brokers brokers() {
    return brokers;
  }

  /** The company visits, in {@code consortium_company_visit} with {@code ..._need}. */
  @Override
  public CompanyVisits companyVisits() {
    return companyVisits;
  }

  /** The survey answers, in {@code consortium_survey_answer} with {@code ..._need}. */
  @Override
  public SurveyAnswers surveyAnswers() {
    return surveyAnswers;
  }

  /** The focus areas, in {@code consortium_focus_area}. */
  @Override
  public FocusAreas focusAreas() {
    return focusAreas;
  }

  /** The trainings, in {@code consortium_training} with {@code consortium_training_participant}. */
  @Override
  public Trainings trainings() {
    return trainings;
  }

  /** The indicators counted from records, in {@code consortium_indicator_feed}. */
  @Override
  public IndicatorFeeds indicatorFeeds() {
    return indicatorFeeds;
  }

  // --- end of needs-based training ---

  /** Database transactions; a nested call joins the running one. */
  @Override
  public Transactions transactions() {
    return database;
  }
}
