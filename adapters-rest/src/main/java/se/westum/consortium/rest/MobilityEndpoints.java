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

import static se.westum.consortium.rest.Endpoints.json;
import static se.westum.consortium.rest.Endpoints.recordId;
import static se.westum.consortium.rest.Endpoints.rejectIfAny;

import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.Mobilities;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.port.in.TravelGrantQuery;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.rest.MobilityRepresentations.BudgetJson;
import se.westum.consortium.rest.MobilityRepresentations.GrantCalculationJson;
import se.westum.consortium.rest.MobilityRepresentations.MobilityGrantJson;
import se.westum.consortium.rest.MobilityRepresentations.MobilityJson;
import se.westum.consortium.rest.MobilityRepresentations.RecordMobilityGrantJson;
import se.westum.consortium.rest.MobilityRepresentations.RecordMobilityJson;
import se.westum.consortium.rest.MobilityRepresentations.TravelGrantJson;

/**
 * The handlers of the Erasmus+ operations: a project's mobility grant, its mobilities, the grant of
 * one mobility, the consumption of the budget and the travel-grant calculator.
 *
 * <p>A {@code MEMBER} key reaches only the mobilities its own organisation sends (the mobility's
 * {@code sendingMember}): another organisation's mobility answers 404 exactly like a missing one, a
 * project's list holds only its own, and recording a mobility for another organisation (or for
 * none), or over another organisation's stored mobility, answers 403.
 */
final class MobilityEndpoints {

  private static final ObjectReader GRANT = Json.readerFor(RecordMobilityGrantJson.class);
  private static final ObjectReader MOBILITY = Json.readerFor(RecordMobilityJson.class);

  private final Projects projects;
  private final Mobilities mobilities;
  private final RequestBodies bodies;

  MobilityEndpoints(Consortium consortium, RequestBodies bodies) {
    this.projects = consortium.projects();
    this.mobilities = consortium.mobility();
    this.bodies = bodies;
  }

  // ---- the project's grant

  void getMobilityGrant(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    json(
        ctx,
        200,
        MobilityGrantJson.of(
            mobilities
                .grant(new ProjectId(acronym))
                .orElseThrow(() -> new NotFoundException("mobility-grant", acronym))));
  }

  void recordMobilityGrant(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    RecordMobilityGrantJson body = bodies.required(ctx, GRANT);
    json(ctx, 200, MobilityGrantJson.of(mobilities.recordGrant(body.toCommand(acronym))));
  }

  // ---- mobilities

  /** The project's mobilities; a {@code MEMBER} key sees those its organisation sends only. */
  void listMobilities(Context ctx) throws Exception {
    String acronym = storedProject(ctx);
    Optional<String> member = Gatekeeper.memberOf(ctx);
    json(
        ctx,
        200,
        mobilities.mobilities(new ProjectId(acronym)).stream()
            .filter(m -> member.isEmpty() || sentBy(m, member.get()))
            .map(MobilityJson::of)
            .toList());
  }

  void getMobility(Context ctx) throws Exception {
    json(ctx, 200, MobilityJson.of(visibleMobility(ctx)));
  }

  /**
   * Records or replaces a mobility. The body is checked first (400); then, for a {@code MEMBER}
   * key, that the mobility is its organisation's (403); then the core's rules: the project and its
   * grant (400 {@code missing-reference} naming {@code project}), places for the category (409
   * {@code no-category-grant}), the sending member (400 {@code missing-reference}).
   */
  void recordMobility(Context ctx) throws Exception {
    String id = recordId(ctx, "id");
    RecordMobilityJson body = bodies.required(ctx, MOBILITY);
    Optional<String> member = Gatekeeper.memberOf(ctx);
    if (member.isPresent() && !ownBody(body, member.get())) {
      throw notOwn(member.get());
    }
    // the ownership check runs in the write's transaction: a race cannot replace another's
    Mobility mobility =
        member.isEmpty()
            ? mobilities.record(body.toCommand(id))
            : mobilities.record(
                body.toCommand(id),
                stored -> {
                  if (stored.isPresent() && !sentBy(stored.get(), member.get())) {
                    throw notOwn(member.get());
                  }
                });
    json(ctx, 200, MobilityJson.of(mobility));
  }

