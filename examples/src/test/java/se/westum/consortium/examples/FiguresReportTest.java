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
package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FiguresReportTest {

  @Test
  void names_are_joined_with_commas_and_a_final_and() {
    // expect
    assertThat(FiguresReport.joined(List.of())).isEmpty();
    assertThat(FiguresReport.joined(List.of("Halland"))).isEqualTo("Halland");
    assertThat(FiguresReport.joined(List.of("Västra Götaland", "Halland")))
        .isEqualTo("Västra Götaland and Halland");
    assertThat(FiguresReport.joined(List.of("Skåne", "Halland", "Västra Götaland")))
        .isEqualTo("Skåne, Halland and Västra Götaland");
  }
}
