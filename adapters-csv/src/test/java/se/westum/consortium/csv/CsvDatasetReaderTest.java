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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.westum.consortium.csv.DatasetFolder.BORAS;
import static se.westum.consortium.csv.DatasetFolder.BORAS_ROW;
import static se.westum.consortium.csv.DatasetFolder.FEES_HEADER;
import static se.westum.consortium.csv.DatasetFolder.MEMBERS_HEADER;
import static se.westum.consortium.csv.DatasetFolder.PAYMENTS_HEADER;
import static se.westum.consortium.csv.DatasetFolder.SKOVDE;
import static se.westum.consortium.csv.DatasetFolder.SKOVDE_ROW;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** Reading valid datasets: the Westum example, free column order, both dialects, lazy streams. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvDatasetReaderTest {

  @TempDir Path dir;

  private final CsvDatasetReader excelSv = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  static Path westum2016() {
    try {
      return Path.of(CsvDatasetReaderTest.class.getResource("/datasets/westum-2016").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  @Test
  void the_westum_2016_example_dataset_reads_without_problems() {
    // when
    MembershipDataset dataset = excelSv.readMembership(westum2016());

    // then
    List<Member> members = all(dataset.members());
    assertThat(members).hasSize(34);
    assertThat(members.stream().filter(m -> m.kind() == MemberKind.FEDERATION)).hasSize(3);
    assertThat(all(dataset.fees())).hasSize(67);
    List<Payment> payments = all(dataset.payments());
    assertThat(payments).hasSize(67);
    assertThat(members)
        .filteredOn(m -> m.name().equals("Hylte kommun"))
        .singleElement()
        .satisfies(m -> assertThat(m.period().left()).contains(LocalDate.of(2015, 6, 30)));
    assertThat(payments)
        .contains(
            new Payment(
                OrganisationNumber.parse("212000-1538"),
                Year.of(2016),
                LocalDate.of(2015, 12, 18),
                Money.of("40000", "SEK")));
  }

  @Test
  void a_member_row_becomes_the_core_member() {
    // given
    DatasetFolder.in(dir)
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            "222000-1081;\"Dalslands kommunalförbund; \"\"Dal\"\"\";federation; 1460 | 1438 ;"
                + "2009-01-01;2016-12-31");

    // when
    List<Member> members = all(excelSv.readMembership(dir).members());

    // then
    assertThat(members)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.organisationNumber()).isEqualTo(OrganisationNumber.parse("2220001081"));
              assertThat(m.name()).isEqualTo("Dalslands kommunalförbund; \"Dal\"");
              assertThat(m.kind()).isEqualTo(MemberKind.FEDERATION);
              assertThat(m.covers())
                  .containsExactly(new MunicipalityCode("1438"), new MunicipalityCode("1460"));
              assertThat(m.period().joined()).isEqualTo(LocalDate.of(2009, 1, 1));
              assertThat(m.period().left()).contains(LocalDate.of(2016, 12, 31));
              assertThat(m.version()).isZero();
            });
  }

  @Test
  void columns_may_come_in_any_order_with_any_case_and_the_left_column_may_be_absent() {
    // given
    DatasetFolder.in(dir)
        .excelSv(
            "members.csv",
            " Joined ;KIND;Name;Covered_Municipalities;ORGANISATION_NUMBER",
            "2006-01-01;MUNICIPALITY;Borås Stad;1490;" + BORAS)
        .excelSv(
            "fees.csv", "currency;amount;year;organisation_number", "SEK;12500,00;2016;" + BORAS);

    // when
    MembershipDataset dataset = excelSv.readMembership(dir);

    // then
    assertThat(all(dataset.members()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.name()).isEqualTo("Borås Stad");
              assertThat(m.period().left()).isEmpty();
            });
    assertThat(all(dataset.fees()))
        .containsExactly(
            new AnnualFee(
                OrganisationNumber.parse(BORAS), Year.of(2016), Money.of("12500", "SEK")));
  }

  @Test
  void absent_fee_and_payment_files_mean_no_fees_and_no_payments() {
    // given
    DatasetFolder.in(dir).excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW);

    // when
    MembershipDataset dataset = excelSv.readMembership(dir);

    // then
    assertThat(all(dataset.members())).hasSize(1);
    assertThat(all(dataset.fees())).isEmpty();
    assertThat(all(dataset.payments())).isEmpty();
  }

  @Test
  void the_rfc4180_dialect_reads_commas_and_decimal_points_with_lf_or_crlf_and_an_optional_bom() {
    // given
    DatasetFolder.in(dir)
        .text(
            "members.csv",
            "\uFEFF"
                + MEMBERS_HEADER.replace(';', ',')
                + "\n"
                + BORAS
                + ",\"Borås, Stad\",MUNICIPALITY,1490,2006-01-01,\r\n")
        .text(
            "payments.csv",
            PAYMENTS_HEADER.replace(';', ',') + "\r\n" + BORAS + ",2016,2016-03-01,12500.5,SEK");

    // when
    MembershipDataset dataset = CsvDatasets.reader(CsvDialect.RFC4180).readMembership(dir);

    // then
    assertThat(all(dataset.members())).extracting(Member::name).containsExactly("Borås, Stad");
    assertThat(all(dataset.payments()))
        .extracting(Payment::amount)
        .containsExactly(Money.of("12500.50", "SEK"));
  }

  @Test
  void the_excel_sv_dialect_reads_a_file_without_bom_and_with_lf_line_ends() {
    // given
    DatasetFolder.in(dir)
        .text("members.csv", MEMBERS_HEADER + "\n" + BORAS_ROW + "\n" + SKOVDE_ROW);

    // when
    List<Member> members = all(excelSv.readMembership(dir).members());

    // then
    assertThat(members).extracting(Member::name).containsExactly("Borås Stad", "Skövde kommun");
  }

  @Test
  void old_style_cr_line_ends_are_read_too_and_count_as_lines() {
    // given
    DatasetFolder.in(dir)
        .text("members.csv", MEMBERS_HEADER + "\r" + BORAS_ROW + "\r" + SKOVDE_ROW + "\r")
        .text(
            "fees.csv",
            FEES_HEADER + "\r" + BORAS + ";2016;12500,00;SEK\r" + SKOVDE + ";2016;x;SEK");

    // when
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> excelSv.readMembership(dir));

    // then
    assertThat(thrown.problems())
        .singleElement()
        .extracting(CsvProblem::file, CsvProblem::line, CsvProblem::columnName)
        .containsExactly("fees.csv", 3L, "amount");
  }

  @Test
  void a_file_with_only_its_header_has_no_rows() {
    // given
    DatasetFolder.in(dir)
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv("payments.csv", PAYMENTS_HEADER);

    // when
    MembershipDataset dataset = excelSv.readMembership(dir);

    // then
    assertThat(all(dataset.payments())).isEmpty();
  }

  @Test
  void blank_rows_that_spreadsheets_leave_behind_are_skipped() {
    // given
    DatasetFolder.in(dir)
        .excelSv("members.csv", MEMBERS_HEADER, "", BORAS_ROW, ";;;;;", " ; ;;;; ", SKOVDE_ROW, "");

    // when
    List<Member> members = all(excelSv.readMembership(dir).members());

    // then
    assertThat(members).hasSize(2);
  }

  @Test
  void one_leading_quote_before_a_formula_character_is_removed_on_import() {
    // given
    DatasetFolder.in(dir)
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS + ";'=Borås;MUNICIPALITY;1490;2006-01-01;",
            SKOVDE + ";'Skövde;MUNICIPALITY;1496;2005-09-01;");

    // when
    List<Member> members = all(excelSv.readMembership(dir).members());

    // then
    assertThat(members).extracting(Member::name).containsExactly("=Borås", "'Skövde");
  }

  @Test
  void each_call_opens_a_fresh_stream_over_the_file() {
    // given
    DatasetFolder.in(dir).excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW, SKOVDE_ROW);
    MembershipDataset dataset = excelSv.readMembership(dir);

    // when
    List<Member> first = all(dataset.members());
    List<Member> second = all(dataset.members());

    // then
    assertThat(second).hasSize(2).isEqualTo(first);
  }

  @Test
  void the_streams_read_the_files_again_so_a_row_broken_after_validation_fails_the_stream() {
    // given
    DatasetFolder folder = DatasetFolder.in(dir).excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW);
    MembershipDataset dataset = excelSv.readMembership(dir);
    folder.excelSv(
        "members.csv", MEMBERS_HEADER, BORAS_ROW, SKOVDE + ";Skövde;MUNICIPALITY;1496;igår;");

    // when
    Stream<Member> members = dataset.members();

    // then
    try (members) {
      assertThatThrownBy(members::toList)
          .isInstanceOfSatisfying(
              CsvImportException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .extracting(CsvProblem::line, CsvProblem::columnName)
                      .containsExactly(3L, "joined"));
    }
  }

  @Test
  void a_partly_consumed_stream_can_be_closed() {
    // given
    DatasetFolder.in(dir).excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW, SKOVDE_ROW);
    MembershipDataset dataset = excelSv.readMembership(dir);

    // when
    Optional<Member> first;
    try (Stream<Member> members = dataset.members()) {
      first = members.findFirst();
    }

    // then
    assertThat(first).map(Member::name).contains("Borås Stad");
  }

  @Test
  void fees_and_payments_read_with_decimal_comma() {
    // given
    DatasetFolder.in(dir)
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW, SKOVDE_ROW)
        .excelSv("fees.csv", FEES_HEADER, BORAS + ";2016;12500,00;sek", SKOVDE + ";2016;9000;SEK")
        .excelSv(
            "payments.csv",
            PAYMENTS_HEADER,
            BORAS + ";2016;2016-03-15;6250,5;SEK",
            BORAS + ";2016;2016-09-15;6249,50;SEK");

    // when
    MembershipDataset dataset = excelSv.readMembership(dir);

    // then
    assertThat(all(dataset.fees()))
        .extracting(AnnualFee::amount)
        .containsExactly(Money.of("12500.00", "SEK"), Money.of("9000.00", "SEK"));
    assertThat(all(dataset.payments()))
        .extracting(Payment::amount)
        .containsExactly(Money.of("6250.50", "SEK"), Money.of("6249.50", "SEK"));
  }
}
