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
package se.westum.consortium.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.jdbc.JdbcAdapter;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.ApiKeys;
import se.westum.consortium.rest.RateLimits;
import se.westum.consortium.rest.RestApi;
import se.westum.consortium.rest.Role;
import se.westum.consortium.rest.RunningServer;

/**
 * R6: {@code GET /api/v1/projects/EPLUS-2015/budget?at=...} of the REST adapter over H2 (the budget
 * of N stored mobilities, with authentication, the use case and JSON) against a bare Javalin
 * handler that writes the same bytes, both on loopback, read by one keep-alive HTTP/1.1 client in
 * the same run. The score is the time per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RestBenchmark {

  private static final String KEY = "bench-reader-key";

  /** The connections of the server's pool: the default of the examples' `serve`. */
  private static final int POOL_SIZE = 10;

  @Param("1000")
  public int mobilities;

  private DataSource dataSource;
  private HikariDataSource pool;
  private RunningServer library;
  private Javalin bare;
  private HttpClient client;
  private HttpRequest libraryRequest;
  private HttpRequest bareRequest;

  @Setup(Level.Trial)
  public void start() throws SQLException, IOException, InterruptedException {
    dataSource = Target.H2.fresh(false);
    // a bounded pool, as `serve` runs the server: a connection is not opened per request
    HikariConfig pooling = new HikariConfig();
    pooling.setDataSource(dataSource);
    pooling.setMaximumPoolSize(POOL_SIZE);
    pool = new HikariDataSource(pooling);
    Consortium consortium = Consortium.builder().storage(JdbcAdapter.create(pool)).build();
    Setups.importAll(
        consortium, Generator.cached("projects", mobilities, Dialect.EXCEL_SV, Generator.SEED));
    library =
        RestApi.create(
                consortium, ApiKeys.of(List.of(ApiKey.forRole(ApiKey.sha256Hex(KEY), Role.BOARD))))
            .rateLimits(RateLimits.NONE)
            .start("127.0.0.1", 0);
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    libraryRequest =
        HttpRequest.newBuilder(
                library
                    .apiUri()
                    .resolve(
                        "projects/" + Generator.PROJECT + "/budget?at=" + Generator.BUDGET_DAY))
            .header("Authorization", "Bearer " + KEY)
            .GET()
            .build();
    HttpResponse<byte[]> answer =
        client.send(libraryRequest, HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("the budget answered " + answer.statusCode());
    }
    byte[] body = answer.body();
    String type = answer.headers().firstValue("Content-Type").orElse("application/json");
    bare =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/budget", ctx -> ctx.contentType(type).result(body));
                })
            .start("127.0.0.1", 0);
    bareRequest =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bare.port() + "/budget"))
            .header("Authorization", "Bearer " + KEY)
            .GET()
            .build();
  }

  @TearDown(Level.Trial)
  public void stop() throws SQLException {
    library.close();
    bare.stop();
    pool.close();
    Target.release(dataSource);
  }

  /** The candidate: the REST adapter's budget figure. */
  @Benchmark
  public byte[] library() throws IOException, InterruptedException {
    return get(libraryRequest);
  }

  /** The baseline: a bare Javalin handler writing the same bytes. */
  @Benchmark
  public byte[] bare() throws IOException, InterruptedException {
    return get(bareRequest);
  }

  private byte[] get(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + answer.statusCode());
    }
    return answer.body();
  }
}
