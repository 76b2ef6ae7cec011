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
import static se.westum.consortium.testing.MemberBuilder.aMember;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** Export: the exact bytes of both dialects, formula neutralisation, and file handling. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvDatasetWriterTest {

  private static final OrganisationNumber BORAS = OrganisationNumber.parse("212000-1017");
  private static final OrganisationNumber SKOVDE = OrganisationNumber.parse("212000-1660");
  private static final OrganisationNumber DALSLAND = OrganisationNumber.parse("222000-1081");

  @TempDir Path dir;

  /** The dataset behind the golden files: quotes, separator, formula and Swedish letters. */
  static MembershipDataset goldenDataset() {
    List<Member> members =
        List.of(
            aMember()
                .withNumber(DALSLAND)
                .named("Dalslands kommunalförbund")
                .federationCovering("1460", "1438")
                .joined(LocalDate.of(2009, 1, 1))
                .build(),
            aMember()
                .withNumber(BORAS)
                .named("Borås \"Stad\"; centrum")
                .coveringMunicipalities("1490")
                .joined(LocalDate.of(2006, 1, 1))
                .left(LocalDate.of(2016, 12, 31))
                .build(),
            aMember()
                .withNumber(SKOVDE)
                .named("=Skövde+1")
                .coveringMunicipalities("1496")
                .joined(LocalDate.of(2005, 9, 1))
                .build());
    List<AnnualFee> fees =
        List.of(
            new AnnualFee(BORAS, Year.of(2016), Money.of("12500", "SEK")),
            new AnnualFee(DALSLAND, Year.of(2016), Money.of("19000.5", "SEK")));
    List<Payment> payments =
        List.of(
            new Payment(BORAS, Year.of(2016), LocalDate.of(2016, 3, 15), Money.of("6250", "SEK")),
            new Payment(BORAS, Year.of(2016), LocalDate.of(2016, 9, 15), Money.of("6250", "SEK")),
            new Payment(
                DALSLAND, Year.of(2016), LocalDate.of(2015, 12, 18), Money.of("19000.50", "SEK")));
    return new InMemoryDataset(members, fees, payments);
  }

  private static byte[] golden(String file) throws IOException {
    try (InputStream in =
        CsvDatasetWriterTest.class.getResourceAsStream("/golden/excel-sv/" + file)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"members.csv", "fees.csv", "payments.csv"})
  void an_excel_sv_export_has_exactly_the_bytes_of_the_golden_file(String file) throws IOException {
    // given
    CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.EXCEL_SV);

    // when
    writer.writeMembership(goldenDataset(), dir);

    // then
    byte[] written = Files.readAllBytes(dir.resolve(file));
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(golden(file), StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(golden(file));
  }

  @Test
  void an_rfc4180_export_has_commas_decimal_points_crlf_and_no_bom() throws IOException {
    // given
    CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.RFC4180);

    // when
    writer.writeMembership(goldenDataset(), dir);

    // then
    assertThat(Files.readString(dir.resolve("members.csv")))
        .isEqualTo(
            "organisation_number,name,kind,covered_municipalities,joined,left\r\n"
                + "222000-1081,Dalslands kommunalförbund,FEDERATION,1438|1460,2009-01-01,\r\n"
                + "212000-1017,\"Borås \"\"Stad\"\"; centrum\",MUNICIPALITY,1490,2006-01-01,"
                + "2016-12-31\r\n"
                + "212000-1660,'=Skövde+1,MUNICIPALITY,1496,2005-09-01,\r\n");
    assertThat(Files.readString(dir.resolve("fees.csv")))
        .isEqualTo(
            "organisation_number,year,amount,currency\r\n"
                + "212000-1017,2016,12500.00,SEK\r\n"
                + "222000-1081,2016,19000.50,SEK\r\n");
  }

  @ParameterizedTest(name = "a name starting with {0}")
  @ValueSource(strings = {"=", "+", "-", "@", "'"})
  void a_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text(String start)
      throws IOException {
    // given
    Member member = aMember().named(start + "HYPERLINK(\"x\")").build();
    MembershipDataset dataset = new InMemoryDataset(List.of(member), List.of(), List.of());

    // when
    CsvDatasets.writer(CsvDialect.EXCEL_SV).writeMembership(dataset, dir);

    // then
    List<String> lines = Files.readAllLines(dir.resolve("members.csv"));
    assertThat(lines.get(1)).contains(";\"'" + start + "HYPERLINK(\"\"x\"\")\";");
  }

  @Test
  void numbers_and_dates_are_never_altered() throws IOException {
    // given: a fee of zero and a date before year 2000
    MembershipDataset dataset =
        new InMemoryDataset(
            List.of(aMember().withNumber(BORAS).joined(LocalDate.of(1999, 1, 2)).build()),
            List.of(new AnnualFee(BORAS, Year.of(1999), Money.of("0", "EUR"))),
            List.of(
                new Payment(
                    BORAS, Year.of(1999), LocalDate.of(1999, 1, 2), Money.of("0.01", "EUR"))));

    // when
    CsvDatasets.writer(CsvDialect.EXCEL_SV).writeMembership(dataset, dir);

    // then
    assertThat(Files.readAllLines(dir.resolve("fees.csv")).get(1))
        .isEqualTo("212000-1017;1999;0,00;EUR");
    assertThat(Files.readAllLines(dir.resolve("payments.csv")).get(1))
        .isEqualTo("212000-1017;1999;1999-01-02;0,01;EUR");
  }

  @Test
  void the_folder_is_created_and_existing_files_are_replaced_without_leftovers()
      throws IOException {
    // given
    Path target = dir.resolve("new/export");
    CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.EXCEL_SV);
    writer.writeMembership(goldenDataset(), target);

    // when
    writer.writeMembership(new InMemoryDataset(List.of(), List.of(), List.of()), target);

    // then
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("members.csv", "fees.csv", "payments.csv");
    }
    assertThat(Files.readString(dir.resolve("new/export/members.csv")))
        .isEqualTo("\uFEFForganisation_number;name;kind;covered_municipalities;joined;left\r\n");
  }

  @Test
  void the_streams_of_the_dataset_are_closed() throws IOException {
    // given
    boolean[] closed = new boolean[3];
    MembershipDataset dataset =
        new MembershipDataset() {
          @Override
          public Stream<Member> members() {
            return Stream.<Member>empty().onClose(() -> closed[0] = true);
          }

          @Override
          public Stream<AnnualFee> fees() {
            return Stream.<AnnualFee>empty().onClose(() -> closed[1] = true);
          }

          @Override
          public Stream<Payment> payments() {
            return Stream.<Payment>empty().onClose(() -> closed[2] = true);
          }
        };

    // when
    CsvDatasets.writer(CsvDialect.RFC4180).writeMembership(dataset, dir);

    // then
    assertThat(closed).containsExactly(true, true, true);
  }
}
