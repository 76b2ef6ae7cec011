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
package se.westum.consortium.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.domain.membership.MembershipPeriod;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.internal.Luhn;

/** Test data: {@code aMember().numbered(3).coveringMunicipalities("1496").build()}. */
public final class MemberBuilder {

  private OrganisationNumber number = organisationNumber(1);
  private String name = "Skövde kommun";
  private MemberKind kind = MemberKind.MUNICIPALITY;
  private List<String> covers = List.of("1496");
  private LocalDate joined = LocalDate.of(2010, 1, 1);
  private Optional<LocalDate> left = Optional.empty();

  private MemberBuilder() {}

  /** A municipality member (Skövde) that joined in 2010. */
  public static MemberBuilder aMember() {
    return new MemberBuilder();
  }

  /**
   * A valid Swedish organisation number of a public body, distinct for each {@code sequence}
   * (0..9999): {@code 21200S-SSSC} with a Luhn check digit C.
   */
  public static OrganisationNumber organisationNumber(int sequence) {
    String payload = "21200" + String.format("%04d", sequence);
    return OrganisationNumber.parse(payload + Luhn.checkDigit(payload));
  }

  /** With the {@code sequence}-th test organisation number. */
  public MemberBuilder numbered(int sequence) {
    this.number = organisationNumber(sequence);
    return this;
  }

  /** With this organisation number. */
  public MemberBuilder withNumber(OrganisationNumber number) {
    this.number = number;
    return this;
  }

  /** With this name. */
  public MemberBuilder named(String name) {
    this.name = name;
    return this;
  }

  /** A federation covering these municipalities. */
  public MemberBuilder federationCovering(String... codes) {
    this.kind = MemberKind.FEDERATION;
    this.covers = Arrays.asList(codes);
    return this;
  }

  /** Covering these municipalities, kind unchanged. */
  public MemberBuilder coveringMunicipalities(String... codes) {
    this.covers = Arrays.asList(codes);
    return this;
  }

  /** Of this kind. */
  public MemberBuilder ofKind(MemberKind kind) {
    this.kind = kind;
    return this;
  }

  /** Joined on this day. */
  public MemberBuilder joined(LocalDate joined) {
    this.joined = joined;
    return this;
  }

  /** Left on this day. */
  public MemberBuilder left(LocalDate left) {
    this.left = Optional.of(left);
    return this;
  }

  /** The member, version 0 (never stored). */
  public Member build() {
    return Member.newMember(
        number,
        name,
        kind,
        covers.stream().map(MunicipalityCode::new).toList(),
        new MembershipPeriod(joined, left));
  }
}
