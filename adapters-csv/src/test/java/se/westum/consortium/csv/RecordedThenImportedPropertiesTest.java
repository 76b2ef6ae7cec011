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
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.port.in.RecordPaymentCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * What the record use cases accept always exports and re-imports: any members, fees and payments
 * that {@code registerMember}, {@code setAnnualFee} and {@code recordPayment} accepted, exported to
 * CSV in either dialect and imported into an empty store, give the same records and the same
 * membership figures.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordedThenImportedPropertiesTest {

  private static final Set<String> WEST_SWEDEN = Set.of("13", "14");

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void accepted_records_exported_and_imported_into_an_empty_store_are_the_same(CsvDialect dialect) {
    qt().withExamples(60)
        .forAll(ExportImportRoundTripPropertiesTest.datasets())
        .checkAssert(
            generated -> {
              // given what the record use cases accepted
              Consortium recorded = Consortium.builder().storage(new InMemoryStorage()).build();
              record(recorded, generated);
              Path folder = fresh(dialect);

              // when
              write(CsvDatasets.writer(dialect), recorded.membership().export(), folder);
              Consortium imported = Consortium.builder().storage(new InMemoryStorage()).build();
              imported
                  .membership()
                  .importDataset(CsvDatasets.reader(dialect).readMembership(folder));

              // then
              MembershipDataset before = recorded.membership().export();
              MembershipDataset after = imported.membership().export();
              assertThat(all(after.members())).isEqualTo(all(before.members()));
              assertThat(all(after.fees())).isEqualTo(all(before.fees()));
              assertThat(all(after.payments())).isEqualTo(all(before.payments()));
              for (int year : years(generated)) {
                MembershipFiguresQuery query = new MembershipFiguresQuery(year, WEST_SWEDEN);
                MembershipFigures expected = recorded.membership().figures(query);
                assertThat(imported.membership().figures(query)).isEqualTo(expected);
              }
            });
  }

  /** Records every generated record through its use case; a refused one is left out. */
  private static void record(
      Consortium consortium, ExportImportRoundTripPropertiesTest.Records records) {
    for (Member m : records.members()) {
      accepted(
          () ->
              consortium
                  .membership()
                  .register(
                      new RegisterMemberCommand(
                          m.organisationNumber().value(),
                          m.name(),
                          m.kind(),
                          m.covers().stream().map(MunicipalityCode::value).toList(),
                          m.period().joined(),
                          m.period().left().orElse(null))));
    }
    for (AnnualFee f : records.fees()) {
      accepted(
          () ->
              consortium
                  .membership()
                  .setFee(
                      new SetAnnualFeeCommand(
                          f.member().value(),
                          f.year().getValue(),
                          f.amount().amount(),
                          f.amount().currency().getCurrencyCode())));
    }
    for (Payment p : records.payments()) {
      accepted(
          () ->
              consortium
                  .membership()
                  .recordPayment(
                      new RecordPaymentCommand(
                          p.member().value(),
                          p.year().getValue(),
                          p.paidOn(),
                          p.amount().amount(),
                          p.amount().currency().getCurrencyCode())));
    }
  }

  private static void accepted(Runnable useCase) {
    try {
      useCase.run();
    } catch (DomainException refused) {
      // the property is about what was accepted
    }
  }

  private static Set<Integer> years(ExportImportRoundTripPropertiesTest.Records records) {
    Set<Integer> years = new TreeSet<>(List.of(2016));
    records.fees().forEach(f -> years.add(f.year().getValue()));
    records.payments().forEach(p -> years.add(p.year().getValue()));
    records.members().forEach(m -> years.add(m.period().joined().getYear()));
    records.members().stream()
        .flatMap(m -> m.period().left().stream())
        .map(LocalDate::getYear)
        .forEach(years::add);
    return years;
  }

  private Path fresh(CsvDialect dialect) {
    Path folder = dir.resolve(dialect.cliName());
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(CsvDatasetWriter writer, MembershipDataset dataset, Path folder) {
    try {
      writer.writeMembership(dataset, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }
}
