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
package se.westum.consortium.domain.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands: draft application → submitted → granted → running → closing → final
 * report submitted → closed; or rejected from submitted.
 */
public enum ProjectStatus {
  /** The application is being written. */
  DRAFT_APPLICATION,
  /** The application was sent. */
  SUBMITTED,
  /** The programme granted it. */
  GRANTED,
  /** Its activities run. */
  RUNNING,
  /** Activities are ending; the final report is being written. */
  CLOSING,
  /** The final report was sent. */
  FINAL_REPORT_SUBMITTED,
  /** Done. */
  CLOSED,
  /** The programme said no. */
  REJECTED;

  /** The statuses this one may move to. */
  public Set<ProjectStatus> next() {
    return switch (this) {
      case DRAFT_APPLICATION -> EnumSet.of(SUBMITTED);
      case SUBMITTED -> EnumSet.of(GRANTED, REJECTED);
      case GRANTED -> EnumSet.of(RUNNING);
      case RUNNING -> EnumSet.of(CLOSING);
      case CLOSING -> EnumSet.of(FINAL_REPORT_SUBMITTED);
      case FINAL_REPORT_SUBMITTED -> EnumSet.of(CLOSED);
      case CLOSED, REJECTED -> EnumSet.noneOf(ProjectStatus.class);
    };
  }
}
