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
package se.westum.consortium.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.port.in.ChangeMemberCommand;
import se.westum.consortium.application.port.in.EndMembershipCommand;
import se.westum.consortium.application.port.in.RecordPaymentCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.County;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.membership.RegionCoverage;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Page;

/**
 * The JSON shapes of the API, as the OpenAPI document describes them. Money is written as an {@code
 * amount} string with two decimals (never a binary floating-point number) beside its ISO {@code
 * currency}. Request fields are boxed so a missing field reaches the core's validation as {@code
 * null} and is reported with the others.
 */
final class Representations {

  private Representations() {}

  // ---- requests

  record RegisterMemberJson(
      String organisationNumber,
      String name,
      MemberKind kind,
      List<String> coveredMunicipalities,
      LocalDate joined,
      LocalDate left) {

    RegisterMemberCommand toCommand() {
      return new RegisterMemberCommand(
          organisationNumber, name, kind, coveredMunicipalities, joined, left);
    }
  }

  record ChangeMemberJson(
      String name,
      MemberKind kind,
      List<String> coveredMunicipalities,
      LocalDate joined,
      LocalDate left,
      Long expectedVersion) {

    ChangeMemberCommand toCommand(String organisationNumber) {
      return new ChangeMemberCommand(
          organisationNumber, name, kind, coveredMunicipalities, joined, left, expectedVersion);
    }
  }

  record EndMembershipJson(LocalDate left) {

    EndMembershipCommand toCommand(String organisationNumber) {
      return new EndMembershipCommand(organisationNumber, left);
    }
  }

  record SetFeeJson(BigDecimal amount, String currency) {

    SetAnnualFeeCommand toCommand(String organisationNumber, Integer year) {
      return new SetAnnualFeeCommand(organisationNumber, year, amount, currency);
    }
  }

  record RecordPaymentJson(Integer year, LocalDate paidOn, BigDecimal amount, String currency) {

    RecordPaymentCommand toCommand(String organisationNumber) {
      return new RecordPaymentCommand(organisationNumber, year, paidOn, amount, currency);
    }
  }

  // ---- responses

  record MemberJson(
      String organisationNumber,
      String name,
      MemberKind kind,
      List<String> coveredMunicipalities,
      LocalDate joined,
      LocalDate left,
      long version) {

    static MemberJson of(Member member) {
      return new MemberJson(
          member.organisationNumber().value(),
          member.name(),
          member.kind(),
          member.covers().stream().map(MunicipalityCode::value).toList(),
          member.period().joined(),
          member.period().left().orElse(null),
          member.version());
    }
  }

  record MemberPageJson(List<MemberJson> items, int page, int size, long total) {

    static MemberPageJson of(Page<Member> page) {
      return new MemberPageJson(
          page.items().stream().map(MemberJson::of).toList(),
          page.page(),
          page.size(),
          page.total());
    }
  }

  record FeeJson(String organisationNumber, int year, String amount, String currency) {

    static FeeJson of(AnnualFee fee) {
      return new FeeJson(
          fee.member().value(),
          fee.year().getValue(),
          plain(fee.amount()),
          fee.amount().currency().getCurrencyCode());
    }
  }

  record PaymentJson(
      String organisationNumber, int year, LocalDate paidOn, String amount, String currency) {

    static PaymentJson of(Payment payment) {
      return new PaymentJson(
          payment.member().value(),
          payment.year().getValue(),
          payment.paidOn(),
          plain(payment.amount()),
          payment.amount().currency().getCurrencyCode());
    }
  }

  record FiguresJson(
      int year,
      int payingMembers,
      int municipalitiesCovered,
      CoverageJson coverage,
      List<UnpaidJson> unpaid) {

    static FiguresJson of(MembershipFigures figures) {
      return new FiguresJson(
          figures.year().getValue(),
          figures.payingMembers(),
          figures.municipalitiesCovered(),
          figures.coverage().map(CoverageJson::of).orElse(null),
          figures.unpaid().stream().map(UnpaidJson::of).toList());
    }
  }

  record CoverageJson(List<CountyJson> counties, int covered, int total, String percent) {

    static CoverageJson of(RegionCoverage coverage) {
      return new CoverageJson(
          coverage.counties().stream().map(CountyJson::of).toList(),
          coverage.covered(),
          coverage.total(),
          coverage.percent().value().toPlainString());
    }
  }

  record CountyJson(String code, String name, String shortName) {

    static CountyJson of(County county) {
      return new CountyJson(county.code().value(), county.name(), county.shortName());
    }
  }

  record UnpaidJson(String organisationNumber, String name, String rule, String reason) {

    static UnpaidJson of(MembershipFigures.MemberFinding finding) {
      return new UnpaidJson(
          finding.member().value(),
          finding.name(),
          finding.finding().rule(),
          finding.finding().reason());
    }
  }

  private static String plain(Money money) {
    return money.amount().toPlainString();
  }
}
