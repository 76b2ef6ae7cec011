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

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads JSON request bodies: checks the media type (415), streams the body through a byte limit
 * (413, whatever the host's own Javalin limit), and turns every JSON problem into a 400 that names
 * its position or its fields.
 */
final class RequestBodies {

  private final long maxBytes;

  RequestBodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The body, which must be present. */
  <T> T required(Context ctx, ObjectReader reader) {
    requireJson(ctx);
    return this.<T>read(ctx, reader)
        .orElseThrow(() -> new HttpProblem(400, "missing-body", "this request needs a JSON body"));
  }

  /** The body, if the request has one; an empty body needs no content type. */
  <T> Optional<T> optional(Context ctx, ObjectReader reader) {
    if (!isJson(ctx.contentType())) {
      requireEmpty(ctx);
      return Optional.empty();
    }
    return read(ctx, reader);
  }

  private <T> Optional<T> read(Context ctx, ObjectReader reader) {
    rejectDeclaredOversize(ctx);
    Json.BodyProblems problems = new Json.BodyProblems();
    // ObjectReader copies are cheap and share the mapper's caches; the attribute is per call
    ObjectReader withProblems = reader.withAttribute(Json.BodyProblems.class, problems);
    try (InputStream in = limited(ctx);
        JsonParser parser = withProblems.createParser(in)) {
      try {
        if (parser.nextToken() == null) {
          return Optional.empty();
        }
        T value = withProblems.readValue(parser);
        if (value == null && problems.isEmpty()) {
          problems.add("body", "invalid-value", "the body must be a JSON object");
        }
        if (!problems.isEmpty()) {
          throw problems.failure();
        }
        return Optional.of(value);
      } catch (IOException | RuntimeException e) {
        drainQuietly(in);
        throw e;
      }
    } catch (IOException e) {
      throw translate(e, problems);
    }
  }

  private void requireEmpty(Context ctx) {
    rejectDeclaredOversize(ctx);
    try (PushbackInputStream in = new PushbackInputStream(limited(ctx), 1)) {
      int first = in.read();
      if (first != -1) {
        drainQuietly(in);
        throw unsupportedMediaType(ctx);
      }
    } catch (IOException e) {
      throw translate(e, new Json.BodyProblems());
    }
  }

  private void requireJson(Context ctx) {
    if (!isJson(ctx.contentType())) {
      drain(ctx);
      throw unsupportedMediaType(ctx);
    }
  }

  /**
   * Reads and drops the body (up to the byte limit) before an early answer: Jetty closes a
   * connection whose request body was left unread, and a client still sending it then sees a broken
   * pipe instead of the answer.
   */
  private void drain(Context ctx) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      return;
    }
    try (InputStream in = limited(ctx)) {
      drainQuietly(in);
    } catch (IOException | RuntimeException e) {
      // the answer is the 415 all the same; an unreadable body only costs the connection
    }
  }

  /** Reads and drops what is left of the request body, up to {@code max} bytes. */
  static void discardRest(Context ctx, long max) {
    if (ctx.req().getContentLengthLong() > max) {
      return;
    }
    try {
      drainQuietly(new LimitedInputStream(ctx.req().getInputStream(), max));
    } catch (IOException | RuntimeException e) {
      // nothing more to read, or the connection is gone: the answer stands
    }
  }

  /**
   * Reads what is left of a body whose reading stopped early (a bad value, a wrong type), so the
   * error answer reaches the client instead of a connection closed under its feet.
   */
  private static void drainQuietly(InputStream in) {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // over the limit or unreadable: the connection is lost, the answer stands
    }
  }

  private static HttpProblem unsupportedMediaType(Context ctx) {
    String given = ctx.contentType() == null ? "none" : mediaType(ctx.contentType());
    return new HttpProblem(
        415,
        "unsupported-media-type",
        "the body must be application/json (UTF-8); the request's content type is " + given);
  }

  /** {@code application/json} or any {@code +json} type, in UTF-8 (the default) only. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json")
        && !(type.startsWith("application/") && type.endsWith("+json"))) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].strip().split("=", 2);
      if (parameter.length == 2
          && parameter[0].strip().equalsIgnoreCase("charset")
          && !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
        return false;
      }
    }
    return true;
  }

  private static String mediaType(String contentType) {
    // only the type, never parameters a client might have stuffed with data
    String type = contentType.split(";")[0].strip();
    return type.length() > 100 ? type.substring(0, 100) + "…" : type;
  }

  private void rejectDeclaredOversize(Context ctx) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
  }

  private InputStream limited(Context ctx) {
    return new LimitedInputStream(ctx.bodyInputStream(), maxBytes);
  }

  private HttpProblem tooLarge() {
    return new HttpProblem(
        413,
        "request-too-large",
        "the request body is larger than the limit of " + maxBytes + " bytes");
  }

  /**
   * The answer to a failed read. A mapping failure Jackson could not hand to the problem handler is
   * reported together with the problems collected before it.
   */
  private RuntimeException translate(IOException e, Json.BodyProblems problems) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return tooLarge();
      }
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      problems.add(Json.fieldOf(unknown), "unknown-property", "is not a property of this resource");
    } else if (e instanceof MismatchedInputException mismatch) {
      problems.add(
          Json.fieldOf(mismatch), "invalid-value", Json.expectation(mismatch.getTargetType()));
    } else if (e instanceof JsonMappingException mapping) {
      problems.add(
          Json.fieldOf(mapping), "invalid-value", "cannot be read as this resource's field");
    } else if (e instanceof JsonProcessingException parse) {
      String where =
          parse.getLocation() == null
              ? "the body"
              : "line "
                  + parse.getLocation().getLineNr()
                  + ", column "
                  + parse.getLocation().getColumnNr();
      return new HttpProblem(
          400, "malformed-json", "the body is not well-formed JSON: the error is at " + where);
    } else {
      return new HttpProblem(400, "unreadable-body", "the request body could not be read");
    }
    return problems.failure();
  }

  /** Stops reading, with {@link BodyTooLargeException}, past the limit. */
  private static final class LimitedInputStream extends FilterInputStream {

    private long remaining;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1 && --remaining < 0) {
        throw new BodyTooLargeException();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      // ask for one byte beyond the limit at most: enough to notice an oversized body
      int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, remaining + 1)));
      if (n > 0) {
        remaining -= n;
        if (remaining < 0) {
          throw new BodyTooLargeException();
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, Math.max(1, remaining + 1)));
      remaining -= skipped;
      if (remaining < 0) {
        throw new BodyTooLargeException();
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("request body over the limit", null);
    }
  }

  /**
   * A body's list mapped element by element to the command's, keeping {@code null} elements (and a
   * {@code null} list) so the core's validation reports them.
   */
  static <A, B> List<B> mapped(List<A> list, Function<A, B> mapping) {
    return list == null
        ? null
        : list.stream().map(element -> element == null ? null : mapping.apply(element)).toList();
  }
}
