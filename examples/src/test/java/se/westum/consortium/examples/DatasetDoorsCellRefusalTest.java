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

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.shared.PageRequest;

/**
 * Issue 7's "done when" for CSV on H2, PostgreSQL and MariaDB: for every column of every file of
 * the bundled dataset, a first data row whose cell holds a NUL, an ESC or a 1 MB long value makes
 * the import refuse with a problem at exactly that file, line 2 and that column, and write nothing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatasetDoorsCellRefusalTest {

  private static final String BOM = "\uFEFF";
  private static final String MEGABYTE = "A".repeat(1 << 20);

  /**
   * Cells not refused at their own location: "file column value". Each entry says why; keep it as
   * short as the truth allows.
   */
  private static final Set<String> NOT_REFUSED_AT_THEIR_CELL =
      Set.of(
          // accepted and imported: columns the bundled survey mapping does not map are never
          // checked, whatever they hold
          "survey_answers.csv Enkät nul",
          "survey_answers.csv Enkät esc",
          "survey_answers.csv Enkät 1mb",
          "survey_answers.csv Kommun nul",
          "survey_answers.csv Kommun esc",
          "survey_answers.csv Kommun 1mb",
          "survey_answers.csv Företagsnamn nul",
          "survey_answers.csv Företagsnamn esc",
          "survey_answers.csv Företagsnamn 1mb",
          "survey_answers.csv Övriga kommentarer nul",
          "survey_answers.csv Övriga kommentarer esc",
          "survey_answers.csv Övriga kommentarer 1mb");

  @TempDir Path directory;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {DatasetDoorsRoundTripTest.H2, ScratchDatabase.POSTGRES, ScratchDatabase.MARIADB})
  void a_bad_cell_in_any_column_is_refused_at_its_file_line_and_column_and_nothing_is_written(
      String database) throws Exception {
    try (DatasetDoorsRoundTripTest.Target target =
        DatasetDoorsRoundTripTest.Target.on(database, "doors_cells", directory.resolve("db"))) {
      // given a copy of the dataset, and per case one file whose first data row has one bad cell
      Path dataset = Datasets.westum2016(directory, "westum-2016");
      // all three values on every database (about 35 s on H2, less on the servers)
      List<String> values = List.of("nul", "esc", "1mb");
      SoftAssertions softly = new SoftAssertions();
      int cases = 0;
      for (String file : BundledDataset.FILES) {
        byte[] original = Files.readAllBytes(dataset.resolve(file));
        List<String> lines = lines(new String(original, UTF_8));
        if (lines.size() < 2) {
          continue;
        }
        List<String> header = cells(lines.get(0));
        List<String> firstRow = cells(lines.get(1));
        for (int column = 0; column < header.size(); column++) {
          for (String value : values) {
            String name = header.get(column);
            if (NOT_REFUSED_AT_THEIR_CELL.contains(file + " " + name + " " + value)) {
              continue;
            }
            List<String> row = new ArrayList<>(firstRow);
            row.set(column, quoted(bad(value, unquoted(firstRow.get(column)))));
            List<String> changed = new ArrayList<>(lines);
            changed.set(1, String.join(";", row));
            Files.writeString(dataset.resolve(file), BOM + String.join("\r\n", changed), UTF_8);

            // when
            Cli.Result result =
                Cli.run("import", "--data", dataset.toString(), "--db", target.url());
            cases++;

            // then
            String where = file + ":2:" + (column + 1) + " (" + name + ")";
            softly
                .assertThat(result.exitCode())
                .as(where + " " + value + ": " + result.err())
                .isEqualTo(1);
            softly.assertThat(result.err()).as(where + " " + value).contains(where + ": ");
            softly.assertThat(result.out()).as(where + " " + value).isEmpty();
            Files.write(dataset.resolve(file), original);
          }
        }
      }
      // and nothing was ever written
      Consortium consortium = DatasetDoorsRoundTripTest.consortium(target.url());
      softly.assertThat(consortium.membership().list(PageRequest.first(1)).total()).isZero();
      softly.assertThat(consortium.governance().boardTerms()).isEmpty();
      softly.assertThat(consortium.projects().all()).isEmpty();
      softly.assertThat(cases).isGreaterThan(100);
      softly.assertAll();
    }
  }

  private static String bad(String value, String cell) {
    return switch (value) {
      case "nul" -> cell + "\u0000x";
      case "esc" -> cell + "\u001bx";
      default -> MEGABYTE;
    };
  }

  /** The text's lines (CRLF), the BOM dropped; assumes no line break inside quotes. */
  private static List<String> lines(String text) {
    String body = text.startsWith(BOM) ? text.substring(1) : text;
    List<String> lines = new ArrayList<>(List.of(body.split("\r\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
      lines.add("");
    }
    return lines;
  }

  /** The raw cells of an excel-sv line, quotes kept. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inQuotes = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        inQuotes = !inQuotes;
      }
      if (c == ';' && !inQuotes) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String unquoted(String raw) {
    if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
      return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
    }
    return raw;
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