  /** The grant of one mobility, every line shown. */
  void calculateMobilityGrant(Context ctx) throws Exception {
    Mobility mobility = visibleMobility(ctx);
    json(ctx, 200, GrantCalculationJson.of(mobilities.grantOf(mobility.id())));
  }

  // ---- figures

  /** The consumption of the project's grant on the day {@code at} (required). */
  void mobilityBudget(Context ctx) throws Exception {
    List<FieldError> errors = new ArrayList<>();
    LocalDate at = requiredDate(ctx, "at", errors);
    rejectIfAny(errors);
    String acronym = recordId(ctx, "acronym");
    BudgetConsumption budget;
    try {
      budget = mobilities.budget(new ProjectId(acronym), at);
    } catch (NotFoundException noGrant) {
      // the project is looked up only then: a kept budget is one read, not two
      storedProject(ctx);
      throw noGrant;
    }
    json(ctx, 200, BudgetJson.of(budget));
  }

  /**
   * The travel grant of a return trip: {@code callYear}, {@code from}, {@code to}, {@code green}.
   */
  void travelGrant(Context ctx) throws Exception {
    List<FieldError> errors = new ArrayList<>();
    String callYearText = ctx.queryParam("callYear");
    Integer callYear =
        callYearText == null || callYearText.isBlank()
            ? null
            : Endpoints.wholeNumber("callYear", callYearText, errors);
    boolean green = flag(ctx, "green", errors);
    rejectIfAny(errors);
    json(
        ctx,
        200,
        TravelGrantJson.of(
            mobilities.travelGrant(
                new TravelGrantQuery(
                    callYear, ctx.queryParam("from"), ctx.queryParam("to"), green)),
            green));
  }

  // ---- access and parameters

  /**
   * The mobility the path names, when the caller may see it: 404 {@code mobility-not-found} both
   * when it is not recorded and, for a {@code MEMBER} key, when another organisation sends it.
   */
  private Mobility visibleMobility(Context ctx) {
    String id = recordId(ctx, "id");
    Optional<String> member = Gatekeeper.memberOf(ctx);
    return mobilities
        .mobility(new MobilityId(id))
        .filter(m -> member.isEmpty() || sentBy(m, member.get()))
        .orElseThrow(() -> new NotFoundException("mobility", id));
  }

  /**
   * A member records its own organisation's mobilities only: the body must name it as {@code
   * sendingMember}, and a stored mobility with the id must be its own too (ids are shared by all,
   * so this keeps one member from replacing another's). Both refusals are the same answer, so a
   * member cannot tell another's id from a free id it may not claim by the answer.
   */
  private static boolean ownBody(RecordMobilityJson body, String member) {
    return body.sendingMember() != null
        && OrganisationNumber.isValid(body.sendingMember())
        && OrganisationNumber.parse(body.sendingMember()).value().equals(member);
  }

  private static HttpProblem notOwn(String member) {
    return Gatekeeper.forbidden(
        "a MEMBER key records only mobilities its own organisation sends (sendingMember "
            + member
            + ")");
  }

  private static boolean sentBy(Mobility mobility, String member) {
    return mobility.sendingMember().map(n -> n.value().equals(member)).orElse(false);
  }

  /** The acronym of a stored project, or 404 {@code project-not-found}. */
  private String storedProject(Context ctx) {
    return Endpoints.storedProject(ctx, projects).id().value();
  }

  private static LocalDate requiredDate(Context ctx, String name, List<FieldError> errors) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(name, "missing", "the query parameter " + name + " is required"));
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "invalid-value", "must be a date written yyyy-MM-dd"));
      return null;
    }
  }

  private static boolean flag(Context ctx, String name, List<FieldError> errors) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank() || text.strip().equals("false")) {
      return false;
    }
    if (text.strip().equals("true")) {
      return true;
    }
    errors.add(new FieldError(name, "invalid-value", "must be true or false"));
    return false;
  }
}
