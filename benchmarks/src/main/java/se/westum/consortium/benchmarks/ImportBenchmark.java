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

/**
 * R2 and R5: the library's import of a project dataset with N generated mobilities (CSV read,
 * validated, checked and stored in one transaction) against a hand-written JDBC batch loop that
 * reads the same mobilities.csv with Jackson and inserts its rows unchecked. Before each
 * invocation, untimed, the database is emptied, migrated, and given the bundled records (members,
 * governance, projects) without mobilities, so both start from the same tables; the library's
 * import also re-reads and replaces those few hundred bundled records (a small handicap, stated in
 * RESULTS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

  @Param("h2")
  public String database;

  @Param("1000")
  public int mobilities;

  /** Whether the driver rewrites batches (PostgreSQL reWriteBatchedInserts, MariaDB ...). */
  @Param("false")
  public boolean batchRewrite;

  private Path full;
  private Path base;
  private DataSource dataSource;
  private Consortium consortium;

  @Setup(Level.Trial)
  public void generate() {
    full = Generator.cached("projects", mobilities, Dialect.EXCEL_SV, Generator.SEED);
    base = Generator.cached("projects", 0, Dialect.EXCEL_SV, Generator.SEED);
  }

  @Setup(Level.Invocation)
  public void emptyDatabase() throws SQLException {
    dataSource = Target.named(database).fresh(batchRewrite);
    consortium = Consortium.builder().storage(JdbcAdapter.create(dataSource)).build();
    Setups.importAll(consortium, base);
  }

  @TearDown(Level.Invocation)
  public void dropDatabase() throws SQLException {
    Target.release(dataSource);
  }

  /** The candidate: the library reads, checks and imports the dataset. */
  @Benchmark
  public Object library() {
    return consortium.projects().importDataset(Setups.reader().readProjectsInOnePass(full));
  }

  /** The baseline: Jackson reads mobilities.csv, plain JDBC inserts its rows in batches. */
  @Benchmark
  public int plainJdbc() throws IOException, SQLException {
    return PlainJdbc.insertMobilities(full.resolve("mobilities.csv"), Dialect.EXCEL_SV, dataSource);
  }
}
