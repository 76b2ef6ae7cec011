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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FindingTest {

  @Test
  void a_finding_without_arguments_has_its_rule_as_code_and_no_arguments() {
    // when
    Finding finding = Finding.violated("paid-in-full", "paid 0.00 SEK of 1.00 SEK for 2016");
    // then
    assertThat(finding.code()).isEqualTo("paid-in-full");
    assertThat(finding.arguments()).isEmpty();
  }

  @Test
  void arguments_keep_their_order_and_types_and_a_variant_extends_the_code() {
    // when
    Finding finding =
        Finding.violated("paid-in-full", "no fee is set for 2016")
            .withVariant("no-fee", Year.of(2016), LocalDate.of(2016, 1, 1), 3, 4L, "x");
    // then
    assertThat(finding.code()).isEqualTo("paid-in-full.no-fee");
    assertThat(finding.arguments())
        .containsExactly(Year.of(2016), LocalDate.of(2016, 1, 1), 3, 4L, "x");
  }

  @Test
  void an_argument_a_report_cannot_format_is_refused() {
    assertThatThrownBy(() -> Finding.satisfied("r", "why").withArguments(new StringBuilder("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("StringBuilder");
    assertThatThrownBy(() -> Finding.satisfied("r", "why").withArguments(List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_code_belongs_to_its_rule() {
    assertThatThrownBy(() -> new Finding("paid-in-full", false, "why", "other", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
