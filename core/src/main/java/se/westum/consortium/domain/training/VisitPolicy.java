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

import se.westum.consortium.domain.shared.ValidationException;

/**
 * Which company visits a project accepts: one made by a broker of the same project on a day of the
 * broker's period, in a sector of the project's vocabulary, recording needs in its topics. The
 * record use case and the import run this same check.
 */
public final class VisitPolicy {

  /** The rule's stable name. */
  public static final String RULE = "company-visit";

  /** A visit on a day outside its broker's period. */
  public static final String OUTSIDE_BROKER_PERIOD = "visit-outside-broker-period";

  /** A visit by a broker of another project. */
  public static final String BROKER_OF_OTHER_PROJECT = "broker-of-other-project";

  /**
   * Refuses a visit the project cannot accept.
   *
   * @param visit the visit
   * @param broker the broker the visit names
   * @param vocabulary the project's vocabulary
   * @throws ValidationException with code {@link #BROKER_OF_OTHER_PROJECT}, {@link
   *     #OUTSIDE_BROKER_PERIOD}, {@link Vocabulary#UNKNOWN_SECTOR} or {@link
   *     Vocabulary#UNKNOWN_TOPIC}
   */
  public void check(CompanyVisit visit, CompetenceBroker broker, Vocabulary vocabulary) {
    if (!broker.project().equals(visit.project())) {
      throw ValidationException.of(
          "broker",
          BROKER_OF_OTHER_PROJECT,
          "broker "
              + broker.id()
              + " works for project "
              + broker.project()
              + ", not "
              + visit.project());
    }
    if (!broker.activeOn(visit.date())) {
      throw ValidationException.of(
          "date",
          OUTSIDE_BROKER_PERIOD,
          "visit "
              + visit.id()
              + " on "
              + visit.date()
              + " lies outside the period of broker "
              + broker.id()
              + " ("
              + broker.period()
              + ")");
    }
    vocabulary.requireSector("sector", visit.sector());
    for (int i = 0; i < visit.needs().size(); i++) {
      vocabulary.requireTopic("needs[" + i + "]", visit.needs().get(i).topic());
    }
  }
}
