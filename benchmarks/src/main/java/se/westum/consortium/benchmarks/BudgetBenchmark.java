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
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * R4: the consumption of the project's mobility grant over N stored mobilities, compared by the
 * goal runner with the time {@link ImportBenchmark} takes to import them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BudgetBenchmark {

  @Param("h2")
  public String database;

  @Param("1000")
  public int mobilities;

  private DataSource dataSource;
  private JdbcAdapter storage;
  private Consortium consortium;

  @Setup(Level.Trial)
  public void importMobilities() throws SQLException {
    dataSource = Target.named(database).fresh(false);
    storage = JdbcAdapter.create(dataSource);
    Setups.importAll(
        Consortium.builder().storage(storage).build(),
        Generator.cached("projects", mobilities, Dialect.EXCEL_SV, Generator.SEED));
  }

  /** A consortium that has kept no budget yet, so each measured call computes the figure. */
  @Setup(Level.Invocation)
  public void freshConsortium() {
    consortium = Consortium.builder().storage(storage).build();
  }

  @TearDown(Level.Trial)
  public void dropDatabase() throws SQLException {
    Target.release(dataSource);
  }

  @Benchmark
  public BudgetConsumption budget() {
    return consortium.mobility().budget(new ProjectId(Generator.PROJECT), Generator.BUDGET_DAY);
  }
}
