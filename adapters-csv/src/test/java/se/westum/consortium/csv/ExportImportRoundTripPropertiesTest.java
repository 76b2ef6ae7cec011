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
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipPeriod;
import se.westum.consortium.domain.membership.Municipality;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.testing.MemberBuilder;

/** The law of the adapter: export, then import, gives back the same data, in both dialects. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportImportRoundTripPropertiesTest {

  /**
   * Characters that break naive CSV and spreadsheets, and Swedish letters (a name is one line: no
   * tab or line break).
   */
  private static final List<Character> TRICKY =
      "aZ9 \"';,|=+-@#åäöÅÄÖé€".chars().mapToObj(c -> (char) c).collect(Collectors.toList());

  private static final List<String> CODES =
      MunicipalityRegister.sweden().municipalities().stream()
          .map(Municipality::code)
          .map(MunicipalityCode::value)
          .toList();

  private static final List<String> CURRENCIES = List.of("SEK", "EUR", "NOK", "DKK");
  private static final long FIRST_DAY = LocalDate.of(1990, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2030, 12, 31).toEpochDay();

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void export_then_import_gives_back_the_same_members_fees_and_payments(CsvDialect dialect) {
    CsvDatasetWriter writer = CsvDatasets.writer(dialect);
    CsvDatasetReader reader = CsvDatasets.reader(dialect);
    Path folder = dir.resolve(dialect.cliName());
    qt().withExamples(150)
        .forAll(datasets())
        .checkAssert(
            written -> {
              // given
              MembershipDataset dataset =
                  new InMemoryDataset(written.members(), written.fees(), written.payments());

              // when
              write(writer, dataset, folder);
              MembershipDataset read = reader.readMembership(folder);

              // then
              assertThat(all(read.members())).isEqualTo(written.members());
              assertThat(all(read.fees())).isEqualTo(written.fees());
              assertThat(all(read.payments())).isEqualTo(written.payments());
            });
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

  /** Generated records; the lists keep the order they are written in. */
  record Records(List<Member> members, List<AnnualFee> fees, List<Payment> payments) {}

  private record MemberParts(
      String name, MemberKind kind, List<String> codes, long joined, Optional<Integer> days) {}

  private record AmountParts(int member, int year, long day, long cents, String currency) {}

  static Gen<Records> datasets() {
    Gen<List<MemberParts>> members = lists().of(memberParts()).ofSizeBetween(1, 6);
    Gen<List<AmountParts>> amounts = lists().of(amountParts()).ofSizeBetween(0, 8);
    return members.zip(amounts, amounts, ExportImportRoundTripPropertiesTest::records);
  }

  private static Gen<String> names() {
    Gen<String> prefix = Generate.pick(List.of("", "", "=", "+", "-", "@", "'", "'=", "\""));
    Gen<String> body =
        lists()
            .of(Generate.pick(TRICKY))
            .ofSizeBetween(1, 25)
            .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    // the core strips names; generate them stripped so they compare equal
    return prefix.zip(body, (p, b) -> (p + b).strip()).assuming(n -> !n.isEmpty());
  }

  private static Gen<MemberParts> memberParts() {
    return names()
        .zip(
            Generate.enumValues(MemberKind.class),
            lists().of(Generate.pick(CODES)).ofSizeBetween(1, 4),
            longs().between(FIRST_DAY, LAST_DAY),
            integers().between(0, 5000).toOptionals(50),
            MemberParts::new);
  }

  private static Gen<AmountParts> amountParts() {
    return integers()
        .between(0, 5)
        .zip(
            integers().between(1990, 2030),
            longs().between(FIRST_DAY, LAST_DAY),
            longs().between(1, 9_999_999_999L),
            Generate.pick(CURRENCIES),
            AmountParts::new);
  }

  private static Records records(
      List<MemberParts> parts, List<AmountParts> feeParts, List<AmountParts> paymentParts) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      members.add(member(MemberBuilder.organisationNumber(i + 1), parts.get(i)));
    }
    Map<String, AnnualFee> fees = new LinkedHashMap<>();
    for (AmountParts p : feeParts) {
      OrganisationNumber member = members.get(p.member() % members.size()).organisationNumber();
      // amounts from 0.00; the natural key (member, year) is unique in a dataset
      Money amount = Money.of(BigDecimal.valueOf(p.cents() - 1, 2), p.currency());
      fees.putIfAbsent(member + "/" + p.year(), new AnnualFee(member, Year.of(p.year()), amount));
    }
    Map<String, Payment> payments = new LinkedHashMap<>();
    for (AmountParts p : paymentParts) {
      OrganisationNumber member = members.get(p.member() % members.size()).organisationNumber();
      // a payment is in its fee's currency when the fee is in the dataset
      String currency =
          Optional.ofNullable(fees.get(member + "/" + p.year()))
              .map(f -> f.amount().currency().getCurrencyCode())
              .orElse(p.currency());
      Payment payment =
          new Payment(
              member,
              Year.of(p.year()),
              LocalDate.ofEpochDay(p.day()),
              Money.of(BigDecimal.valueOf(p.cents(), 2), currency));
      payments.putIfAbsent(
          member + "/" + p.year() + "/" + p.day() + "/" + payment.amount().amount(), payment);
    }
    return new Records(members, List.copyOf(fees.values()), List.copyOf(payments.values()));
  }

  private static Member member(OrganisationNumber number, MemberParts parts) {
    TreeSet<MunicipalityCode> covers = new TreeSet<>();
    parts.codes().forEach(c -> covers.add(new MunicipalityCode(c)));
    if (parts.kind() == MemberKind.MUNICIPALITY) {
      covers.retainAll(List.of(covers.first()));
    } else if (parts.kind() == MemberKind.FEDERATION && covers.size() < 2) {
      covers.add(
          new MunicipalityCode(covers.contains(new MunicipalityCode("1496")) ? "1490" : "1496"));
    }
    LocalDate joined = LocalDate.ofEpochDay(parts.joined());
    MembershipPeriod period =
        new MembershipPeriod(joined, parts.days().map(d -> joined.plusDays(d)));
    return Member.newMember(number, parts.name(), parts.kind(), covers, period);
  }
}
