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
package se.westum.consortium.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.mobility.TravelGrant;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.rest.GovernanceRepresentations.GovernanceFiguresJson;
import se.westum.consortium.rest.MobilityRepresentations.BudgetJson;
import se.westum.consortium.rest.MobilityRepresentations.TravelGrantJson;
import se.westum.consortium.rest.ProjectRepresentations.ProjectJson;
import se.westum.consortium.rest.Representations.FiguresJson;

/**
 * The JSON the API answers for its figures, for a program that prints the same figures without a
 * server (the example command line's {@code --format json}). Each method writes exactly the bytes
 * (as UTF-8) of the answer body of the operation it names, from the same representation: the
 * OpenAPI document ({@link RestApi#openApiDocument()}) describes them once, for both.
 */
public final class ApiJson {

  private ApiJson() {}

  /** The body of {@code GET /figures/membership}: schema {@code MembershipFigures}. */
  public static String membershipFigures(MembershipFigures figures) {
    return written(FiguresJson.of(figures));
  }

  /** The body of {@code GET /figures/governance}: schema {@code GovernanceFigures}. */
  public static String governanceFigures(GovernanceFigures figures) {
    return written(GovernanceFiguresJson.of(figures));
  }

  /** The body of {@code GET /projects?year=...}: an array of schema {@code Project}. */
  public static String projects(List<Project> projects) {
    return written(Endpoints.all(projects, ProjectJson::of));
  }

  /** The body of {@code GET /projects/{acronym}/budget}: schema {@code Budget}. */
  public static String budget(BudgetConsumption consumption) {
    return written(BudgetJson.of(consumption));
  }

  /**
   * The body of {@code GET /travel-grant}: schema {@code TravelGrant}.
   *
   * @param grant the grant of the trip
   * @param greenTravel whether green travel was asked for ({@code green=true}); the grant says
   *     whether the green amount was paid
   */
  public static String travelGrant(TravelGrant grant, boolean greenTravel) {
    return written(TravelGrantJson.of(grant, greenTravel));
  }

  private static String written(Object representation) {
    try {
      return Json.WRITER.writeValueAsString(representation);
    } catch (JsonProcessingException e) {
      // records of strings, numbers and lists: writing them cannot fail
      throw new UncheckedIOException(e);
    }
  }
}
