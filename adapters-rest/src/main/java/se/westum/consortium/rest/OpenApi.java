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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written OpenAPI document, read once from the jar. */
final class OpenApi {

  static final String RESOURCE = "openapi.yaml";

  /** The one line naming the server; rewritten when the API is mounted under a base path. */
  static final String SERVER_LINE = "  - url: " + RestApi.API_PATH + "\n";

  private static final String DOCUMENT = load();

  private OpenApi() {}

  /** The document as shipped: the API at {@value RestApi#API_PATH} on the server's root. */
  static String document() {
    return DOCUMENT;
  }

  /** The document with its server URL set to where the API is mounted. */
  static String documentFor(String apiBase) {
    return DOCUMENT.replace(SERVER_LINE, "  - url: " + apiBase + "\n");
  }

  private static String load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.indexOf(SERVER_LINE) < 0
          || text.indexOf(SERVER_LINE) != text.lastIndexOf(SERVER_LINE)) {
        throw new IllegalStateException("the OpenAPI document must name its server exactly once");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document", e);
    }
  }
}
