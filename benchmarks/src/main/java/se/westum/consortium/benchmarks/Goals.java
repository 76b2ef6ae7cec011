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

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks, candidates and baselines in one run, prints their ratios side by side and
 * exits with 1 when a goal is missed. Arguments are {@code key=value}:
 *
 * <ul>
 *   <li>{@code small=10000 large=40000}: mobilities in the small and the large dataset; R5 compares
 *       the two imports, R1 parses and R4 budgets the large one;
 *   <li>{@code servers=small}: the size imported into PostgreSQL and MariaDB ({@code small}, {@code
 *       large} or {@code both}); they run when {@code CONSORTIUM_BENCH_POSTGRES_URL} / {@code
 *       CONSORTIUM_BENCH_MARIADB_URL} are set;
 *   <li>{@code rewrite=true}: also import with the drivers' batch rewriting on ({@code
 *       rewrite=only}: only with it);
 *   <li>{@code warmups=1 iterations=3 forks=1 heap=1g}: JMH's settings;
 *   <li>{@code only=parse,import,budget,membership,rest,store,e2e}: which benchmarks run
 *       (membership: the import of {@code small} generated members with fees and payments, measured
 *       without a goal; rest: R6 over {@code small} mobilities on H2; store: R3 on PostgreSQL; e2e:
 *       S1 on PostgreSQL in a JVM of its own with {@code -Xmx256m}, {@code e2e=1300000}
 *       mobilities); {@code prof=gc} adds JMH's GC profiler (allocation per operation);
 *   <li>{@code smoke=true}: run everything once at tiny sizes and enforce no goal (for CI).
 * </ul>
 */
public final class Goals {

  private final Map<String, String> options;
  private final List<RunResult> results = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private final Map<String, Double> endToEnd = new HashMap<>();
  private boolean missed;

