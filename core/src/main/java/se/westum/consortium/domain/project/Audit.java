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

import java.time.LocalDate;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A check or audit of a project by its managing authority (seed: UHR's check of the Erasmus+
 * project in November 2016).
 *
 * @param date when it took place
 * @param authority who checked, for example "UHR"
 * @param outcome what came of it
 */
public record Audit(LocalDate date, String authority, String outcome) {

  /**
   * Requires every part: a date in the supported years, an authority of 1 to {@link Limits#NAME}
   * and an outcome of 1 to {@link Limits#TITLE} characters.
   */
  public Audit {
    Bounds.date("date", date);
    authority = Texts.required("authority", authority, Limits.NAME);
    outcome = Texts.required("outcome", outcome, Limits.TITLE);
  }
}
