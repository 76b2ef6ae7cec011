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
package se.westum.consortium.domain.governance;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A person's name: personal data. Stored because the annual report names the board, but never
 * logged: {@link #toString()} masks it ("A*** B***"); {@link #value()} gives it where it must be
 * shown.
 *
 * @param value the full name, 1 to {@link Limits#NAME} characters, one line
 */
public record PersonName(String value) {

  /** Requires a non-blank name of at most {@link Limits#NAME} characters. */
  public PersonName {
    value = Texts.required("name", value, Limits.NAME);
  }

  /** The initials followed by stars, so logs and exceptions never carry the name. */
  @Override
  public String toString() {
    return Arrays.stream(value.split("\\s+"))
        .map(part -> part.substring(0, 1) + "***")
        .collect(Collectors.joining(" "));
  }
}
