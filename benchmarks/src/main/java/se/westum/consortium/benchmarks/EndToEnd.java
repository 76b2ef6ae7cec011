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
import java.util.Locale;
import javax.sql.DataSource;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * S1, end to end in a JVM of its own (the goal runner starts it with {@code -Xmx256m}): the dataset
 * with N mobilities is read from CSV, validated and imported into PostgreSQL (the bundled records
 * without mobilities already imported, untimed), then the budget is computed. Prints {@code
 * import=MS budget=MS total=MS heap=MB} on its last line. {@code EndToEnd N [database]}.
 */
public final class EndToEnd {

  private EndToEnd() {}

  /**
   * Runs S1 once.
   *
   * @param args N, and optionally the database ({@code postgresql} unless told)
   */
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Target target = Target.named(args.length > 1 ? args[1] : "postgresql");
    Path full = Generator.cached("projects", n, Dialect.EXCEL_SV, Generator.SEED);
    Path base = Generator.cached("projects", 0, Dialect.EXCEL_SV, Generator.SEED);
    DataSource dataSource = target.fresh(true);
    Consortium consortium = Consortium.builder().storage(JdbcAdapter.create(dataSource)).build();
    Setups.importAll(consortium, base);
    System.gc();
    long start = System.nanoTime();
    ImportSummary summary =
        consortium.projects().importDataset(Setups.reader().readProjectsInOnePass(full));
    long imported = System.nanoTime();
    BudgetConsumption budget =
        consortium.mobility().budget(new ProjectId(Generator.PROJECT), Generator.BUDGET_DAY);
    long done = System.nanoTime();
    Runtime runtime = Runtime.getRuntime();
    System.out.println(summary.kinds().get(summary.kinds().size() - 2));
    System.out.println(budget.grant().project() + " budget computed");
    System.out.printf(
        Locale.ROOT,
        "import=%d budget=%d total=%d heap=%d%n",
        (imported - start) / 1_000_000,
        (done - imported) / 1_000_000,
        (done - start) / 1_000_000,
        runtime.maxMemory() >> 20);
    Target.release(dataSource);
  }
}
