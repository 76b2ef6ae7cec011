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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.MemberBuilder.aMember;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.ValidationException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MemberTest {

  @Test
  void a_municipality_member_covers_exactly_itself() {
    assertThatThrownBy(() -> aMember().coveringMunicipalities("1496", "1495").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void a_federation_covers_two_or_more_municipalities() {
    assertThatThrownBy(() -> aMember().federationCovering("1460").build())
        .hasMessageContaining("two or more");
    assertThat(aMember().federationCovering("1460", "1438").build().covers()).hasSize(2);
  }

  @Test
  void an_unknown_municipality_code_is_refused() {
    assertThatThrownBy(() -> aMember().coveringMunicipalities("1409").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("1409")
        .extracting(e -> ((ValidationException) e).errors().get(0).code())
        .isEqualTo("unknown-municipality");
  }

  @Test
  void a_membership_cannot_end_before_it_starts() {
    assertThatThrownBy(
            () ->
                aMember().joined(LocalDate.of(2016, 5, 1)).left(LocalDate.of(2016, 4, 30)).build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).errors().get(0).field())
        .isEqualTo("left");
  }

  @Test
  void a_blank_name_is_refused() {
    assertThatThrownBy(() -> aMember().named("   ").build()).hasMessageContaining("name");
  }

  @Test
  void a_membership_overlaps_the_years_it_covers_a_day_of() {
    // given
    MembershipPeriod period =
        new MembershipPeriod(
            LocalDate.of(2014, 12, 31), java.util.Optional.of(LocalDate.of(2016, 1, 1)));

    // when / then
    assertThat(period.overlaps(Year.of(2013))).isFalse();
    assertThat(period.overlaps(Year.of(2014))).isTrue();
    assertThat(period.overlaps(Year.of(2016))).isTrue();
    assertThat(period.overlaps(Year.of(2017))).isFalse();
  }

  @Test
  void the_register_holds_290_municipalities_in_21_counties() {
    MunicipalityRegister sweden = MunicipalityRegister.sweden();
    assertThat(sweden.municipalities()).hasSize(290);
    assertThat(sweden.counties()).hasSize(21);
    assertThat(sweden.inCounty(new CountyCode("14"))).hasSize(49);
    assertThat(sweden.inCounty(new CountyCode("13"))).hasSize(6);
    assertThat(sweden.municipality(new MunicipalityCode("1496")).orElseThrow().name())
        .isEqualTo("Skövde");
    assertThat(sweden.county(new CountyCode("14")).orElseThrow().shortName())
        .isEqualTo("Västra Götaland");
  }
}
