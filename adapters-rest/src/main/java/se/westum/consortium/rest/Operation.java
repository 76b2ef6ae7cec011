package se.westum.consortium.rest;

import io.javalin.http.HandlerType;
import java.util.Locale;

/**
 * Every operation of the API: the one table that route registration, the access rules and the test
 * comparing routes with the OpenAPI document all read. Paths are relative to the API base {@value
 * RestApi#API_PATH}.
 */
enum Operation {
  OPENAPI_DOCUMENT(HandlerType.GET, "/openapi.yaml", Access.PUBLIC),
  REGISTER_MEMBER(HandlerType.POST, "/members", Access.ADMIN),
  LIST_MEMBERS(HandlerType.GET, "/members", Access.READ_ALL),
  GET_MEMBER(HandlerType.GET, "/members/{organisationNumber}", Access.READ_OWN_MEMBER),
  CHANGE_MEMBER(HandlerType.PUT, "/members/{organisationNumber}", Access.ADMIN),
  END_MEMBERSHIP(HandlerType.POST, "/members/{organisationNumber}/end", Access.ADMIN),
  SET_ANNUAL_FEE(HandlerType.PUT, "/members/{organisationNumber}/fees/{year}", Access.ADMIN),
  LIST_FEES(HandlerType.GET, "/members/{organisationNumber}/fees", Access.READ_OWN_MEMBER),
  RECORD_PAYMENT(HandlerType.POST, "/members/{organisationNumber}/payments", Access.ADMIN),
  LIST_PAYMENTS(HandlerType.GET, "/members/{organisationNumber}/payments", Access.READ_OWN_MEMBER),
  MEMBERSHIP_FIGURES(HandlerType.GET, "/figures/membership", Access.READ_ALL);

  private final HandlerType method;
  private final String path;
  private final Access access;

  Operation(HandlerType method, String path, Access access) {
    this.method = method;
    this.path = path;
    this.access = access;
  }

  HandlerType method() {
    return method;
  }

  String path() {
    return path;
  }

  Access access() {
    return access;
  }

  /** The OpenAPI {@code operationId}: the constant's name in lower camel case. */
  String operationId() {
    StringBuilder id = new StringBuilder();
    for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
      id.append(
          id.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return id.toString();
  }

  @Override
  public String toString() {
    return method.name() + " " + path;
  }
}
