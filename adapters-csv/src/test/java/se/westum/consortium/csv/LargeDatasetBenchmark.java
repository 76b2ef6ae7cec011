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
package se.westum.consortium.csv;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipPeriod;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.internal.Luhn;

/**
 * A one-off measurement, not a test (it takes seconds): exports a dataset of N members with one fee
 * and one payment each, then validates it (pass 1) and streams it (pass 2), printing times and the
 * peak heap. Run it with a small heap to see that memory stays bounded:
 *
 * <pre>
 * ./mvnw -q -pl adapters-csv test-compile exec:exec -Dexec.executable=java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx64m -cp %classpath se.westum.consortium.csv.LargeDatasetBenchmark 100000"
 * </pre>
 */
final class LargeDatasetBenchmark {

  private LargeDatasetBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    CsvDialect dialect = CsvDialect.EXCEL_SV;
    Path dir = Files.createTempDirectory("consortium-benchmark");
    try {
      Clock clock = new Clock();
      CsvDatasets.writer(dialect).writeMembership(generated(count), dir);
      String export = clock.lap();
      MembershipDataset dataset = CsvDatasets.reader(dialect).readMembership(dir);
      String validation = clock.lap();
      long rows = count(dataset.members()) + count(dataset.fees()) + count(dataset.payments());
      String streaming = clock.lap();
      System.out.printf(
          "%d members, %d rows, %d bytes of CSV (%s), max heap %d MB%n"
              + "export %s; validation (pass 1) %s; streaming (pass 2) %s; peak heap used %d MB%n",
          count,
          rows,
          Files.size(dir.resolve("members.csv"))
              + Files.size(dir.resolve("fees.csv"))
              + Files.size(dir.resolve("payments.csv")),
          dialect.cliName(),
          Runtime.getRuntime().maxMemory() >> 20,
          export,
          validation,
          streaming,
          peakHeap() >> 20);
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  /** Wall time and the main thread's CPU time: on a busy machine the two differ a lot. */
  private static final class Clock {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long wall = System.nanoTime();
    private long cpu = threads.getCurrentThreadCpuTime();

    String lap() {
      long nowWall = System.nanoTime();
      long nowCpu = threads.getCurrentThreadCpuTime();
      String lap =
          String.format(
              "%d ms (cpu %d ms)", (nowWall - wall) / 1_000_000, (nowCpu - cpu) / 1_000_000);
      wall = nowWall;
      cpu = nowCpu;
      return lap;
    }
  }

  private static long count(Stream<?> stream) {
    try (stream) {
      return stream.count();
    }
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage)
        .mapToLong(usage -> usage.getUsed())
        .sum();
  }

  private static OrganisationNumber number(int sequence) {
    String payload = "2120" + String.format("%05d", sequence);
    return OrganisationNumber.parse(payload + Luhn.checkDigit(payload));
  }

  /** A dataset generated on the fly, so the benchmark itself holds nothing. */
  private static MembershipDataset generated(int count) {
    List<MunicipalityCode> codes =
        List.of(new MunicipalityCode("1496"), new MunicipalityCode("1490"));
    return new MembershipDataset() {
      @Override
      public Stream<Member> members() {
        return IntStream.range(0, count)
            .mapToObj(
                i ->
                    Member.newMember(
                        number(i),
                        "Medlem " + i + "; \"test\"",
                        i % 10 == 0 ? MemberKind.FEDERATION : MemberKind.MUNICIPALITY,
                        i % 10 == 0 ? codes : codes.subList(0, 1),
                        MembershipPeriod.since(LocalDate.of(2005, 1, 1).plusDays(i % 4000))));
      }

      @Override
      public Stream<AnnualFee> fees() {
        return IntStream.range(0, count)
            .mapToObj(i -> new AnnualFee(number(i), Year.of(2016), Money.of("12500.00", "SEK")));
      }

      @Override
      public Stream<Payment> payments() {
        return IntStream.range(0, count)
            .mapToObj(
                i ->
                    new Payment(
                        number(i),
                        Year.of(2016),
                        LocalDate.of(2016, 3, 1).plusDays(i % 200),
                        Money.of("12500.00", "SEK")));
      }
    };
  }
}
