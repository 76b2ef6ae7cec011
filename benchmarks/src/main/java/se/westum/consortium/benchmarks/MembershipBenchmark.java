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
 * The import of N generated members with their 2016 fees and payments (read, checked, stored in one
 * transaction) into an empty database, in the given dialect: a measurement without a goal yet, and
 * the proof that the generated membership datasets are valid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MembershipBenchmark {

  @Param("h2")
  public String database;

  @Param("1000")
  public int members;

  @Param("rfc4180")
  public String dialect;

  private Dialect csv;
  private Path directory;
  private DataSource dataSource;
  private Consortium consortium;

  @Setup(Level.Trial)
  public void generate() {
    csv = Dialect.named(dialect);
    directory = Generator.cached("membership", members, csv, Generator.SEED);
  }

  @Setup(Level.Invocation)
  public void emptyDatabase() throws SQLException {
    dataSource = Target.named(database).fresh(false);
    consortium = Consortium.builder().storage(JdbcAdapter.create(dataSource)).build();
  }

  @TearDown(Level.Invocation)
  public void dropDatabase() throws SQLException {
    Target.release(dataSource);
  }

  @Benchmark
  public Object library() {
    return consortium
        .membership()
        .importDataset(
            se.westum.consortium.csv.CsvDatasets.reader(csv.library).readMembership(directory));
  }
}
