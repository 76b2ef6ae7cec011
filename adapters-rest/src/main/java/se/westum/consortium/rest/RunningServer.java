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

import io.javalin.Javalin;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The REST API running standalone on its own embedded server. Close it to stop the server.
 *
 * <pre>{@code
 * try (RunningServer server = RestApi.create(consortium, keys).start("127.0.0.1", 0)) {
 *   URI members = server.apiUri().resolve("members");
 * }
 * }</pre>
 */
public final class RunningServer implements AutoCloseable {

  private final Javalin app;
  private final String host;
  private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

  RunningServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** The port the server listens on (the actual one when it was started on port 0). */
  public int port() {
    return app.port();
  }

  /**
   * The server's root, without a trailing slash, for example {@code http://127.0.0.1:8080}. The API
   * lies under {@code baseUri() + "/api/v1"}; see {@link #apiUri()}.
   */
  public URI baseUri() {
    return URI.create("http://" + uriHost(host) + ":" + port());
  }

  /**
   * The API's root with a trailing slash, for example {@code http://127.0.0.1:8080/api/v1/}, so
   * {@code apiUri().resolve("members")} names the members.
   */
  public URI apiUri() {
    return URI.create(baseUri() + RestApi.API_PATH + "/");
  }

  /**
   * Closes {@code resource} (for example the connection pool the API runs on) when the server
   * stops, after it stopped answering.
   *
   * @return this server
   */
  public RunningServer closing(AutoCloseable resource) {
    resources.add(Objects.requireNonNull(resource, "resource"));
    return this;
  }

  /** Stops the server, then closes what {@link #closing} named; calling it again does nothing. */
  @Override
  public void close() {
    app.stop();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        // the server is stopped; a resource that fails to close changes nothing for callers
      }
      resources.remove(resource);
    }
  }

  /** The embedded Javalin application, for tests that ask it for its routes. */
  Javalin app() {
    return app;
  }

  @Override
  public String toString() {
    return "RunningServer[" + baseUri() + "]";
  }

  /** The host to put into a URI for a server listening on {@code host}. */
  static String uriHost(String host) {
    // a wildcard address is reachable locally on the loopback interface
    if (host.equals("0.0.0.0")) {
      return "127.0.0.1";
    }
    if (host.equals("::") || host.equals("[::]")) {
      return "[::1]";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
