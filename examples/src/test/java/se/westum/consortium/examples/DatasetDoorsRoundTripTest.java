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
package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.shared.PageRequest;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * Issue 7's "done when" on H2, PostgreSQL and MariaDB: importing the bundled dataset twice changes
 * no version, and export then import into an empty database gives the same files and figures.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatasetDoorsRoundTripTest {

  static final String H2 = "H2";

  private static final Pattern COUNTS =
      Pattern.compile("\\((\\d+) new, (\\d+) changed, (\\d+) unchanged\\)");

  @TempDir Path directory;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {H2, ScratchDatabase.POSTGRES, ScratchDatabase.MARIADB})
  void importing_the_bundled_dataset_twice_changes_nothing_the_second_time(String database)
      throws Exception {
    try (Target target = Target.on(database, "doors_twice", directory.resolve("db"))) {
      // given
      Path westum = Datasets.westum2016(directory, "westum-2016");
      Cli.Result first = Cli.run("import", "--data", westum.toString(), "--db", target.url());
      assertThat(first.exitCode()).as(first.err()).isZero();
      Map<String, Long> versionsAfterFirst = memberVersions(target.url());

      // when
      Cli.Result second = Cli.run("import", "--data", westum.toString(), "--db", target.url());

      // then
      assertThat(second.exitCode()).as(second.err()).isZero();
      List<long[]> counts = counts(second.out());
      assertThat(counts).as(second.out()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(counts)
          .as(second.out())
          .allSatisfy(
              c -> {
                assertThat(c[0]).as("new").isZero();
                assertThat(c[1]).as("changed").isZero();
              });
      assertThat(counts.stream().mapToLong(c -> c[2]).sum()).isPositive();
      assertThat(versionsAfterFirst).hasSize(34);
      assertThat(memberVersions(target.url())).isEqualTo(versionsAfterFirst);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {H2, ScratchDatabase.POSTGRES, ScratchDatabase.MARIADB})
  void export_then_import_into_an_empty_database_gives_the_same_files_and_figures(String database)
      throws Exception {
    try (Target original = Target.on(database, "doors_original", directory.resolve("original"));
        Target copy = Target.on(database, "doors_copy", directory.resolve("copy"))) {
      // given
      Path westum = Datasets.westum2016(directory, "westum-2016");
      Path exported = directory.resolve("exported");
      Path reexported = directory.resolve("reexported");
      Cli.Result imported = Cli.run("import", "--data", westum.toString(), "--db", original.url());
      assertThat(imported.exitCode()).as(imported.err()).isZero();

      // when
      Cli.Result export = Cli.run("export", "--out", exported.toString(), "--db", original.url());
      Cli.Result reimport = Cli.run("import", "--data", exported.toString(), "--db", copy.url());
      Cli.Result reexport = Cli.run("export", "--out", reexported.toString(), "--db", copy.url());

      // then
      assertThat(export.exitCode()).as(export.err()).isZero();
      assertThat(reimport.exitCode()).as(reimport.err()).isZero();
      assertThat(reexport.exitCode()).as(reexport.err()).isZero();
      for (String file : BundledDataset.FILES) {
        assertThat(exported.resolve(file)).as(file).exists();
        assertThat(Files.readAllBytes(reexported.resolve(file)))
            .as(file)
            .isEqualTo(Files.readAllBytes(exported.resolve(file)));
      }
      for (String[] report : reports()) {
        assertThat(Cli.run(withDb(report, copy.url())).out())
            .as(String.join(" ", report))
            .isEqualTo(Cli.run(withDb(report, original.url())).out())
            .isNotBlank();
      }
    }
  }

  private static List<String[]> reports() {
    return List.of(
        new String[] {"members", "--year", "2016", "--county", "14,13", "--format", "json"},
        new String[] {"governance", "--year", "2016", "--format", "json"},
        new String[] {
          "budget", "--project", "EPLUS-2015", "--at", "2016-12-31", "--format", "json"
        },
        new String[] {
          "budget", "--project", "EPLUS-2015", "--at", "2017-03-31", "--format", "json"
        },
        // the text: it shows partners, groups, activities and indicators, which the JSON leaves
        // to their own routes
        new String[] {"projects", "--year", "2016"});
  }

  private static String[] withDb(String[] args, String url) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(url);
    return all.toArray(String[]::new);
  }

  private static List<long[]> counts(String out) {
    List<long[]> counts = new ArrayList<>();
    Matcher matcher = COUNTS.matcher(out);
    while (matcher.find()) {
      counts.add(
          new long[] {
            Long.parseLong(matcher.group(1)),
            Long.parseLong(matcher.group(2)),
            Long.parseLong(matcher.group(3))
          });
    }
    return counts;
  }

  static Consortium consortium(String url) throws java.sql.SQLException {
    return Consortium.builder()
        .storage(JdbcAdapter.create(DataSources.forUrl(url, Optional.empty(), Optional.empty())))
        .clock(java.time.Clock.systemDefaultZone())
        .build();
  }

  private static Map<String, Long> memberVersions(String url) throws java.sql.SQLException {
    Map<String, Long> versions = new TreeMap<>();
    for (Member member :
        consortium(url).membership().list(PageRequest.first(PageRequest.MAX_SIZE)).items()) {
      versions.put(member.organisationNumber().value(), member.version());
    }
    return versions;
  }

  /** A fresh empty database: an H2 file in a folder, or a scratch database on a server. */
  record Target(String url, Optional<ScratchDatabase> scratch) implements AutoCloseable {

    static Target on(String database, String name, Path folder) throws Exception {
      if (H2.equals(database)) {
        return new Target(Cli.h2File(folder), Optional.empty());
      }
      ScratchDatabase scratch = ScratchDatabase.on(database, name);
      return new Target(scratch.url(), Optional.of(scratch));
    }

    @Override
    public void close() throws Exception {
      if (scratch.isPresent()) {
        scratch.get().close();
      }
    }
  }
}
