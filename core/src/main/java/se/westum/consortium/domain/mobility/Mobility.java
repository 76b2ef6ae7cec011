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
package se.westum.consortium.domain.mobility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * One participant's stay abroad. The participant is a pseudonymous reference, never a name or
 * personnummer.
 *
 * @param id its identity
 * @param project the project granting it
 * @param participant pseudonymous reference
 * @param category learner or staff
 * @param sending the sending organisation and where it is
 * @param sendingMember the consortium member the sending organisation belongs to, if any (what a
 *     member's own access to mobilities is judged by)
 * @param receiving the receiving organisation and where it is
 * @param start first day abroad
 * @param end last day abroad
 * @param travelDays travel days paid beside the stay (0 to 4)
 * @param greenTravel true when the trip is made by sustainable means
 * @param fewerOpportunities true for a participant with fewer opportunities
 * @param courseDays days of a course paid by course fees (0 or more)
 * @param status planned, completed or cancelled
 */
public record Mobility(
    MobilityId id,
    ProjectId project,
    ParticipantRef participant,
    ParticipantCategory category,
    Place sending,
    Optional<OrganisationNumber> sendingMember,
    Place receiving,
    LocalDate start,
    LocalDate end,
    int travelDays,
    boolean greenTravel,
    boolean fewerOpportunities,
    int courseDays,
    MobilityStatus status) {

  /** A stay that ends before it starts. */
  public static final String END_BEFORE_START = "end-before-start";

  /** Travel days outside 0 to 4. */
  public static final String INVALID_TRAVEL_DAYS = "invalid-travel-days";

  /** Course days outside 0 to the days of the stay. */
  public static final String INVALID_COURSE_DAYS = "invalid-course-days";

  /**
   * Requires every part, dates in the supported years, an end not before the start, and plausible
   * day counts.
   */
  public Mobility {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(sending, "sending");
    Objects.requireNonNull(sendingMember, "sendingMember");
    Objects.requireNonNull(receiving, "receiving");
    Bounds.date("start", start);
    Bounds.date("end", end);
    Objects.requireNonNull(status, "status");
    if (end.isBefore(start)) {
      throw ValidationException.of(
          "end",
          END_BEFORE_START,
          "a mobility cannot end (" + end + ") before it starts (" + start + ")");
    }
    if (travelDays < 0 || travelDays > 4) {
      throw ValidationException.of("travelDays", INVALID_TRAVEL_DAYS, "travel days are 0 to 4");
    }
    if (courseDays < 0 || courseDays > days(start, end)) {
      throw ValidationException.of(
          "courseDays", INVALID_COURSE_DAYS, "course days are 0 to the days of the stay");
    }
  }

  /** Days abroad, counting both ends. */
  public int stayDays() {
    return days(start, end);
  }

  private static int days(LocalDate start, LocalDate end) {
    return (int) ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** True when completed by {@code day}: status completed and the stay over. */
  public boolean completedBy(LocalDate day) {
    return status == MobilityStatus.COMPLETED && !end.isAfter(day);
  }
}
