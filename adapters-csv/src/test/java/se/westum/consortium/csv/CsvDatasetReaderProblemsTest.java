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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.westum.consortium.csv.DatasetFolder.BORAS;
import static se.westum.consortium.csv.DatasetFolder.BORAS_ROW;
import static se.westum.consortium.csv.DatasetFolder.FEES_HEADER;
import static se.westum.consortium.csv.DatasetFolder.MEMBERS_HEADER;
import static se.westum.consortium.csv.DatasetFolder.SKOVDE;
import static se.westum.consortium.csv.DatasetFolder.SKOVDE_ROW;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad input is reported with file, line, column, column name and reason; each test
 * writes real files to a temporary folder.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvDatasetReaderProblemsTest {

  @TempDir Path dir;

  private final CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  private List<CsvProblem> problems() {
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> reader.readMembership(dir));
    assertThat(thrown).as("the import is refused").isNotNull();
    return thrown.problems();
  }

  private static Consumer<CsvProblem> problem(
      String file, long line, int column, String columnName, String reason) {
    return p -> {
      assertThat(p.file()).as("file").isEqualTo(file);
      assertThat(p.line()).as("line").isEqualTo(line);
      assertThat(p.column()).as("column").isEqualTo(column);
      assertThat(p.columnName()).as("column name").isEqualTo(columnName);
      assertThat(p.reason()).as("reason").contains(reason);
    };
  }

  private DatasetFolder folder() {
    return DatasetFolder.in(dir);
  }

  @Test
  void an_unbalanced_quote_is_reported_on_the_line_where_its_row_starts() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            SKOVDE + ";\"Skövde kommun;MUNICIPALITY;1496;2005-09-01;",
            "212000-1793;Lidköpings kommun;MUNICIPALITY;1494;2005-09-01;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("members.csv", 3, 0, "", "unbalanced quote"));
  }

  @Test
  void text_after_a_closing_quote_is_reported_on_its_line() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            SKOVDE + ";\"Skövde\" kommun;MUNICIPALITY;1496;2005-09-01;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("members.csv", 3, 0, "", "unexpected character after a closing quote"));
  }

  @Test
  void a_row_with_a_wrong_number_of_fields_is_reported_with_both_counts() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            SKOVDE + ";Skövde kommun;MUNICIPALITY;1496;2005-09-01",
            "212000-1793;Lidköpings kommun;MUNICIPALITY;1494;2005-09-01;;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "members.csv", 3, 0, "", "wrong number of fields: the row has 5 and the header 6"),
            problem(
                "members.csv", 4, 0, "", "wrong number of fields: the row has 7 and the header 6"));
  }

  @Test
  void a_bad_date_is_reported_at_its_column() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            SKOVDE + ";Skövde kommun;MUNICIPALITY;1496;2016-02-30;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem("members.csv", 3, 5, "joined", "'2016-02-30' is not a date: write yyyy-MM-dd"));
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "12 500,00|has a thousands separator; write the amount without one, for example 12500,00",
        "12\u00A0500,00|has a thousands separator",
        "12.500,00|has a thousands separator",
        "12500.00|has a decimal '.'; the excel-sv dialect uses a decimal ','",
        "tolv|'tolv' is not an amount",
        "12500,001|has more than two decimals",
        "-100,00|a fee cannot be negative"
      })
  void a_bad_amount_is_reported_at_the_amount_column(String amount, String reason) {
    // given
    folder()
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv("fees.csv", FEES_HEADER, BORAS + ";2016;" + amount + ";SEK");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems).singleElement().satisfies(problem("fees.csv", 2, 3, "amount", reason));
  }

  @Test
  void a_bad_year_and_an_unknown_currency_are_both_reported() {
    // given
    folder()
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv("fees.csv", FEES_HEADER, BORAS + ";20x6;12500,00;USD");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem("fees.csv", 2, 2, "year", "'20x6' is not a year: write four digits"),
            problem("fees.csv", 2, 4, "currency", "currency 'USD' is not one of"));
  }

  @Test
  void an_invalid_organisation_number_is_reported_with_the_core_reason() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            "212000-1018;Borås Stad;MUNICIPALITY;1490;2006-01-01;",
            "211000-1010;Personnummer;MUNICIPALITY;1490;2006-01-01;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "members.csv",
                2,
                1,
                "organisation_number",
                "'212000-1018' is not a valid organisation number: the check digit"),
            problem("members.csv", 3, 1, "organisation_number", "digits 3-4"));
  }

  @Test
  void an_unknown_municipality_code_is_reported_at_the_coverage_column() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            "222000-1081;Dalslands kommunalförbund;FEDERATION;1460|9999|1439;2009-01-01;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "members.csv",
                3,
                4,
                "covered_municipalities",
                "unknown municipality code 9999: no Swedish municipality has it"));
  }

  @Test
  void a_coverage_that_does_not_fit_the_kind_is_reported_with_the_core_reason() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            "222000-1081;Dalslands kommunalförbund;FEDERATION;1460;2009-01-01;",
            SKOVDE + ";Skövde kommun;MUNICIPALITY;1496|1490;2005-09-01;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "members.csv",
                2,
                4,
                "covered_municipalities",
                "a federation covers two or more municipalities"),
            problem(
                "members.csv",
                3,
                4,
                "covered_municipalities",
                "a municipality covers exactly one municipality"));
  }

  @Test
  void an_invalid_kind_lists_the_valid_kinds() {
    // given
    folder().excelSv("members.csv", MEMBERS_HEADER, BORAS + ";Borås Stad;KOMMUN;1490;2006-01-01;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "members.csv",
                2,
                3,
                "kind",
                "'KOMMUN' is not a kind; use MUNICIPALITY, FEDERATION or OTHER"));
  }

  @Test
  void left_before_joined_is_reported_at_the_left_column() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS + ";Borås Stad;MUNICIPALITY;1490;2010-01-01;2009-12-31");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "members.csv",
                2,
                6,
                "left",
                "a membership cannot end (2009-12-31) before it starts (2010-01-01)"));
  }

  @Test
  void a_blank_required_cell_is_reported_as_required() {
    // given
    folder().excelSv("members.csv", MEMBERS_HEADER, BORAS + "; ;MUNICIPALITY;1490;2006-01-01;");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("members.csv", 2, 2, "name", "a value is required"));
  }

  @Test
  void a_file_whose_first_line_is_data_is_reported_as_missing_its_header() {
    // given
    folder().excelSv("members.csv", BORAS_ROW, SKOVDE_ROW);

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "members.csv",
                1,
                0,
                "",
                "missing header: the first line must name the columns (organisation_number, name,"
                    + " kind, covered_municipalities, joined, left)"));
  }

  @Test
  void a_missing_required_column_is_reported_by_name() {
    // given
    folder()
        .excelSv(
            "members.csv",
            "organisation_number;name;kind;covered_municipalities",
            BORAS + ";Borås Stad;MUNICIPALITY;1490");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem("members.csv", 1, 0, "", "missing required column 'joined' in the header"));
  }

  @Test
  void a_duplicate_header_names_both_positions() {
    // given
    folder().excelSv("members.csv", MEMBERS_HEADER + "; Name ", BORAS_ROW + ";Borås");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem("members.csv", 1, 7, "name", "duplicate column 'name': it is also column 2"));
  }

  @Test
  void an_unknown_column_is_reported_and_the_rows_are_still_checked() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER + ";comment",
            BORAS_ROW + ";ok",
            SKOVDE + ";Skövde kommun;MUNICIPALITY;1496;2005-13-01;;bad date");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "members.csv",
                1,
                7,
                "comment",
                "unknown column 'comment'; members.csv has the columns organisation_number"),
            problem("members.csv", 3, 5, "joined", "'2005-13-01' is not a date"));
  }

  @Test
  void an_empty_file_is_reported() {
    // given
    folder().bytes("members.csv", new byte[0]);

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "members.csv", 0, 0, "", "the file is empty: it needs at least the header line"));
  }

  @Test
  void a_file_of_only_a_byte_order_mark_and_blank_lines_is_empty_too() {
    // given
    folder().excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW).excelSv("fees.csv", "", "");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("fees.csv", 0, 0, "", "the file is empty"));
  }

  @Test
  void bytes_that_are_not_utf_8_are_reported_on_their_line() {
    // given: "Lidköping" in ISO-8859-1 on line 4
    byte[] latin1 = "Lidk\u00f6pings kommun".getBytes(StandardCharsets.ISO_8859_1);
    folder()
        .bytes(
            "members.csv",
            DatasetFolder.concat(
                "\uFEFF"
                    + MEMBERS_HEADER
                    + "\r\n"
                    + BORAS_ROW
                    + "\r\n"
                    + SKOVDE_ROW
                    + "\r\n"
                    + "212000-1793;",
                latin1,
                ";MUNICIPALITY;1494;2005-09-01;\r\n"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("members.csv", 4, 0, "", "the file is not UTF-8"));
  }

  @Test
  void a_missing_members_file_is_reported() {
    // given
    folder().excelSv("fees.csv", FEES_HEADER);

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem("members.csv", 0, 0, "", "the file is missing: a dataset needs members.csv"));
  }

  @Test
  void every_bad_row_of_a_file_is_reported_in_line_order() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            "212000-1018;Borås Stad;MUNICIPALITY;1490;2006-01-01;",
            SKOVDE_ROW,
            "212000-1793;Lidköpings kommun;kommun;1494;2005-09-01;",
            "212000-1926;Mariestads kommun;MUNICIPALITY;1493;1 jan 2006;",
            "212000-1926;\"Mariestad; \"\"igen\"\"\";MUNICIPALITY;9999;2006-01-01;2005-01-01");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem("members.csv", 3, 1, "organisation_number", "check digit"),
            problem("members.csv", 5, 3, "kind", "'kommun' is not a kind"),
            problem("members.csv", 6, 5, "joined", "'1 jan 2006' is not a date"),
            problem("members.csv", 7, 4, "covered_municipalities", "unknown municipality code"));
  }

  @Test
  void several_bad_values_in_one_row_are_all_reported() {
    // given
    folder().excelSv("members.csv", MEMBERS_HEADER, "12;;FÖRBUND;1490|abc||1490;2006-01-01;igår");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem("members.csv", 2, 1, "organisation_number", "'12' is not a valid"),
            problem("members.csv", 2, 2, "name", "a value is required"),
            problem("members.csv", 2, 3, "kind", "'FÖRBUND' is not a kind"),
            problem("members.csv", 2, 4, "covered_municipalities", "'abc' is not a municipality"),
            problem("members.csv", 2, 4, "covered_municipalities", "an empty municipality code"),
            problem("members.csv", 2, 4, "covered_municipalities", "1490 is listed twice"),
            problem("members.csv", 2, 6, "left", "'igår' is not a date"));
  }

  @Test
  void a_broken_file_stops_only_itself_and_the_other_files_are_still_checked() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            SKOVDE + ";\"Skövde;MUNICIPALITY;1496;2005-09-01;")
        .excelSv(
            "fees.csv", FEES_HEADER, BORAS + ";2016;12500,00;SEK", "212000-1793;2016;femtusen;SEK");

    // when
    List<CsvProblem> problems = problems();

    // then: Lidköping is not flagged as unknown: members.csv could not be read to the end
    assertThat(problems)
        .satisfiesExactly(
            problem("members.csv", 3, 0, "", "unbalanced quote"),
            problem("fees.csv", 3, 3, "amount", "'femtusen' is not an amount"));
  }

  @Test
  void line_numbers_count_the_lines_of_a_quoted_field_with_a_line_break() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS + ";\"Borås\r\nStad\";MUNICIPALITY;1490;2006-01-01;",
            SKOVDE + ";Skövde kommun;MUNICIPALITY;1496;2005-09-31;");

    // when
    List<CsvProblem> problems = problems();

    // then: a name is one line, so the line break is refused too, on the line its row starts
    assertThat(problems)
        .satisfiesExactly(
            problem("members.csv", 2, 2, "name", "control character (U+000D)"),
            problem("members.csv", 4, 5, "joined", "not a date"));
  }

  @Test
  void a_comma_decimal_is_refused_in_the_rfc4180_dialect() {
    // given
    folder()
        .text(
            "members.csv",
            MEMBERS_HEADER.replace(';', ',') + "\n" + BORAS_ROW.replace(';', ',') + "\n")
        .text(
            "fees.csv",
            "organisation_number,year,amount,currency\n" + BORAS + ",2016,\"12500,00\",SEK\n");

    // when
    CsvImportException thrown =
        catchThrowableOfType(
            CsvImportException.class,
            () -> CsvDatasets.reader(CsvDialect.RFC4180).readMembership(dir));

    // then
    assertThat(thrown.problems())
        .singleElement()
        .satisfies(
            problem(
                "fees.csv",
                2,
                3,
                "amount",
                "has a decimal ','; the rfc4180 dialect uses a decimal '.', for example 12500.00"));
  }

  @Test
  void a_folder_that_does_not_exist_is_reported() {
    // given
    Path missing = dir.resolve("no-such-folder");

    // when
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> reader.readMembership(missing));

    // then
    assertThat(thrown.problems())
        .singleElement()
        .satisfies(problem(missing.toString(), 0, 0, "", "is not a folder of CSV files"));
  }

  @Test
  void the_exception_has_the_code_invalid_csv_and_summarises_the_first_problems() {
    // given: seven bad rows
    String[] lines = new String[8];
    lines[0] = MEMBERS_HEADER;
    for (int i = 1; i < lines.length; i++) {
      lines[i] = "212000-1018;Namn;MUNICIPALITY;1490;2006-01-01;";
    }
    folder().excelSv("members.csv", lines);

    // when
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> reader.readMembership(dir));

    // then
    assertThat(thrown.code()).isEqualTo("invalid-csv");
    assertThat(thrown.problems()).hasSize(7);
    assertThat(thrown.getMessage())
        .startsWith(
            "the CSV dataset has 7 problems: members.csv line 2, column 1 (organisation_number):"
                + " '212000-1018' is not a valid organisation number")
        .contains("members.csv line 6, column 1")
        .doesNotContain("line 7, column 1")
        .endsWith("; and 2 more");
  }
}
