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

import java.util.Objects;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A decision's stable identity: its meeting and its paragraph (§) number, written {@code
 * B2016-03§4}.
 *
 * @param meeting the meeting that took it
 * @param paragraph its § number, 1 or more
 */
public record DecisionId(MeetingId meeting, int paragraph) {

  /** A text that is no decision id. */
  public static final String INVALID_ID = "invalid-decision-id";

  /** Requires a positive paragraph number. */
  public DecisionId {
    Objects.requireNonNull(meeting, "meeting");
    Bounds.count("paragraph", paragraph, 1);
  }

  /** Parses {@code MEETING§N}. */
  public static DecisionId parse(String text) {
    int at = text == null ? -1 : text.lastIndexOf('§');
    if (at < 1 || at == text.length() - 1 || !text.substring(at + 1).matches("\\d{1,6}")) {
      throw ValidationException.of(
          "decision", INVALID_ID, "a decision id is MEETING§NUMBER: " + Shown.value(text));
    }
    return new DecisionId(
        new MeetingId(text.substring(0, at)), Integer.parseInt(text.substring(at + 1)));
  }

  /** The written form, {@code MEETING§N}. */
  public String value() {
    return meeting.value() + "§" + paragraph;
  }

  @Override
  public String toString() {
    return value();
  }
}
