package se.westum.consortium.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Answers every failure as {@code application/problem+json} (RFC 9457) with the members {@code
 * type}, {@code title}, {@code status}, {@code detail}, {@code instance}, plus {@code code} (the
 * stable machine-readable code) and, for validation, {@code errors} listing every failing field.
 *
 * <p>An unexpected failure answers 500 with a generic detail and an incident id; the log gets the
 * incident id, the operation and a redacted stack trace (exception types and frames, no messages,
 * since those may carry SQL or personal data).
 */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  /** Problem type URIs: tag URIs (RFC 4151), stable names that are not meant to be fetched. */
  static final String TYPE_PREFIX = "tag:westum.se,2026:consortium:problem:";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  private static final int MAX_CAUSES = 16;

  private Problems() {}

  /** Answers {@code failure} on {@code ctx}. */
  static void respond(Context ctx, Operation operation, Exception failure) {
    if (failure instanceof HttpProblem problem) {
      problem.headers().forEach(ctx::header);
      write(ctx, problem.status(), problem.code(), problem.getMessage(), null);
    } else if (failure instanceof ValidationException invalid) {
      write(ctx, 400, invalid.code(), invalid.getMessage(), Map.of("errors", invalid.errors()));
    } else if (failure instanceof MissingReferenceException missing) {
      // the body names a record that does not exist: a problem of that field, not a 404
      write(
          ctx,
          400,
          missing.code(),
          missing.getMessage(),
          Map.of(
              "errors",
              List.of(
                  new ValidationException.FieldError(
                      missing.field(), missing.code(), missing.getMessage()))));
    } else if (failure instanceof NotFoundException notFound) {
      write(ctx, 404, notFound.code(), notFound.getMessage(), null);
    } else if (failure instanceof ConflictException conflict) {
      write(ctx, 409, conflict.code(), conflict.getMessage(), null);
    } else if (failure instanceof DomainException domain) {
      // the core's other deliberate failures are about the input (for example a currency)
      write(ctx, 400, domain.code(), domain.getMessage(), null);
    } else {
      String incident = UUID.randomUUID().toString();
      LOG.error(
          "incident {}: unexpected {} in {}",
          incident,
          failure.getClass().getName(),
          operation,
          redacted(failure, 0));
      write(
          ctx,
          500,
          "internal-error",
          "An unexpected error occurred. Quote incident " + incident + " to the operator.",
          Map.of("incident", incident));
    }
  }

  /** Answers a problem without an exception (for example an unknown route). */
  static void write(
      Context ctx, int status, String code, String detail, Map<String, Object> extensions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_PREFIX + code);
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", ctx.path());
    body.put("code", code);
    if (extensions != null) {
      body.putAll(extensions);
    }
    byte[] json;
    try {
      json = Json.WRITER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // a map of strings and records always serialises; this is a last resort without details
      json =
          ("{\"type\":\""
                  + TYPE_PREFIX
                  + "internal-error\",\"title\":\"Internal server error\",\"status\":500,"
                  + "\"code\":\"internal-error\"}")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      status = 500;
    }
    ctx.status(status).contentType(MEDIA_TYPE).result(json);
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 413 -> "Content too large";
      case 415 -> "Unsupported media type";
      case 500 -> "Internal server error";
      default -> "Error";
    };
  }

  /** A copy of {@code t} and its causes that keeps types and stack frames but no messages. */
  static Throwable redacted(Throwable t, int depth) {
    Redacted copy = new Redacted(t.getClass().getName());
    copy.setStackTrace(t.getStackTrace());
    Throwable cause = t.getCause();
    if (cause != null && cause != t && depth < MAX_CAUSES) {
      copy.initCause(redacted(cause, depth + 1));
    }
    return copy;
  }

  private static final class Redacted extends Exception {
    private static final long serialVersionUID = 1L;

    Redacted(String type) {
      super(type + " (message withheld)");
    }
  }
}
