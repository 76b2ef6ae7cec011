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
package se.westum.consortium.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.domain.training.TrainingFixtures.CSR;
import static se.westum.consortium.domain.training.TrainingFixtures.KOBRA;
import static se.westum.consortium.domain.training.TrainingFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.domain.training.TrainingFixtures.VISITORS;
import static se.westum.consortium.domain.training.TrainingFixtures.company;
import static se.westum.consortium.domain.training.TrainingFixtures.vocabulary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SurveyRowTest {

  /** Easy Research's own Swedish column names. */
  private static SurveyMapping mapping() {
    Map<SurveyTarget, String> sources = new LinkedHashMap<>();
    sources.put(SurveyTarget.parse("id"), "Svars-ID");
    sources.put(SurveyTarget.parse("date"), "Inskickat");
    sources.put(SurveyTarget.parse("company_number"), "Organisationsnummer");
    sources.put(SurveyTarget.parse("sector"), "Bransch");
    sources.put(SurveyTarget.parse("employees"), "Antal anställda");
    sources.put(SurveyTarget.parse("topic:social-media"), "Behov: sociala medier");
    sources.put(SurveyTarget.parse("topic:csr-certification"), "Behov: CSR/miljöcertifiering");
    return new SurveyMapping(KOBRA, sources);
  }

  private static Map<String, String> row() {
    Map<String, String> row = new HashMap<>();
    row.put("Svars-ID", "ER-1001");
    row.put("Inskickat", "2016-09-14 10:23");
    row.put("Organisationsnummer", company(7).value());
    row.put("Bransch", "besöksNÄRING");
    row.put("Antal anställda", "23");
    row.put("Behov: sociala medier", "1");
    row.put("Behov: CSR/miljöcertifiering", "");
    row.put("Kommentar", "ignored, not mapped");
    return row;
  }

  @Test
  void a_row_becomes_an_answer_through_the_mapping() {
    // given
    Map<String, String> row = row();

    // when
    SurveyAnswer answer = SurveyRow.read(mapping(), vocabulary(), row);

    // then
    assertThat(answer)
        .isEqualTo(
            new SurveyAnswer(
                new SurveyAnswerId("ER-1001"),
                KOBRA,
                LocalDate.of(2016, 9, 14),
                company(7),
                VISITORS,
                23,
                List.of(new Need(SOCIAL_MEDIA, 1))));
    assertThat(answer.sizeClass()).isEqualTo(SizeClass.SMALL);
  }

  @Test
  void a_date_cell_may_carry_the_tools_time_but_nothing_else() {
    // given
    Map<String, String> timed = row();
    timed.put("Inskickat", "2016-09-14 07:00");
    Map<String, String> trailing = row();
    trailing.put("Inskickat", "2016-09-14 07:00\u0000");

    // when
    SurveyAnswer answer = SurveyRow.read(mapping(), vocabulary(), timed);

    // then
    assertThat(answer.date()).isEqualTo(LocalDate.of(2016, 9, 14));
    assertThatThrownBy(() -> SurveyRow.read(mapping(), vocabulary(), trailing))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Inskickat", SurveyRow.INVALID_DATE)));
  }

  @Test
  void the_sector_cell_may_hold_the_sectors_id() {
    // given
    Map<String, String> row = row();
    row.put("Bransch", "visitor-industry");
    row.put("Behov: CSR/miljöcertifiering", "3");

    // when
    SurveyAnswer answer = SurveyRow.read(mapping(), vocabulary(), row);

    // then
    assertThat(answer.sector()).isEqualTo(VISITORS);
    assertThat(answer.needs()).containsExactly(new Need(SOCIAL_MEDIA, 1), new Need(CSR, 3));
  }

  @Test
  void every_bad_cell_is_reported_by_its_source_column() {
    // given
    Map<String, String> row = row();
    row.put("Inskickat", "14/9/2016");
    row.put("Bransch", "Gruvdrift");
    row.put("Antal anställda", "många");
    row.put("Behov: sociala medier", "4");
    row.put("Organisationsnummer", "212000-1794");

    // when / then
    assertThatThrownBy(() -> SurveyRow.read(mapping(), vocabulary(), row))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Inskickat", SurveyRow.INVALID_DATE),
                        org.assertj.core.groups.Tuple.tuple(
                            "Organisationsnummer", "invalid-organisation-number"),
                        org.assertj.core.groups.Tuple.tuple("Bransch", Vocabulary.UNKNOWN_SECTOR),
                        org.assertj.core.groups.Tuple.tuple(
                            "Antal anställda", SurveyRow.INVALID_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(
                            "Behov: sociala medier", Need.INVALID_PRIORITY)));
  }

  @Test
  void a_required_empty_cell_and_a_missing_column_are_reported() {
    // given
    Map<String, String> row = row();
    row.put("Svars-ID", " ");
    row.remove("Behov: CSR/miljöcertifiering");

    // when / then
    assertThatThrownBy(() -> SurveyRow.read(mapping(), vocabulary(), row))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Svars-ID", SurveyRow.EMPTY_CELL),
                        org.assertj.core.groups.Tuple.tuple(
                            "Behov: CSR/miljöcertifiering", SurveyRow.MISSING_COLUMN)));
  }

  @Test
  void a_mapping_names_the_five_answer_fields() {
    // given
    Map<SurveyTarget, String> sources = new LinkedHashMap<>();
    sources.put(SurveyTarget.parse("id"), "Svars-ID");
    sources.put(SurveyTarget.parse("date"), "Inskickat");

    // when / then
    assertThatThrownBy(() -> new SurveyMapping(KOBRA, sources))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors().get(0).code()).isEqualTo(SurveyMapping.MISSING_TARGET);
              assertThat(e.errors().get(0).message()).endsWith("company_number, sector, employees");
            });
  }

  @Test
  void a_mapping_reads_one_target_per_column() {
    Map<SurveyTarget, String> sources = new LinkedHashMap<>(mapping().sources());
    sources.put(SurveyTarget.parse("topic:labour-law"), "Bransch");
    assertThatThrownBy(() -> new SurveyMapping(KOBRA, sources))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(SurveyMapping.DUPLICATE_SOURCE));
  }

  @Test
  void a_target_is_one_of_the_known_ones() {
    assertThat(SurveyTarget.parse("topic:social-media").written()).isEqualTo("topic:social-media");
    assertThat(SurveyTarget.parse("company_number").field())
        .isEqualTo(SurveyTarget.Field.COMPANY_NUMBER);
    assertThatThrownBy(() -> SurveyTarget.parse("comment"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(SurveyTarget.INVALID_TARGET));
  }

  @Test
  void a_mapping_naming_a_topic_outside_the_vocabulary_is_refused() {
    Map<SurveyTarget, String> sources = new LinkedHashMap<>(mapping().sources());
    sources.put(SurveyTarget.parse("topic:astrology"), "Behov: astrologi");
    SurveyMapping mapping = new SurveyMapping(KOBRA, sources);
    assertThatThrownBy(() -> mapping.checkAgainst(vocabulary()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Vocabulary.UNKNOWN_TOPIC));
  }
}
