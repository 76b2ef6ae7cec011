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

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.csv.CsvDatasetReader;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.domain.mobility.Mobility;

/**
 * R1: the library's validated streaming parse of a project dataset (every cell of every file
 * checked; {@code mobilities.csv} read once, checked as its records stream: {@code
 * readProjectsInOnePass}) against Jackson CSV's raw record read of the same {@code mobilities.csv}.
 * {@link #twoPasses} is the default {@code readProjects} (pass 1 checks every file, pass 2 reads
 * the mobilities again), for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

  @Param("1000")
  public int mobilities;

  @Param("excel-sv")
  public String dialect;

  private Dialect csv;
  private Path directory;

  @Setup(Level.Trial)
  public void generate() {
    csv = Dialect.named(dialect);
    directory = Generator.cached("projects", mobilities, csv, Generator.SEED);
  }

  /** The candidate: read, validate and stream every mobility as a record. */
  @Benchmark
  public long library(Blackhole blackhole) {
    return library(directory, csv, blackhole::consume);
  }

  /** The library's two-pass read ({@code readProjects}): no goal, for comparison. */
  @Benchmark
  public long twoPasses(Blackhole blackhole) {
    return library(directory, csv, false, blackhole::consume);
  }

  /** The baseline: every record of mobilities.csv as an array of strings. */
  @Benchmark
  public long jackson(Blackhole blackhole) throws IOException {
    return jackson(directory, csv, blackhole::consume);
  }

  static long library(Path directory, Dialect csv, Consumer<Object> sink) {
    return library(directory, csv, true, sink);
  }

  static long library(Path directory, Dialect csv, boolean onePass, Consumer<Object> sink) {
    CsvDatasetReader reader = CsvDatasets.reader(csv.library);
    ProjectDataset dataset =
        onePass ? reader.readProjectsInOnePass(directory) : reader.readProjects(directory);
    long count = 0;
    try (Stream<Mobility> records = dataset.mobilities()) {
      for (Mobility mobility : (Iterable<Mobility>) records::iterator) {
        sink.accept(mobility);
        count++;
      }
    }
    return count;
  }

  static long jackson(Path directory, Dialect csv, Consumer<Object> sink) throws IOException {
    long count = 0;
    try (MappingIterator<String[]> rows =
        PlainJdbc.records(directory.resolve("mobilities.csv"), csv)) {
      while (rows.hasNext()) {
        sink.accept(rows.next());
        count++;
      }
    }
    return count - 1;
  }
}
