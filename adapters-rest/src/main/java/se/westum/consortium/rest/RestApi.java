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
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.application.service.Consortium;

/**
 * The REST adapter: an HTTP JSON API over the membership, governance, project and Erasmus+ mobility
 * use cases, secured by API keys, with its OpenAPI 3.1 document. The one public entry point of this
 * module.
 *
 * <p>Standalone, on its own embedded server:
 *
 * <pre>{@code
 * RestApi api = RestApi.create(consortium, ApiKeys.of(List.of(
 *     ApiKey.forRole("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Role.ADMIN))));
 * try (RunningServer server = api.start("127.0.0.1", 8080)) { ... }
 * }</pre>
 *
 * <p>Mounted into a host's Javalin application, under a base path of its choice:
 *
 * <pre>{@code
 * Javalin app = Javalin.create(config -> {
 *   config.routes.get("/health", ctx -> ctx.result("ok"));
 *   api.mountInto(config, "/consortium");   // the API is then at /consortium/api/v1/...
 * }).start(8080);
 * }</pre>
 *
 * <p>Mounting changes nothing global in the host: no JSON mapper, exception handler, error handler
 * or request size limit of the host is touched. Every route answers its own errors as {@code
 * application/problem+json} and enforces its own body limit.
 *
 * <p>Configure ({@link #maxRequestBytes}) before starting or mounting; a started or mounted API
 * keeps the settings it had then.
 */
public final class RestApi {

  /** The path of the API under the server root or the base path it is mounted at. */
  public static final String API_PATH = "/api/v1";

  /** The default limit of a request body: 1 MiB. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024L * 1024L;

  /** The default of {@link #maxConcurrentStorageRequests}. */
  public static final int DEFAULT_MAX_CONCURRENT_STORAGE_REQUESTS = 100;

  private final Consortium consortium;
  private final ApiKeys keys;
  private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
  private RateLimits rateLimits = RateLimits.NONE;
  private int maxConcurrentStorageRequests = DEFAULT_MAX_CONCURRENT_STORAGE_REQUESTS;
  private ReportRenderer reportRenderer;

  private RestApi(Consortium consortium, ApiKeys keys) {
    this.consortium = consortium;
    this.keys = keys;
  }

  /**
   * An API over the given core, admitting the given keys.
   *
   * @param consortium the wired core
   * @param keys the API keys and their roles; see {@link ApiKey}
   */
  public static RestApi create(Consortium consortium, ApiKeys keys) {
    return new RestApi(
        Objects.requireNonNull(consortium, "consortium"), Objects.requireNonNull(keys, "keys"));
  }

  /**
   * Sets the largest request body accepted (default 1 MiB); a larger one answers 413. Applies to
   * servers started and mounts made after the call.
   *
   * @return this API
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public RestApi maxRequestBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("the request limit must be at least 1 byte");
    }
    this.maxRequestBytes = bytes;
    return this;
  }

  /**
   * Sets the renderer that writes {@code GET /api/v1/reports/{year}} (the {@code consortium-report}
   * module's, or an embedder's); without one, or for a format it does not write, the route answers
   * 406. Applies to servers started and mounts made after the call.
   */
  public RestApi reportRenderer(ReportRenderer renderer) {
    this.reportRenderer = Objects.requireNonNull(renderer, "renderer");
    return this;
  }

  /**
   * Sets the limits of failed authentications and of writes per key and per client address (default
   * {@link RateLimits#NONE}); past one the API answers 429 with {@code Retry-After}. The client
   * address is the connection's: behind a proxy, limit there too. Applies to servers started and
   * mounts made after the call.
   *
   * @return this API
   */
  public RestApi rateLimits(RateLimits limits) {
    this.rateLimits = Objects.requireNonNull(limits, "limits");
    return this;
  }

  /**
   * Sets how many requests may use the database at once (default {@value
   * #DEFAULT_MAX_CONCURRENT_STORAGE_REQUESTS}); one more answers 503 with {@code Retry-After} at
   * once instead of taking a server thread while it waits. Keeps threads free for the routes that
   * need no database when the database hangs. Applies to servers started and mounts made after the
   * call.
   *
   * @return this API
   * @throws IllegalArgumentException if {@code requests} is less than 1
   */
  public RestApi maxConcurrentStorageRequests(int requests) {
    if (requests < 1) {
      throw new IllegalArgumentException("at least one request must be able to use the database");
    }
    this.maxConcurrentStorageRequests = requests;
    return this;
  }

