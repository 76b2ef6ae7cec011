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

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The standalone server's answer to errors Jetty meets before a route runs (a bad %-encoding, a URI
 * or headers too large, a request it cannot parse): the same {@code application/problem+json} as
 * every other error, with a fixed detail per status, never Jetty's message (which may echo the
 * request) nor an HTML page.
 */
final class JettyProblems extends ErrorHandler {

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
    safetyHeaders(fields);
    return ByteBuffer.wrap(problem(status));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
    safetyHeaders(headers);
    response.write(true, ByteBuffer.wrap(problem(code)), callback);
  }

  private static void safetyHeaders(HttpFields.Mutable headers) {
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
  }

  static byte[] problem(int status) {
    String code =
        switch (status) {
          case 400 -> "bad-request";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 413 -> "request-too-large";
          case 414 -> "uri-too-long";
          case 431 -> "headers-too-large";
          case 503 -> "unavailable";
          default -> status >= 500 ? Problems.INTERNAL_ERROR : "bad-request";
        };
    String detail =
        switch (status) {
          case 400 -> "the request could not be understood: its URI or headers are malformed";
          case 404 -> "there is no resource at this path";
          case 413 -> "the request is larger than the server accepts";
          case 414 -> "the request URI is longer than the server accepts";
          case 431 -> "the request's headers are larger than the server accepts";
          default -> status >= 500 ? "the server could not answer the request" : "bad request";
        };
    return Problems.body(status, code, detail, null, null);
  }
}
