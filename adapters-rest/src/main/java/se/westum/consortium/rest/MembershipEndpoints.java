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
import static se.westum.consortium.rest.Endpoints.rejectIfAny;
import static se.westum.consortium.rest.Endpoints.wholeNumber;

import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.PageRequest;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.rest.Representations.ChangeMemberJson;
import se.westum.consortium.rest.Representations.EndMembershipJson;
import se.westum.consortium.rest.Representations.FeeJson;
import se.westum.consortium.rest.Representations.FiguresJson;
import se.westum.consortium.rest.Representations.MemberJson;
import se.westum.consortium.rest.Representations.MemberPageJson;
import se.westum.consortium.rest.Representations.PaymentJson;
import se.westum.consortium.rest.Representations.RecordPaymentJson;
import se.westum.consortium.rest.Representations.RegisterMemberJson;
import se.westum.consortium.rest.Representations.SetFeeJson;

/** The handlers of the membership operations: HTTP in, use case, JSON out. */
final class MembershipEndpoints {

  static final int DEFAULT_PAGE_SIZE = 20;

  private static final ObjectReader REGISTER = Json.readerFor(RegisterMemberJson.class);
  private static final ObjectReader CHANGE = Json.readerFor(ChangeMemberJson.class);
  private static final ObjectReader END = Json.readerFor(EndMembershipJson.class);
  private static final ObjectReader SET_FEE = Json.readerFor(SetFeeJson.class);
  private static final ObjectReader RECORD_PAYMENT = Json.readerFor(RecordPaymentJson.class);

  private final Consortium consortium;
  private final RequestBodies bodies;

  MembershipEndpoints(Consortium consortium, RequestBodies bodies) {
    this.consortium = consortium;
    this.bodies = bodies;
  }

  void registerMember(Context ctx) throws Exception {
    RegisterMemberJson body = bodies.required(ctx, REGISTER);
    Member member = consortium.membership().register(body.toCommand());
    ctx.header("Location", ctx.path() + "/" + member.organisationNumber().value());
    json(ctx, 201, MemberJson.of(member));
  }

  void listMembers(Context ctx) throws Exception {
    List<FieldError> errors = new ArrayList<>();
    Integer page = intParameter(ctx, "page", 0, errors);
    Integer size = intParameter(ctx, "size", DEFAULT_PAGE_SIZE, errors);
    if (page != null && page < 0) {
      errors.add(new FieldError("page", "page-negative", "page must be 0 or more"));
    }
    if (size != null && (size < 1 || size > PageRequest.MAX_SIZE)) {
      errors.add(
          new FieldError("size", "size-out-of-range", "size must be 1 to " + PageRequest.MAX_SIZE));
    }
    rejectIfAny(errors);
    json(ctx, 200, MemberPageJson.of(consortium.membership().list(new PageRequest(page, size))));
  }

  void getMember(Context ctx) throws Exception {
    OrganisationNumber number = organisationNumber(ctx);
    Member member =
        consortium
            .membership()
            .find(number)
            .orElseThrow(() -> new NotFoundException("member", number.value()));
    json(ctx, 200, MemberJson.of(member));
  }

  void changeMember(Context ctx) throws Exception {
    ChangeMemberJson body = bodies.required(ctx, CHANGE);
    Member member =
        consortium.membership().change(body.toCommand(ctx.pathParam("organisationNumber")));
    json(ctx, 200, MemberJson.of(member));
  }

  void endMembership(Context ctx) throws Exception {
    EndMembershipJson body =
        bodies.<EndMembershipJson>optional(ctx, END).orElse(new EndMembershipJson(null));
    Member member =
        consortium.membership().end(body.toCommand(ctx.pathParam("organisationNumber")));
    json(ctx, 200, MemberJson.of(member));
  }

  void setAnnualFee(Context ctx) throws Exception {
    List<FieldError> errors = new ArrayList<>();
    Integer year = wholeNumber("year", ctx.pathParam("year"), errors);
    rejectIfAny(errors);
    SetFeeJson body = bodies.required(ctx, SET_FEE);
    json(
        ctx,
        200,
        FeeJson.of(
            consortium
                .membership()
                .setFee(body.toCommand(ctx.pathParam("organisationNumber"), year))));
  }

  void listFees(Context ctx) throws Exception {
    json(
        ctx,
        200,
        consortium.membership().fees(organisationNumber(ctx)).stream().map(FeeJson::of).toList());
  }

  void recordPayment(Context ctx) throws Exception {
    RecordPaymentJson body = bodies.required(ctx, RECORD_PAYMENT);
    json(
        ctx,
        200,
        PaymentJson.of(
            consortium
                .membership()
                .recordPayment(body.toCommand(ctx.pathParam("organisationNumber")))));
  }

  void listPayments(Context ctx) throws Exception {
    json(
        ctx,
        200,
        consortium.membership().payments(organisationNumber(ctx)).stream()
            .map(PaymentJson::of)
            .toList());
  }

  void membershipFigures(Context ctx) throws Exception {
    List<FieldError> errors = new ArrayList<>();
    Integer year = Endpoints.requiredYear(ctx, errors);
    Set<String> counties = new LinkedHashSet<>(ctx.queryParams("county"));
    rejectIfAny(errors);
    json(
        ctx,
        200,
        FiguresJson.of(
            consortium.membership().figures(new MembershipFiguresQuery(year, counties))));
  }

  private static Integer intParameter(
      Context ctx, String name, int defaultValue, List<FieldError> errors) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return defaultValue;
    }
    return wholeNumber(name, text, errors);
  }

  /** The path parameter {@code organisationNumber}, or a 400 naming it when it is no valid one. */
  private static OrganisationNumber organisationNumber(Context ctx) {
    String text = ctx.pathParam("organisationNumber");
    if (!OrganisationNumber.isValid(text)) {
      throw ValidationException.of(
          "organisationNumber",
          OrganisationNumber.INVALID,
          "is not a valid Swedish organisation number");
    }
    return OrganisationNumber.parse(text);
  }
}
