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

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A funding programme.
 *
 * @param id its identity
 * @param name its name, for example "Interreg Öresund-Kattegat-Skagerrak 2014–2020"
 * @param kind what kind of programme
 */
public record FundingProgramme(ProgrammeId id, String name, ProgrammeKind kind) {

  /** Requires every part; a name of 1 to {@link Limits#NAME} characters. */
  public FundingProgramme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    name = Texts.required("name", name, Limits.NAME);
  }
}
