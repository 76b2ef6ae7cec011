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
package se.westum.consortium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.testing.ProjectFixtures.EPLUS;
import static se.westum.consortium.testing.ProjectFixtures.grant;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.BudgetConsumption;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KeptBudgetsTest {

  private static final LocalDate DAY = LocalDate.of(2016, 12, 31);

  private static BudgetConsumption budgetAt(LocalDate day) {
    return new BudgetConsumption(grant(), day, List.of());
  }

  @Test
  void a_kept_budget_is_handed_out_only_at_the_revision_it_was_computed_at() {
    // given
    KeptBudgets kept = new KeptBudgets();
    BudgetConsumption budget = budgetAt(DAY);

    // when
    kept.keep(7, budget);

    // then
    assertThat(kept.at(EPLUS, DAY, 7)).containsSame(budget);
    assertThat(kept.at(EPLUS, DAY, 8)).isEmpty();
    assertThat(kept.at(EPLUS, DAY.minusDays(1), 7)).isEmpty();
  }

  @Test
  void past_the_bound_the_least_recently_used_budget_is_forgotten() {
    // given as many days kept as the bound allows, the first one read again
    KeptBudgets kept = new KeptBudgets();
    for (int n = 0; n < KeptBudgets.KEPT; n++) {
      kept.keep(1, budgetAt(DAY.minusDays(n)));
    }
    kept.at(EPLUS, DAY, 1);

    // when
    kept.keep(1, budgetAt(DAY.plusDays(1)));

    // then
    assertThat(kept.at(EPLUS, DAY, 1)).isPresent();
    assertThat(kept.at(EPLUS, DAY.minusDays(1), 1)).isEmpty();
    assertThat(kept.at(EPLUS, DAY.plusDays(1), 1)).isPresent();
  }
}
