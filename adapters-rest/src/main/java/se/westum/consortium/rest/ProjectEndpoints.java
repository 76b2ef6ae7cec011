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

import static se.westum.consortium.rest.Endpoints.all;
import static se.westum.consortium.rest.Endpoints.json;
import static se.westum.consortium.rest.Endpoints.recordId;
import static se.westum.consortium.rest.Endpoints.rejectIfAny;

import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.rest.ProjectRepresentations.ActivityJson;
import se.westum.consortium.rest.ProjectRepresentations.ChangeStatusJson;
import se.westum.consortium.rest.ProjectRepresentations.IndicatorJson;
import se.westum.consortium.rest.ProjectRepresentations.PartnerJson;
import se.westum.consortium.rest.ProjectRepresentations.ProgrammeJson;
import se.westum.consortium.rest.ProjectRepresentations.ProjectJson;
import se.westum.consortium.rest.ProjectRepresentations.RecordActivityJson;
import se.westum.consortium.rest.ProjectRepresentations.RecordIndicatorJson;
import se.westum.consortium.rest.ProjectRepresentations.RecordPartnerJson;
import se.westum.consortium.rest.ProjectRepresentations.RecordProgrammeJson;
import se.westum.consortium.rest.ProjectRepresentations.RecordProjectJson;
import se.westum.consortium.rest.ProjectRepresentations.RecordWorkingGroupJson;
import se.westum.consortium.rest.ProjectRepresentations.WorkingGroupJson;

/**
 * The handlers of the project operations: programmes, projects and their status, partners, boards
 * and working groups, main activities and indicators. A project is addressed by the path parameter
 * {@code acronym}, its records by {@code id}; {@code PUT} records a record or replaces it whole.
 */
final class ProjectEndpoints {

  private static final ObjectReader PROGRAMME = Json.readerFor(RecordProgrammeJson.class);
  private static final ObjectReader PROJECT = Json.readerFor(RecordProjectJson.class);
  private static final ObjectReader STATUS = Json.readerFor(ChangeStatusJson.class);
  private static final ObjectReader PARTNER = Json.readerFor(RecordPartnerJson.class);
  private static final ObjectReader GROUP = Json.readerFor(RecordWorkingGroupJson.class);
  private static final ObjectReader ACTIVITY = Json.readerFor(RecordActivityJson.class);
  private static final ObjectReader INDICATOR = Json.readerFor(RecordIndicatorJson.class);

  private final Projects find;
  private final Projects record;
  private final RequestBodies bodies;

  ProjectEndpoints(Consortium consortium, RequestBodies bodies) {
    this.find = consortium.projects();
    this.record = find;
    this.bodies = bodies;
  }

  // ---- programmes

  void listProgrammes(Context ctx) throws Exception {
    json(ctx, 200, all(find.programmes(), ProgrammeJson::of));
  }

  void recordProgramme(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordProgrammeJson body = bodies.required(ctx, PROGRAMME);
    json(ctx, 200, ProgrammeJson.of(record.recordProgramme(body.toCommand(id))));
  }

  // ---- projects

  /** Every project, or with {@code year} those running on at least one day of it. */
  void listProjects(Context ctx) throws Exception {
    String text = ctx.queryParam("year");
    if (text == null || text.isBlank()) {
      json(ctx, 200, all(find.all(), ProjectJson::of));
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    Integer year = Endpoints.wholeNumber("year", text, errors);
    if (year != null && (year < 1990 || year > 2100)) {
      errors.add(new FieldError("year", "invalid-year", "a year is 1990 to 2100"));
    }
    rejectIfAny(errors);
    json(ctx, 200, all(find.runningIn(year), ProjectJson::of));
  }

  void getProject(Context ctx) throws Exception {
    json(ctx, 200, ProjectJson.of(project(ctx)));
  }

  void recordProject(Context ctx) throws Exception {
    String acronym = recordId(ctx, "acronym");
    RecordProjectJson body = bodies.required(ctx, PROJECT);
    json(ctx, 200, ProjectJson.of(record.recordProject(body.toCommand(acronym))));
  }

  /**
   * Moves the project to {@code status}: 409 {@code illegal-status-change} naming the allowed
   * statuses when its current status does not lead there.
   */
  void changeStatus(Context ctx) throws Exception {
    String acronym = recordId(ctx, "acronym");
    ChangeStatusJson body = bodies.required(ctx, STATUS);
    json(ctx, 200, ProjectJson.of(record.changeStatus(body.toCommand(acronym))));
  }

  // ---- what belongs to a project

  void listPartners(Context ctx) throws Exception {
    json(ctx, 200, all(find.partners(new ProjectId(acronymOfStored(ctx))), PartnerJson::of));
  }

  void recordPartner(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    String acronym = acronymOfStored(ctx);
    RecordPartnerJson body = bodies.required(ctx, PARTNER);
    json(ctx, 200, PartnerJson.of(record.recordPartner(body.toCommand(acronym, id))));
  }

  void listWorkingGroups(Context ctx) throws Exception {
    json(
        ctx,
        200,
        all(find.workingGroups(new ProjectId(acronymOfStored(ctx))), WorkingGroupJson::of));
  }

  void recordWorkingGroup(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    String acronym = acronymOfStored(ctx);
    RecordWorkingGroupJson body = bodies.required(ctx, GROUP);
    json(ctx, 200, WorkingGroupJson.of(record.recordWorkingGroup(body.toCommand(acronym, id))));
  }

  void listActivities(Context ctx) throws Exception {
    json(ctx, 200, all(find.activities(new ProjectId(acronymOfStored(ctx))), ActivityJson::of));
  }

  void recordActivity(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    String acronym = acronymOfStored(ctx);
    RecordActivityJson body = bodies.required(ctx, ACTIVITY);
    json(ctx, 200, ActivityJson.of(record.recordActivity(body.toCommand(acronym, id))));
  }

  void listIndicators(Context ctx) throws Exception {
    json(ctx, 200, all(find.indicators(new ProjectId(acronymOfStored(ctx))), IndicatorJson::of));
  }

  void recordIndicator(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    String acronym = acronymOfStored(ctx);
    RecordIndicatorJson body = bodies.required(ctx, INDICATOR);
    json(ctx, 200, IndicatorJson.of(record.recordIndicator(body.toCommand(acronym, id))));
  }

  // ---- parameters

  /** The project the path names, or 404 {@code project-not-found}. */
  private Project project(Context ctx) {
    return Endpoints.storedProject(ctx, find);
  }

  /**
   * The acronym of a stored project: the lists of an unknown project answer 404 rather than an
   * empty list, so a mistyped acronym is noticed.
   */
  private String acronymOfStored(Context ctx) {
    return project(ctx).id().value();
  }
}
