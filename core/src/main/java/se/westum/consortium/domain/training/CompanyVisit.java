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
import java.util.Optional;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A competence broker's visit to a company (företagsbesök), with the needs found there. Whether the
 * broker was active that day and the sector belongs to the project is {@link VisitPolicy}'s rule,
 * since it needs the broker and the vocabulary.
 *
 * @param id its identity
 * @param project the project
 * @param broker the broker who made the visit
 * @param date the day of the visit
 * @param company the company visited
 * @param sector the company's sector
 * @param employees the company's number of employees, 0 or more
 * @param advice the advice given, if recorded; may span lines
 * @param needs the needs found, each topic once
 */
public record CompanyVisit(
    VisitId id,
    ProjectId project,
    BrokerId broker,
    LocalDate date,
    Company company,
    SectorId sector,
    int employees,
    Optional<String> advice,
    List<Need> needs) {

  /** A topic named twice among the needs of one visit or answer. */
  public static final String DUPLICATE_NEED = "duplicate-need";

  /** Requires every part; the advice at most {@link Limits#TEXT} characters. */
  public CompanyVisit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(broker, "broker");
    Bounds.date("date", date);
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(sector, "sector");
    Bounds.count("employees", employees, 0);
    advice =
        Objects.requireNonNull(advice, "advice")
            .map(a -> Texts.multiline("advice", a, Limits.TEXT));
    needs = distinctTopics(needs);
  }

  /** The company's size class by the EU SME headcount thresholds. */
  public SizeClass sizeClass() {
    return SizeClass.of(employees);
  }

  /**
   * The rule of a visit's or an answer's needs: {@code needs} copied, refusing a topic named twice
   * ({@value #DUPLICATE_NEED}). Public so that an adapter reading needs apart from their visit can
   * place the refusal at the line that repeats the topic.
   *
   * @throws ValidationException of code {@value #DUPLICATE_NEED} at field {@code needs}
   */
  public static List<Need> distinctTopics(List<Need> needs) {
    List<Need> copy = List.copyOf(needs);
    if (copy.stream().map(Need::topic).distinct().count() != copy.size()) {
      throw ValidationException.of(
          "needs", DUPLICATE_NEED, "a need topic is named once per record");
    }
    return copy;
  }
}
