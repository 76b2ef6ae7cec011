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

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
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
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * R3: the JDBC adapter's store of N mobilities already read (on PostgreSQL its COPY path, in
 * batches of 500 in one transaction, as an import saves them) against the plain JDBC batch loop
 * inserting the same rows already read, with the driver's batch rewriting on. Neither reads the
 * file in the measured time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreBenchmark {

  @Param("postgresql")
  public String database;

  @Param("1000")
  public int mobilities;

  private final List<Mobility> records = new ArrayList<>();
  private List<String[]> rows;
  private DataSource dataSource;
  private JdbcAdapter storage;

  @Setup(Level.Trial)
  public void read() throws IOException {
    Path full = Generator.cached("projects", mobilities, Dialect.EXCEL_SV, Generator.SEED);
    try (var all = Setups.reader().readProjects(full).mobilities()) {
      all.forEach(records::add);
    }
    rows = PlainJdbc.rows(full.resolve("mobilities.csv"), Dialect.EXCEL_SV);
  }

  @Setup(Level.Invocation)
  public void emptyDatabase() throws SQLException {
    dataSource = Target.named(database).fresh(true);
    storage = JdbcAdapter.create(dataSource);
    Setups.importAll(
        Consortium.builder().storage(storage).build(),
        Generator.cached("projects", 0, Dialect.EXCEL_SV, Generator.SEED));
  }

  @TearDown(Level.Invocation)
  public void dropDatabase() throws SQLException {
    Target.release(dataSource);
  }

  /** The candidate: the adapter saves the records, 500 at a time, in one transaction. */
  @Benchmark
  public Saved library() {
    return storage
        .transactions()
        .inTransaction(
            () -> {
              Saved saved = Saved.NONE;
              for (int from = 0; from < records.size(); from += 500) {
                saved =
                    saved.plus(
                        storage
                            .mobilities()
                            .saveAll(records.subList(from, Math.min(records.size(), from + 500))));
              }
              return saved;
            });
  }

  /** The baseline: plain JDBC batches of the same rows, batch rewriting on. */
  @Benchmark
  public int plainJdbc() throws SQLException {
    return PlainJdbc.insertRows(rows, dataSource);
  }
}
