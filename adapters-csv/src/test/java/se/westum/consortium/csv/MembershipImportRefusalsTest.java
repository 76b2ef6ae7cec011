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
import static se.westum.consortium.csv.DatasetFolder.PAYMENTS_HEADER;
import static se.westum.consortium.csv.DatasetFolder.SKOVDE;
import static se.westum.consortium.csv.DatasetFolder.SKOVDE_ROW;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.SourceLocation;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * The rules across membership records are the core's: the CSV adapter reads each row on its own,
 * the core's import refuses what breaks a rule across records, and the dataset places every refusal
 * at its file, line and column. Nothing is written.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MembershipImportRefusalsTest {

  /** The code of a record given twice in one dataset (the core's {@code ImportRun}). */
  private static final String DUPLICATE_ID = "duplicate-id";

  @TempDir Path dir;

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Consortium consortium = Consortium.builder().storage(storage).build();

  private List<RefusedRecord> refusals() {
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                consortium
                    .membership()
                    .importDataset(CsvDatasets.reader(CsvDialect.EXCEL_SV).readMembership(dir)));
    assertThat(thrown).as("the import is refused").isNotNull();
    assertThat(storage.memberCount()).as("members written").isZero();
    return thrown.refused();
  }

  private static Consumer<RefusedRecord> refused(
      String code, String file, long line, int column, String columnName, String message) {
    return r -> {
      assertThat(r.code()).as("code").isEqualTo(code);
      assertThat(r.location()).contains(new SourceLocation(file, line, column, columnName));
      assertThat(r.message()).as("message").contains(message);
    };
  }

  private DatasetFolder folder() {
    return DatasetFolder.in(dir);
  }

  @Test
  void fees_and_payments_of_a_member_not_in_the_dataset_are_refused_at_the_organisation_number() {
    // given
    folder()
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv("fees.csv", FEES_HEADER, BORAS + ";2016;12500,00;SEK", SKOVDE + ";2016;9000;SEK")
        .excelSv(
            "payments.csv",
            PAYMENTS_HEADER,
            BORAS + ";2016;2016-03-01;12500,00;SEK",
            SKOVDE + ";2016;2016-03-01;9000,00;SEK");

    // when
    List<RefusedRecord> refusals = refusals();

    // then
    String message = "member: no member '" + SKOVDE + "'";
    assertThat(refusals)
        .satisfiesExactly(
            refused(
                MissingReferenceException.CODE, "fees.csv", 3, 1, "organisation_number", message),
            refused(
                MissingReferenceException.CODE,
                "payments.csv",
                3,
                1,
                "organisation_number",
                message));
  }

  @Test
  void a_member_given_twice_is_refused_at_the_second_one() {
    // given
    folder()
        .excelSv(
            "members.csv",
            MEMBERS_HEADER,
            BORAS_ROW,
            SKOVDE_ROW,
            BORAS.replace("-", "") + ";Borås Stad igen;MUNICIPALITY;1490;2006-01-01;");

    // when
    List<RefusedRecord> refusals = refusals();

    // then
    assertThat(refusals)
        .singleElement()
        .satisfies(
            refused(
                DUPLICATE_ID,
                "members.csv",
                4,
                1,
                "organisation_number",
                "member " + BORAS + " is given more than once"));
  }

  @Test
  void a_second_fee_for_the_same_member_and_year_is_refused_at_its_line() {
    // given
    folder()
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv(
            "fees.csv",
            FEES_HEADER,
            BORAS + ";2016;12500,00;SEK",
            BORAS + ";2015;12500,00;SEK",
            BORAS + ";2016;13000,00;SEK");

    // when
    List<RefusedRecord> refusals = refusals();

    // then
    assertThat(refusals)
        .singleElement()
        .satisfies(
            refused(
                DUPLICATE_ID,
                "fees.csv",
                4,
                0,
                "",
                "fee " + BORAS + "/2016 is given more than once"));
  }

  @Test
  void the_same_payment_twice_is_refused_but_two_instalments_are_not() {
    // given
    folder()
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv(
            "payments.csv",
            PAYMENTS_HEADER,
            BORAS + ";2016;2016-03-15;8000,00;SEK",
            BORAS + ";2016;2016-09-15;8000,00;SEK",
            BORAS + ";2016;2016-03-15;8000;SEK");

    // when
    List<RefusedRecord> refusals = refusals();

    // then
    assertThat(refusals)
        .singleElement()
        .satisfies(
            refused(
                DUPLICATE_ID,
                "payments.csv",
                4,
                0,
                "",
                "payment " + BORAS + "/2016/2016-03-15/8000.00 SEK is given more than once"));
  }

  @Test
  void a_payment_in_another_currency_than_its_fee_is_refused_at_the_currency() {
    // given
    folder()
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv("fees.csv", FEES_HEADER, BORAS + ";2016;12500,00;SEK")
        .excelSv("payments.csv", PAYMENTS_HEADER, BORAS + ";2016;2016-03-15;1200,00;EUR");

    // when
    List<RefusedRecord> refusals = refusals();

    // then
    assertThat(refusals)
        .singleElement()
        .satisfies(
            refused(
                Payment.CURRENCY_MISMATCH,
                "payments.csv",
                2,
                5,
                "currency",
                "member " + BORAS + " owes its 2016 fee in SEK, not EUR"));
  }

  @Test
  void a_refused_import_names_its_refusals_in_its_message_with_file_and_line() {
    // given
    folder()
        .excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW)
        .excelSv("fees.csv", FEES_HEADER, SKOVDE + ";2016;9000;SEK");

    // when
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                consortium
                    .membership()
                    .importDataset(CsvDatasets.reader(CsvDialect.EXCEL_SV).readMembership(dir)));

    // then
    assertThat(thrown.getMessage())
        .contains("fees.csv line 2, column 1 (organisation_number): member: no member");
  }
}
