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
import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * A company's answer to the project's needs survey, as read from a survey tool's export through a
 * {@link SurveyMapping} (see {@link SurveyRow}).
 *
 * @param id the survey tool's id of the answer
 * @param project the project
 * @param date the day answered
 * @param company the company's organisation number
 * @param sector the company's sector
 * @param employees the company's number of employees, 0 or more
 * @param needs the needs the company named, each topic once
 */
public record SurveyAnswer(
    SurveyAnswerId id,
    ProjectId project,
    LocalDate date,
    OrganisationNumber company,
    SectorId sector,
    int employees,
    List<Need> needs) {

  /** Requires every part. */
  public SurveyAnswer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Bounds.date("date", date);
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(sector, "sector");
    Bounds.count("employees", employees, 0);
    needs = CompanyVisit.distinctTopics(needs);
  }

  /** The company's size class by the EU SME headcount thresholds. */
  public SizeClass sizeClass() {
    return SizeClass.of(employees);
  }
}
