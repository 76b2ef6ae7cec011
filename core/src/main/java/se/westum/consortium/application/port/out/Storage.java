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
package se.westum.consortium.application.port.out;

/**
 * The outbound ports a storage adapter supplies together, so an embedder can hand them to the core
 * in one piece: {@code Consortium.builder().storage(JdbcAdapter.create(dataSource))}.
 */
public interface Storage {

  /** The members. */
  Members members();

  /** The annual fees. */
  AnnualFees annualFees();

  /** The fee payments. */
  Payments payments();

  /** The board terms, with nomination committees and auditors. */
  BoardTerms boardTerms();

  /** The meetings and their attendance. */
  Meetings meetings();

  /** The decisions of meetings. */
  Decisions decisions();

  /** The operational-plan goals. */
  Goals goals();

  /** The events and their participation. */
  Events events();

  /** The staff. */
  Staff staff();

  /** The funding programmes. */
  Programmes programmes();

  /** The projects and their audits. */
  Projects projects();

  /** The partners of projects. */
  Partners partners();

  /** The project boards and working groups. */
  WorkingGroups workingGroups();

  /** The main activities of projects. */
  Activities activities();

  /** The indicators of projects and their measurements. */
  Indicators indicators();

  /** The mobility grants of projects. */
  MobilityGrants mobilityGrants();

  /** The mobilities. */
  Mobilities mobilities();

  // --- needs-based training (issue 9) ---

  /** The training settings of projects: vocabularies and partner quotas. */
  Vocabularies vocabularies();

  /** The survey mappings of projects. */
  SurveyMappings surveyMappings();

  /** The competence brokers. */
  Brokers brokers();

  /** The company visits and their needs. */
  CompanyVisits companyVisits();

  /** The survey answers and their needs. */
  SurveyAnswers surveyAnswers();

  /** The focus areas of projects. */
  FocusAreas focusAreas();

  /** The trainings and their participants. */
  Trainings trainings();

  /** The indicators counted from records. */
  IndicatorFeeds indicatorFeeds();

  // --- end of needs-based training ---

  /** The unit of work spanning the ports above. */
  Transactions transactions();
}
