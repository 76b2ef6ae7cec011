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
package se.westum.consortium.application.port.in;

import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.MobilityGrant;

/**
 * The consumption of a project's mobility grant at a day.
 *
 * @param grant the grant
 * @param at the day
 * @param categories the consumption of each granted category
 */
public record BudgetConsumption(
    MobilityGrant grant, LocalDate at, List<CategoryConsumption> categories) {

  /** Copies the list. */
  public BudgetConsumption {
    categories = List.copyOf(categories);
  }
}
