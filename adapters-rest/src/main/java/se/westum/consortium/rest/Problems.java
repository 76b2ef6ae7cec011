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
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.StorageFailureException;
import se.westum.consortium.domain.shared.StorageUnavailableException;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;

/**
 * Answers every failure as {@code application/problem+json} (RFC 9457) with the members {@code
 * type}, {@code title}, {@code status}, {@code detail}, {@code instance}, plus {@code code} (the
 * stable machine-readable code) and, for validation, {@code errors} listing the failing fields.
 *
 * <p>Failures are mapped by their type, never by matching code strings:
 *
 * <ul>
 *   <li>{@link ValidationException}: 400 with every failing field (the first {@value #MAX_LISTED},
 *       then {@code more} counts the rest);
 *   <li>{@link MissingReferenceException}: 422 naming the body's field, the kind and the id;
 *   <li>{@link RecordsRefusedException}: 422 listing the refused records (capped the same way);
 *   <li>{@link NotFoundException}: 404; {@link ConflictException}: 409;
 *   <li>{@link StorageUnavailableException}: 503 with {@code Retry-After}; {@link
 *       StorageFailureException} and anything unexpected: 500;
 *   <li>any other {@link DomainException}: 400 (the core's deliberate refusals are about input).
 * </ul>
 *
 * <p>A 503 or 500 is logged once, with an incident id that the answer carries too (in the body's
 * {@code incident} and the {@value #CORRELATION_HEADER} header). The log line is redacted: it holds
 * the incident, the operation, exception types, SQL states and vendor codes, and stack frames, but
 * no exception message, since those may carry SQL, values, keys or names.
 */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  /** Problem type URIs: tag URIs (RFC 4151), stable names that are not meant to be fetched. */
  static final String TYPE_PREFIX = "tag:westum.se,2026:consortium:problem:";

  /** The header carrying the incident id of a 500 or 503. */
  static final String CORRELATION_HEADER = "X-Correlation-Id";

  /** The most errors or refused records one answer lists; {@code more} counts the rest. */
  static final int MAX_LISTED = 100;

  /** Seconds a client is asked to wait after a 503. */
  static final int RETRY_AFTER_SECONDS = 5;

  static final String INTERNAL_ERROR = "internal-error";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  private static final int MAX_CAUSES = 16;

  private Problems() {}

  /** Answers {@code failure} on {@code ctx}. */
  static void respond(Context ctx, Operation operation, Exception failure) {
    if (failure instanceof HttpProblem problem) {
      problem.headers().forEach(ctx::header);
      write(ctx, problem.status(), problem.code(), problem.getMessage(), null);
    } else if (failure instanceof ValidationException invalid) {
      fieldErrors(ctx, invalid.code(), invalid.errors(), 0);
    } else if (failure instanceof InvalidBodyException invalid) {
      fieldErrors(ctx, invalid.listed().code(), invalid.listed().errors(), invalid.more());
    } else if (failure instanceof MissingReferenceException missing) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("field", missing.field());
      extensions.put("kind", missing.kind());
      extensions.put("id", missing.id());
      extensions.put(
          "errors", List.of(new FieldError(missing.field(), missing.code(), missing.getMessage())));
      write(ctx, 422, missing.code(), missing.getMessage(), extensions);
    } else if (failure instanceof RecordsRefusedException refused) {
      refusedRecords(ctx, refused);
    } else if (failure instanceof NotFoundException notFound) {
      write(ctx, 404, notFound.code(), notFound.getMessage(), null);
    } else if (failure instanceof ConflictException conflict) {
      write(ctx, 409, conflict.code(), conflict.getMessage(), null);
    } else if (failure instanceof StorageUnavailableException unavailable) {
      String incident = incident(ctx, operation, unavailable, false);
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      write(
          ctx,
          503,
          unavailable.code(),
          unavailable.getMessage() + " (incident " + incident + ")",
          Map.of("incident", incident));
    } else if (failure instanceof StorageFailureException storage) {
      String incident = incident(ctx, operation, storage, true);
      write(
          ctx,
          500,
          storage.code(),
          storage.getMessage() + ". Quote incident " + incident + " to the operator.",
          Map.of("incident", incident));
    } else if (failure instanceof DomainException domain) {
      // the core's other deliberate failures are about the input (for example a currency)
      write(ctx, 400, domain.code(), domain.getMessage(), null);
    } else {
      String incident = incident(ctx, operation, failure, true);
      write(
          ctx,
          500,
          INTERNAL_ERROR,
          "An unexpected error occurred. Quote incident " + incident + " to the operator.",
          Map.of("incident", incident));
    }
  }

  private static void fieldErrors(Context ctx, String code, List<FieldError> errors, int more) {
    int total = errors.size() + more;
    List<FieldError> listed = errors.size() > MAX_LISTED ? errors.subList(0, MAX_LISTED) : errors;
    int left = total - listed.size();
    StringBuilder detail = new StringBuilder("invalid input: ");
    for (int i = 0; i < listed.size(); i++) {
      FieldError e = listed.get(i);
      detail.append(i == 0 ? "" : "; ").append(e.field()).append(": ").append(e.message());
    }
    if (left > 0) {
      detail.append("; and ").append(left).append(" more");
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("errors", listed);
    if (left > 0) {
      extensions.put("more", left);
    }
    write(ctx, 400, code, detail.toString(), extensions);
  }

  private static void refusedRecords(Context ctx, RecordsRefusedException refused) {
    List<RefusedRecord> all = refused.refused();
    List<RefusedRecord> listed = all.size() > MAX_LISTED ? all.subList(0, MAX_LISTED) : all;
    int left = all.size() - listed.size() + refused.more();
    List<Map<String, Object>> records = new ArrayList<>();
    for (RefusedRecord r : listed) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("kind", r.kind());
      record.put("ordinal", r.ordinal());
      record.put("id", r.id());
      record.put("field", r.field());
      record.put("code", r.code());
      record.put("message", r.message());
      r.location().ifPresent(where -> record.put("location", where.toString()));
      records.add(record);
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("refused", records);
    if (left > 0) {
      extensions.put("more", left);
    }
    write(
        ctx,
        422,
        refused.code(),
        "the records were refused, nothing was written ("
            + (listed.size() + left)
            + " problem"
            + (listed.size() + left == 1 ? "" : "s")
            + ")",
        extensions);
  }

  /** Logs a server-side failure once, redacted, and gives its id to the answer's header. */
  private static String incident(
      Context ctx, Operation operation, Throwable failure, boolean trace) {
    String incident = UUID.randomUUID().toString();
    ctx.header(CORRELATION_HEADER, incident);
    if (trace) {
      LOG.error(
          "incident {}: {} in {}: {}",
          incident,
          failure.getClass().getName(),
          operation,
          diagnosis(failure),
          redacted(failure, 0));
    } else {
      LOG.warn(
          "incident {}: {} in {}: {}",
          incident,
          failure.getClass().getName(),
          operation,
          diagnosis(failure));
    }
    return incident;
  }

  /** Answers a problem without an exception (for example an unknown route). */
  static void write(
      Context ctx, int status, String code, String detail, Map<String, Object> extensions) {
    byte[] json = body(status, code, detail, ctx.path(), extensions);
    ctx.status(json == FALLBACK ? 500 : status).contentType(MEDIA_TYPE).result(json);
  }

  private static final byte[] FALLBACK =
      ("{\"type\":\""
              + TYPE_PREFIX
              + "internal-error\",\"title\":\"Internal server error\",\"status\":500,"
              + "\"code\":\"internal-error\"}")
          .getBytes(StandardCharsets.UTF_8);

  /** The bytes of a problem; {@code instance} is the request's path, or {@code null}. */
  static byte[] body(
      int status, String code, String detail, String instance, Map<String, Object> extensions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_PREFIX + code);
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    body.put("code", code);
    if (extensions != null) {
      body.putAll(extensions);
    }
    try {
      return Json.WRITER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // a map of strings and records always serialises; this is a last resort without details
      return FALLBACK;
    }
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 412 -> "Precondition failed";
      case 413 -> "Content too large";
      case 414 -> "URI too long";
      case 415 -> "Unsupported media type";
      case 422 -> "Unprocessable content";
      case 429 -> "Too many requests";
      case 431 -> "Request header fields too large";
      case 500 -> "Internal server error";
      case 503 -> "Service unavailable";
      default -> "Error";
    };
  }

  /**
   * The types of a failure and its causes, with SQL states and vendor codes: what an operator needs
   * to tell an outage from a bug, without a message (messages may hold SQL, values or names).
   */
  static String diagnosis(Throwable failure) {
    StringBuilder text = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    int depth = 0;
    for (Throwable t = failure; t != null && seen.add(t) && depth < MAX_CAUSES; t = t.getCause()) {
      text.append(depth++ == 0 ? "" : " <- ").append(t.getClass().getName());
      if (t instanceof SQLException sql) {
        text.append(" [SQL state ")
            .append(sql.getSQLState())
            .append(", code ")
            .append(sql.getErrorCode())
            .append(']');
      }
    }
    return text.toString();
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