  /**
   * Starts the API on its own embedded server, with the API at {@value #API_PATH} and the OpenAPI
   * document at {@code /api/v1/openapi.yaml}. Unknown paths answer a 404 problem.
   *
   * @param host the address to listen on, for example {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port the port; 0 picks a free one (see {@link RunningServer#port()})
   * @return the running server; close it to stop
   * @throws io.javalin.util.JavalinBindException if the port cannot be bound
   */
  public RunningServer start(String host, int port) {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
    }
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
              config.http.maxRequestSize = maxRequestBytes;
              // errors Jetty answers itself (bad URI, URI or headers too large) as problems too
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
              config.jetty.modifyServletContextHandler(
                  handler -> handler.setErrorHandler(new JettyProblems()));
              mountInto(config, "");
              config.routes.error(404, RestApi::unknownPath);
            });
    app.start(host, port);
    return new RunningServer(app, host);
  }

  /**
   * Adds the API's routes to a host's Javalin configuration, under {@code basePath + "/api/v1"}.
   * Call it inside the host's {@code Javalin.create(config -> ...)}.
   *
   * @param config the host's configuration
   * @param basePath where to mount, for example {@code "/consortium"}; {@code ""} or {@code "/"}
   *     for the root
   * @throws IllegalArgumentException if the base path is not a plain path such as {@code /a/b}
   */
  public void mountInto(JavalinConfig config, String basePath) {
    Objects.requireNonNull(config, "config");
    String apiBase = normalise(basePath) + API_PATH;
    RequestBodies bodies = new RequestBodies(maxRequestBytes);
    String document = OpenApi.documentFor(apiBase);
    Endpoints endpoints = endpoints(consortium, bodies, document, reportRenderer);
    // the same handlers over the create-only core, for PUT with If-None-Match: *
    Endpoints createOnly = endpoints(consortium.createOnly(), bodies, document, reportRenderer);
    Gatekeeper gatekeeper = new Gatekeeper(keys);
    Guards guards =
        new Guards(gatekeeper, rateLimits.fresh(), new Semaphore(maxConcurrentStorageRequests));
    Map<String, Set<HandlerType>> methods = new LinkedHashMap<>();
    for (Operation operation : Operation.values()) {
      Endpoints.Action action =
          operation.method() == HandlerType.PUT
              ? CreateOnly.either(endpoints.actionFor(operation), createOnly.actionFor(operation))
              : endpoints.actionFor(operation);
      Handler handler = guarded(operation, guards, action);
      String path = apiBase + operation.path();
      Set<HandlerType> allowed = methods.computeIfAbsent(path, p -> new java.util.HashSet<>());
      config.routes.addHttpHandler(operation.method(), path, handler);
      allowed.add(operation.method());
      if (operation.method() == HandlerType.GET) {
        // HEAD is GET without the body: the same key, the same checks, the same status
        config.routes.addHttpHandler(HandlerType.HEAD, path, handler);
        allowed.add(HandlerType.HEAD);
      }
    }
    methods.forEach(
        (path, allowed) -> {
          String allow =
              ANSWERED_METHODS.stream()
                  .filter(allowed::contains)
                  .map(HandlerType::name)
                  .collect(Collectors.joining(", "));
          for (HandlerType method : ANSWERED_METHODS) {
            if (!allowed.contains(method)) {
              config.routes.addHttpHandler(method, path, new MethodNotAllowed(allow));
            }
          }
        });
  }

  private static Endpoints endpoints(
      Consortium consortium, RequestBodies bodies, String document, ReportRenderer reportRenderer) {
    return new Endpoints(
        new MembershipEndpoints(consortium, bodies),
        new GovernanceEndpoints(consortium, bodies),
        new ProjectEndpoints(consortium, bodies),
        new MobilityEndpoints(consortium, bodies),
        new TrainingEndpoints(consortium, bodies),
        new ReportEndpoints(consortium, Optional.ofNullable(reportRenderer)),
        document);
  }

  /** The methods a known path answers, with 405 and {@code Allow} for those it does not serve. */
  private static final List<HandlerType> ANSWERED_METHODS =
      List.of(
          HandlerType.GET,
          HandlerType.HEAD,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE,
          HandlerType.OPTIONS);

  /** The answer to a method a known path does not serve: 405 with {@code Allow}. */
  record MethodNotAllowed(String allow) implements Handler {
    @Override
    public void handle(Context ctx) {
      safetyHeaders(ctx);
      ctx.header("Allow", allow);
      Problems.write(
          ctx,
          405,
          "method-not-allowed",
          "this path answers " + allow + ", not " + ctx.method().name(),
          null);
    }
  }

  /** On every answer of the API: no shared cache keeps it, no browser guesses its type. */
  static void safetyHeaders(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
  }

  /**
   * The OpenAPI 3.1 document (YAML) describing every operation, as shipped: its server URL is
   * {@value #API_PATH}. A running API serves it, unauthenticated, at {@code
   * .../api/v1/openapi.yaml} with the server URL of its mount.
   */
  public static String openApiDocument() {
    return OpenApi.document();
  }

  /** What stands before every operation of one server or mount. */
  private record Guards(Gatekeeper gatekeeper, RateLimits limits, Semaphore storageRequests) {}

  /** The most of an unread request body an error answer reads and drops first. */
  private static final long DISCARD_LIMIT_BYTES = 1L << 20;

  private static Handler guarded(Operation operation, Guards guards, Endpoints.Action action) {
    return ctx -> {
      boolean holdsStorage = false;
      try {
        // answers carry member data and names: no shared cache may keep them
        safetyHeaders(ctx);
        Optional<ApiKey> caller = admit(ctx, operation, guards);
        if (operation.isWrite()) {
          limited(
              guards.limits().write(ctx.ip(), caller.map(ApiKey::sha256Hex).orElse("")),
              "too many changes from this key or address");
        }
        if (operation.needsStorage()) {
          holdsStorage = guards.storageRequests().tryAcquire();
          if (!holdsStorage) {
            throw new HttpProblem(
                503,
                "server-busy",
                "every database slot of the server is taken; try again shortly",
                Map.of("Retry-After", String.valueOf(Problems.RETRY_AFTER_SECONDS)));
          }
        }
        action.handle(ctx);
      } catch (Exception e) {
        // an answer before the whole body was read makes Jetty close the connection while the
        // client may still be sending: read what is left (bounded) so the answer reaches it
        RequestBodies.discardRest(ctx, DISCARD_LIMIT_BYTES);
        Problems.respond(ctx, operation, e);
      } finally {
        if (holdsStorage) {
          guards.storageRequests().release();
        }
      }
    };
  }

  // authentication, with failures counted per address and per presented key
  private static Optional<ApiKey> admit(Context ctx, Operation operation, Guards guards) {
    if (operation.access() != Access.PUBLIC) {
      limited(
          guards.limits().authenticationBlocked(ctx.ip()),
          "too many failed authentications from this address");
    }
    try {
      return guards.gatekeeper().admit(ctx, operation);
    } catch (HttpProblem problem) {
      if (problem.status() == 401) {
        limited(
            guards.limits().authenticationFailed(ctx.ip(), Gatekeeper.presentedKeyHash(ctx)),
            "too many failed authentications from this key or address");
      }
      throw problem;
    }
  }

  private static void limited(long waitSeconds, String detail) {
    if (waitSeconds > 0) {
      throw new HttpProblem(
          429, "too-many-requests", detail, Map.of("Retry-After", String.valueOf(waitSeconds)));
    }
  }

  private static void unknownPath(Context ctx) {
    safetyHeaders(ctx);
    String contentType = ctx.res().getContentType();
    if (contentType == null || !contentType.startsWith(Problems.MEDIA_TYPE)) {
      Problems.write(ctx, 404, "not-found", "there is no resource at this path", null);
    }
  }

  static String normalise(String basePath) {
    Objects.requireNonNull(basePath, "basePath");
    String path = basePath.strip();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.isEmpty() && !path.matches("(/[A-Za-z0-9._~-]+)+")) {
      throw new IllegalArgumentException(
          "a base path is like /consortium or /apps/consortium: " + basePath);
    }
    return path;
  }

  @Override
  public String toString() {
    return "RestApi["
        + keys
        + ", maxRequestBytes="
        + maxRequestBytes
        + ", "
        + rateLimits
        + ", maxConcurrentStorageRequests="
        + maxConcurrentStorageRequests
        + "]";
  }
}