  private Goals(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws RunnerException {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals < 1) {
        System.err.println("arguments are key=value, e.g. small=10000 large=40000; got " + arg);
        System.exit(2);
      }
      options.put(arg.substring(0, equals), arg.substring(equals + 1));
    }
    boolean smoke = Boolean.parseBoolean(options.getOrDefault("smoke", "false"));
    if (smoke) {
      options.putIfAbsent("small", "50");
      options.putIfAbsent("large", "200");
      options.putIfAbsent("warmups", "0");
      options.putIfAbsent("iterations", "1");
      options.putIfAbsent("forks", "0");
      options.putIfAbsent("e2e", "500");
    }
    Goals goals = new Goals(options);
    goals.run();
    goals.report();
    if (smoke) {
      System.out.println(
          "smoke run: every benchmark ran once; goals are not enforced at tiny sizes");
    }
    System.exit(goals.missed && !smoke ? 1 : 0);
  }

  private String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }

  private boolean smoke() {
    return Boolean.parseBoolean(option("smoke", "false"));
  }

  private int small() {
    return Integer.parseInt(option("small", "10000"));
  }

  private int large() {
    return Integer.parseInt(option("large", "40000"));
  }

  private void run() throws RunnerException {
    String small = Integer.toString(small());
    String large = Integer.toString(large());
    String servers =
        switch (option("servers", "small")) {
          case "large" -> large;
          case "both" -> small + "," + large;
          default -> small;
        };
    String rewrite =
        switch (option("rewrite", "false")) {
          case "true" -> "false,true";
          case "only" -> "true";
          default -> "false";
        };
    // the longest (S1) and PostgreSQL's first, H2's and MariaDB's after
    if (Target.POSTGRESQL.configured() && List.of(only().split(",")).contains("e2e")) {
      endToEnd();
    }
    for (Target target : List.of(Target.POSTGRESQL, Target.H2, Target.MARIADB)) {
      if (target == Target.H2) {
        run(ParseBenchmark.class, Map.of("mobilities", large, "dialect", "excel-sv,rfc4180"));
        run(ImportBenchmark.class, Map.of("database", "h2", "mobilities", small + "," + large));
        run(BudgetBenchmark.class, Map.of("database", "h2", "mobilities", large));
        run(
            MembershipBenchmark.class,
            Map.of("database", "h2", "members", small, "dialect", "excel-sv,rfc4180"));
        run(RestBenchmark.class, Map.of("mobilities", small));
        continue;
      }
      if (!target.configured()) {
        continue;
      }
      String name = target.name().toLowerCase(Locale.ROOT);
      run(
          ImportBenchmark.class,
          Map.of("database", name, "mobilities", servers, "batchRewrite", rewrite));
      run(BudgetBenchmark.class, Map.of("database", name, "mobilities", servers));
      if (target == Target.POSTGRESQL) {
        run(StoreBenchmark.class, Map.of("database", name, "mobilities", servers));
      }
    }
  }

  private String only() {
    return option("only", "parse,import,budget,membership,rest,store,e2e");
  }

  private int e2e() {
    return Integer.parseInt(option("e2e", "1300000"));
  }

  /** S1 in a JVM of its own with {@code -Xmx256m}; its import, budget and total times. */
  private void endToEnd() {
    String jar =
        Path.of(Goals.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .toString();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            jar,
            EndToEnd.class.getName(),
            Integer.toString(e2e()));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String last = "";
      try (var lines =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          System.out.println("  e2e: " + line);
          last = line;
        }
      }
      if (process.waitFor() != 0 || !last.startsWith("import=")) {
        throw new IllegalStateException("S1 failed: " + last);
      }
      for (String pair : last.split(" ")) {
        String[] kv = pair.split("=");
        endToEnd.put(kv[0], Double.parseDouble(kv[1]));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void run(Class<?> benchmark, Map<String, String> params) throws RunnerException {
    String only = only();
    String kind = benchmark.getSimpleName().replace("Benchmark", "").toLowerCase(Locale.ROOT);
    if (!List.of(only.split(",")).contains(kind)) {
      return;
    }
    ChainedOptionsBuilder builder =
        new OptionsBuilder()
            .include(benchmark.getName() + "\\.")
            .warmupIterations(Integer.parseInt(option("warmups", "1")))
            .measurementIterations(Integer.parseInt(option("iterations", "3")))
            .forks(Integer.parseInt(option("forks", "1")))
            .jvmArgsAppend("-Xmx" + option("heap", "1g"))
            .shouldFailOnError(true)
            .verbosity(
                Boolean.parseBoolean(option("verbose", "false"))
                    ? VerboseMode.NORMAL
                    : VerboseMode.SILENT);
    params.forEach((key, values) -> builder.param(key, values.split(",")));
    if (benchmark == RestBenchmark.class) {
      // requests per iteration, not one shot. R6 is about a server in its steady state, and the
      // library's deeper call path (authentication, use case, JDBC, JSON) takes the JIT longer
      // than the bare handler's, so a warm-up iteration is 10 s (see RESULTS.md, run E)
      builder
          .warmupTime(TimeValue.seconds(smoke() ? 1 : 10))
          .measurementTime(TimeValue.seconds(smoke() ? 1 : 3));
    }
    if (option("prof", "").equals("gc")) {
      builder.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> run = new Runner(builder.build()).run();
    for (RunResult result : run) {
      System.out.printf(
          Locale.ROOT, "  %-60s %10.1f ms%n", label(result), result.getPrimaryResult().getScore());
      var allocated = result.getSecondaryResults().get("gc.alloc.rate.norm");
      if (allocated != null) {
        System.out.printf(
            Locale.ROOT, "  %-60s %10.1f MB allocated/op%n", "", allocated.getScore() / 1e6);
      }
    }
    results.addAll(run);
  }

  private static String label(RunResult result) {
    var params = result.getParams();
    StringBuilder label =
        new StringBuilder(params.getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1"));
    for (String key : params.getParamsKeys()) {
      label.append(' ').append(key).append('=').append(params.getParam(key));
    }
    return label.toString();
  }

  /** The median-ish score (JMH's mean of the measured iterations) in ms, or -1 if not run. */
  private double score(String method, String... params) {
    for (RunResult result : results) {
      var p = result.getParams();
      if (!p.getBenchmark().endsWith(method)) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < params.length; i += 2) {
        if (!params[i + 1].equals(p.getParam(params[i]))) {
          matches = false;
        }
      }
      if (matches) {
        return result.getPrimaryResult().getScore();
      }
    }
    return -1;
  }

  private void row(
      String goal,
      String what,
      double candidate,
      double baseline,
      double ratio,
      String target,
      boolean met) {
    if (candidate < 0 || baseline < 0) {
      return;
    }
    missed |= !met;
    rows.add(
        new String[] {
          goal,
          what,
          String.format(Locale.ROOT, "%.1f", candidate),
          String.format(Locale.ROOT, "%.1f", baseline),
          String.format(Locale.ROOT, "%.3f", ratio),
          target,
          met ? "met" : "MISSED"
        });
  }

  /** The library's import time, without batch rewriting if that was run, else with it. */
  private double imported(String database, String n) {
    double plain =
        score(
            "ImportBenchmark.library",
            "database",
            database,
            "mobilities",
            n,
            "batchRewrite",
            "false");
    return plain >= 0
        ? plain
        : score(
            "ImportBenchmark.library",
            "database",
            database,
            "mobilities",
            n,
            "batchRewrite",
            "true");
  }

  private void report() {
    String small = Integer.toString(small());
    String large = Integer.toString(large());
    for (String dialect : List.of("excel-sv", "rfc4180")) {
      double library = score("ParseBenchmark.library", "mobilities", large, "dialect", dialect);
      double jackson = score("ParseBenchmark.jackson", "mobilities", large, "dialect", dialect);
      double ratio = jackson / library;
      row(
          "R1",
          "parse " + large + " mobilities, " + dialect + " (library vs Jackson raw read)",
          library,
          jackson,
          ratio,
          ">= 0.50",
          ratio >= 0.5);
    }
    for (String database : List.of("h2", "postgresql", "mariadb")) {
      for (String n : List.of(small, large)) {
        for (String rewrite : List.of("false", "true")) {
          String[] key = {"database", database, "mobilities", n, "batchRewrite", rewrite};
          double library = score("ImportBenchmark.library", key);
          double plain = score("ImportBenchmark.plainJdbc", key);
          double ratio = plain / library;
          row(
              "R2",
              "import "
                  + n
                  + " mobilities into "
                  + database
                  + (rewrite.equals("true") ? " (batch rewrite on)" : "")
                  + " (library vs plain JDBC batch)",
              library,
              plain,
              ratio,
              ">= 0.80",
              ratio >= 0.8);
        }
        double budget = score("BudgetBenchmark.budget", "database", database, "mobilities", n);
        double imported = imported(database, n);
        double ratio = budget / imported;
        row(
            "R4",
            "budget over " + n + " mobilities on " + database + " (budget vs import)",
            budget,
            imported,
            ratio,
            "<= 0.20",
            ratio <= 0.2);
      }
      double tSmall = imported(database, small);
      double tLarge = imported(database, large);
      // the goal, t(1.3 M) / t(100 k) <= 15 for 13 times the rows, scaled to these sizes
      double allowed = (double) large() / small() * 15.0 / 13.0;
      double growth = tLarge / tSmall;
      row(
          "R5",
          "import growth " + small + " -> " + large + " mobilities on " + database,
          tLarge,
          tSmall,
          growth,
          String.format(Locale.ROOT, "<= %.2f", allowed),
          growth <= allowed);
      if (database.equals("postgresql") && small() * 10 == large()) {
        row(
            "R5",
            "import " + large + " vs " + small + " mobilities on postgresql (the issue's 12x)",
            tLarge,
            tSmall,
            growth,
            "<= 12",
            growth <= 12);
      }
    }
    for (String n : List.of(small, large)) {
      double library = score("StoreBenchmark.library", "database", "postgresql", "mobilities", n);
      double plain = score("StoreBenchmark.plainJdbc", "database", "postgresql", "mobilities", n);
      row(
          "R3",
          "store " + n + " read mobilities into postgresql (COPY path vs plain batch, rewrite on)",
          library,
          plain,
          plain / library,
          ">= 1.50",
          plain / library >= 1.5);
    }
    double rest = score("RestBenchmark.library", "mobilities", small);
    double bare = score("RestBenchmark.bare", "mobilities", small);
    row(
        "R6",
        "GET budget over " + small + " mobilities, us/request (REST vs bare Javalin, same bytes)",
        rest,
        bare,
        bare / rest,
        ">= 0.70",
        bare / rest >= 0.7);
    if (!endToEnd.isEmpty()) {
      double total = endToEnd.get("total");
      row(
          "S1",
          e2e()
              + " mobilities CSV -> validate -> postgresql -> budget, -Xmx256m, ms (import "
              + endToEnd.get("import").longValue()
              + " + budget "
              + endToEnd.get("budget").longValue()
              + ")",
          total,
          10_000,
          total / 10_000,
          "<= 1.00 (10 s)",
          total <= 10_000);
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        Locale.ROOT,
        "%nmachine: %d processors, %d MB memory, %s %s (%s); %s fork(s) with -Xmx%s%n",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() >> 20,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        option("forks", "1"),
        option("heap", "1g"));
    System.out.println();
    System.out.println("| goal | what | candidate ms | baseline ms | ratio | target | |");
    System.out.println("|---|---|---:|---:|---:|---|---|");
    for (String[] row : rows) {
      System.out.println("| " + String.join(" | ", row) + " |");
    }
    System.out.println();
    System.out.println(missed ? "some goals were MISSED" : "every goal measured was met");
  }
}
