package se.westum.consortium.rest;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import java.util.Objects;
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

  private final Consortium consortium;
  private final ApiKeys keys;
  private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;

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
    Endpoints endpoints =
        new Endpoints(
            new MembershipEndpoints(consortium, bodies),
            new GovernanceEndpoints(consortium, bodies),
            new ProjectEndpoints(consortium, bodies),
            new MobilityEndpoints(consortium, bodies),
            new TrainingEndpoints(consortium),
            OpenApi.documentFor(apiBase));
    Gatekeeper gatekeeper = new Gatekeeper(keys);
    for (Operation operation : Operation.values()) {
      config.routes.addHttpHandler(
          operation.method(),
          apiBase + operation.path(),
          guarded(operation, gatekeeper, endpoints.actionFor(operation)));
    }
  }

  /**
   * The OpenAPI 3.1 document (YAML) describing every operation, as shipped: its server URL is
   * {@value #API_PATH}. A running API serves it, unauthenticated, at {@code
   * .../api/v1/openapi.yaml} with the server URL of its mount.
   */
  public static String openApiDocument() {
    return OpenApi.document();
  }

  private static Handler guarded(
      Operation operation, Gatekeeper gatekeeper, Endpoints.Action action) {
    return ctx -> {
      try {
        if (operation.access() != Access.PUBLIC) {
          // answers carry member data and names: no shared cache may keep them
          ctx.header("Cache-Control", "no-store");
        }
        gatekeeper.admit(ctx, operation);
        action.handle(ctx);
      } catch (Exception e) {
        Problems.respond(ctx, operation, e);
      }
    };
  }

  private static void unknownPath(io.javalin.http.Context ctx) {
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
    return "RestApi[" + keys + ", maxRequestBytes=" + maxRequestBytes + "]";
  }
}
