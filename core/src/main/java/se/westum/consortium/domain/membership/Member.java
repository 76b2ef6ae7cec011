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
package se.westum.consortium.domain.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * An organisation that is a member of the consortium and pays its annual fee: a municipality, or a
 * federation or other joint body that covers several municipalities.
 *
 * @param organisationNumber the member's identity (natural key)
 * @param name the organisation's name: one line without control characters, 1 to {@link
 *     Limits#NAME} characters (see {@link Texts})
 * @param kind what kind of organisation it is
 * @param covers the municipalities it covers: exactly itself for a municipality, two or more for a
 *     federation, one or more otherwise; every code exists in the {@link MunicipalityRegister}
 * @param period when it was a member
 * @param version optimistic-lock version, 0 for a member never stored
 */
public record Member(
    OrganisationNumber organisationNumber,
    String name,
    MemberKind kind,
    SortedSet<MunicipalityCode> covers,
    MembershipPeriod period,
    long version) {

  /** The longest name accepted ({@link Limits#NAME}). */
  public static final int MAX_NAME_LENGTH = Limits.NAME;

  /** A member registered under an organisation number that is taken. */
  public static final String DUPLICATE = "duplicate-member";

  /** A negative version. */
  public static final String INVALID_VERSION = "invalid-version";

  /** A covered municipality code that no Swedish municipality has. */
  public static final String UNKNOWN_MUNICIPALITY = "unknown-municipality";

  /** A number of covered municipalities that does not fit the member's kind. */
  public static final String COVERAGE_DOES_NOT_FIT_KIND = "coverage-does-not-fit-kind";

  /** Enforces the invariants above. */
  public Member {
    Objects.requireNonNull(organisationNumber, "organisationNumber");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(covers, "covers");
    Objects.requireNonNull(period, "period");
    name = Texts.required("name", Objects.requireNonNull(name, "name"), Limits.NAME);
    if (version < 0) {
      throw ValidationException.of("version", INVALID_VERSION, "a version is 0 or more");
    }
    covers = Collections.unmodifiableSortedSet(new TreeSet<>(covers));
    checkCoverage(kind, covers);
  }

  /** A new member, not yet stored (version 0). */
  public static Member newMember(
      OrganisationNumber organisationNumber,
      String name,
      MemberKind kind,
      Collection<MunicipalityCode> covers,
      MembershipPeriod period) {
    return new Member(organisationNumber, name, kind, new TreeSet<>(covers), period, 0);
  }

  /** This member with another name, kind, coverage and period; identity and version stay. */
  public Member changedTo(
      String name, MemberKind kind, Collection<MunicipalityCode> covers, MembershipPeriod period) {
    return new Member(organisationNumber, name, kind, new TreeSet<>(covers), period, version);
  }

  /** This member, its membership ended on {@code lastDay}. */
  public Member endedOn(LocalDate lastDay) {
    return new Member(organisationNumber, name, kind, covers, period.endedOn(lastDay), version);
  }

  /** Whether this member holds the same data as {@code other}, whatever their versions. */
  public boolean sameAs(Member other) {
    return withVersion(0).equals(other.withVersion(0));
  }

  /** This member as stored with {@code newVersion}. */
  public Member withVersion(long newVersion) {
    return new Member(organisationNumber, name, kind, covers, period, newVersion);
  }

  private static void checkCoverage(MemberKind kind, SortedSet<MunicipalityCode> covers) {
    MunicipalityRegister register = MunicipalityRegister.sweden();
    for (MunicipalityCode code : covers) {
      if (!register.contains(code)) {
        throw ValidationException.of(
            "coveredMunicipalities",
            UNKNOWN_MUNICIPALITY,
            "no Swedish municipality has the code " + code);
      }
    }
    int min = kind == MemberKind.FEDERATION ? 2 : 1;
    int max = kind == MemberKind.MUNICIPALITY ? 1 : Integer.MAX_VALUE;
    if (covers.size() < min || covers.size() > max) {
      String expected =
          switch (kind) {
            case MUNICIPALITY -> "a municipality covers exactly one municipality, itself";
            case FEDERATION -> "a federation covers two or more municipalities";
            case OTHER -> "a member covers at least one municipality";
          };
      throw ValidationException.of(
          "coveredMunicipalities", COVERAGE_DOES_NOT_FIT_KIND, expected + ", not " + covers.size());
    }
  }
}
