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

import java.io.PrintWriter;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.rest.ApiJson;

/**
 * The consumption of a project's Erasmus+ mobility grant at a day, per participant category, as
 * text for people or JSON for programs. Amounts are in the grant's currency (EUR); JSON numbers
 * carry no unit, so the currency is named once at the top.
 */
final class BudgetReport implements Report {

  private static final String LABEL = "    %-14s %s%n";

  private final BudgetConsumption consumption;

  private BudgetReport(BudgetConsumption consumption) {
    this.consumption = consumption;
  }

  /** A report of {@code consumption}. */
  static BudgetReport of(BudgetConsumption consumption) {
    return new BudgetReport(consumption);
  }

  /** The consumption as aligned text lines, one block per category. */
  @Override
  public void printText(PrintWriter out) {
    MobilityGrant grant = consumption.grant();
    out.println(
        "Mobility budget of "
            + grant.project().value()
            + " at "
            + consumption.at()
            + " (call "
            + grant.callYear()
            + ", target "
            + grant.target()
            + " of the budget)");
    for (CategoryConsumption category : consumption.categories()) {
      out.println("  " + category.category());
      out.printf(
          LABEL,
          "Places used:",
          category.placesUsedPercent()
              + " ("
              + category.placesUsed()
              + " of "
              + category.grantedPlaces()
              + " completed)");
      out.printf(
          LABEL,
          "Budget used:",
          category.budgetUsedPercent()
              + " ("
              + category.budgetUsed()
              + " of "
              + category.grantedBudget()
              + ")");
      out.printf(LABEL, "Gap:", category.gap());
      out.printf(
          LABEL,
          "Forecast:",
          category.forecastPlacesPercent()
              + " of places ("
              + category.forecastPlaces()
              + "), "
              + category.forecastBudgetPercent()
              + " of budget ("
              + category.forecastBudget()
              + "), completed and planned");
      out.printf(
          LABEL,
          "Target:",
          (category.target().satisfied() ? "reached: " : "not reached: ")
              + category.target().reason());
    }
  }

  /**
   * One short line per category, for the demo: for example "LEARNER: 39.0 % of places, 21.0 % of
   * budget used (target 80.0 %: not reached)".
   */
  void printSummary(PrintWriter out, String indent) {
    for (CategoryConsumption category : consumption.categories()) {
      out.println(
          indent
              + category.category()
              + ": "
              + category.placesUsedPercent()
              + " of places, "
              + category.budgetUsedPercent()
              + " of budget used (target "
              + consumption.grant().target()
              + ": "
              + (category.target().satisfied() ? "reached" : "not reached")
              + ")");
    }
  }

  /** The consumption as the REST API's {@code GET /projects/{acronym}/budget} answers it. */
  @Override
  public String json() {
    return ApiJson.budget(consumption);
  }
}
