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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * Runs one candidate or baseline once, outside JMH, so a profiler (JFR: {@code
 * -XX:StartFlightRecording}) sees only it: {@code Once
 * import|import2|plain|parse|parse2|jackson|store DATABASE N} ({@code import} and {@code parse}
 * read mobilities.csv once, {@code import2} and {@code parse2} twice). Prints the wall time in ms.
 */
public final class Once {

  private Once() {}

  /**
   * Runs one measurement.
   *
   * @param args what, the database ({@code h2}, {@code postgresql}, {@code mariadb}), N
   */
  public static void main(String[] args) throws Exception {
    String what = args[0];
    Target target = Target.named(args[1]);
    int n = Integer.parseInt(args[2]);
    // the parse and its baseline in another dialect: -Ddialect=rfc4180
    Dialect dialect = Dialect.named(System.getProperty("dialect", "excel-sv"));
    Path parsed = Generator.cached("projects", n, dialect, Generator.SEED);
    Path full = Generator.cached("projects", n, Dialect.EXCEL_SV, Generator.SEED);
    Path base = Generator.cached("projects", 0, Dialect.EXCEL_SV, Generator.SEED);
    DataSource dataSource = target.fresh(true);
    JdbcAdapter storage = JdbcAdapter.create(dataSource);
    Consortium consortium = Consortium.builder().storage(storage).build();
    Setups.importAll(consortium, base);
    List<Mobility> all = new ArrayList<>();
    if (what.equals("store")) {
      try (var records = Setups.reader().readProjects(full).mobilities()) {
        records.forEach(all::add);
      }
    }
    long start = System.nanoTime();
    Object result =
        switch (what) {
          case "import" ->
              consortium.projects().importDataset(Setups.reader().readProjectsInOnePass(full));
          case "import2" -> consortium.projects().importDataset(Setups.reader().readProjects(full));
          case "plain" ->
              PlainJdbc.insertMobilities(
                  full.resolve("mobilities.csv"), Dialect.EXCEL_SV, dataSource);
          case "parse" -> ParseBenchmark.library(parsed, dialect, true, r -> {});
          case "parse2" -> ParseBenchmark.library(parsed, dialect, false, r -> {});
          case "jackson" -> ParseBenchmark.jackson(parsed, dialect, r -> {});
          case "store" ->
              storage
                  .transactions()
                  .inTransaction(
                      () -> {
                        Saved saved = Saved.NONE;
                        int size = Integer.getInteger("batch", 5000);
                        for (int from = 0; from < all.size(); from += size) {
                          saved =
                              saved.plus(
                                  storage
                                      .mobilities()
                                      .saveAll(
                                          all.subList(from, Math.min(all.size(), from + size))));
                        }
                        return saved;
                      });
          default -> throw new IllegalArgumentException(what);
        };
    System.out.printf(
        Locale.ROOT,
        "%s %s %d: %d ms (%s)%n",
        what,
        args[1],
        n,
        (System.nanoTime() - start) / 1_000_000,
        result);
    Target.release(dataSource);
  }
}
