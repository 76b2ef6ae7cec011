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
package se.westum.consortium.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The verdict of a named rule, with the reason in words, so a report can say why and not only
 * whether. The reason is English, for logs, the CLI and JSON; the arguments are the same facts as
 * typed values, so a report can word them in its own language without parsing the reason.
 *
 * @param rule the rule's stable name, for example {@code paid-in-full}
 * @param satisfied whether the rule holds
 * @param reason the explanation, for example {@code "paid 12000.00 SEK of 12000.00 SEK"}
 * @param code which wording of the rule's reason the arguments fill, the rule's name or the rule's
 *     name and a variant ({@code paid-in-full.no-fee}); a report's message key
 * @param arguments the facts the reason states, in its order, each a {@link Money}, {@link
 *     Percentage}, {@link BigDecimal}, {@link LocalDate}, {@link Year}, {@link Integer}, {@link
 *     Long} or {@link String} (for example {@code [12000.00 SEK, 12000.00 SEK, 2016]}); empty when
 *     the rule gives none
 */
public record Finding(
    String rule, boolean satisfied, String reason, String code, List<Object> arguments) {

  private static final Set<Class<?>> ARGUMENT_TYPES =
      Set.of(
          Money.class,
          BigDecimal.class,
          Percentage.class,
          LocalDate.class,
          Year.class,
          Integer.class,
          Long.class,
          String.class);

  /** Requires a rule name and a reason; the arguments of the listed types only. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(code, "code");
    if (!(code.equals(rule) || code.startsWith(rule + "."))) {
      throw new IllegalArgumentException("a finding's code is its rule's: " + code);
    }
    arguments = List.copyOf(arguments);
    for (Object argument : arguments) {
      if (!ARGUMENT_TYPES.contains(argument.getClass())) {
        throw new IllegalArgumentException(
            "a finding's argument is a value a report can format, not a "
                + argument.getClass().getSimpleName());
      }
    }
  }

  /** A finding without typed arguments. */
  public Finding(String rule, boolean satisfied, String reason) {
    this(rule, satisfied, reason, rule, List.of());
  }

  /** A rule that holds. */
  public static Finding satisfied(String rule, String reason) {
    return new Finding(rule, true, reason);
  }

  /** A rule that is broken. */
  public static Finding violated(String rule, String reason) {
    return new Finding(rule, false, reason);
  }

  /** The same verdict carrying the facts its reason states, in the reason's order. */
  public Finding withArguments(Object... arguments) {
    return new Finding(rule, satisfied, reason, rule, List.of(arguments));
  }

  /**
   * The same verdict carrying the facts of one of the rule's wordings ({@code variant} appended to
   * the rule's name makes the code).
   */
  public Finding withVariant(String variant, Object... arguments) {
    return new Finding(rule, satisfied, reason, rule + "." + variant, List.of(arguments));
  }
}
