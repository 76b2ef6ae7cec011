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

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Texts;

/**
 * A company a broker visited, identified by its Swedish organisation number.
 *
 * @param number its organisation number, validated
 * @param name its name, 1 to {@link Limits#NAME} characters
 */
public record Company(OrganisationNumber number, String name) {

  /** Requires both parts. */
  public Company {
    Objects.requireNonNull(number, "number");
    name = Texts.required("companyName", name, Limits.NAME);
  }
}
