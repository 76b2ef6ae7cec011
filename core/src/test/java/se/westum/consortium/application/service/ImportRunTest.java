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
package se.westum.consortium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.westum.consortium.testing.MemberBuilder.aMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.Dataset;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.SourceLocation;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.testing.InMemoryStorage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportRunTest {

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Dataset dataset = new Dataset() {};

  private static Saved allNew(List<?> batch) {
    return new Saved(batch.size(), 0, 0);
  }

  private static Stream<String> ids(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "R-" + i);
  }

  @Test
  void accepted_records_are_saved_in_batches_of_5000_and_counted_per_kind() {
    // given
    List<Integer> batches = new ArrayList<>();

    // when
    ImportSummary summary =
        ImportRun.run(
            storage.transactions(),
            dataset,
            run ->
                run.kind(
                    "goal",
                    ids(12_345),
                    id -> id,
                    id -> {},
                    batch -> {
                      batches.add(batch.size());
                      return new Saved(batch.size() - 1, 1, 0);
                    }));

    // then
    assertThat(batches).containsExactly(5_000, 5_000, 2_345);
    assertThat(summary.kinds()).containsExactly(new ImportSummary.Kind("goal", 12_342, 3, 0));
  }

  @Test
  void an_id_given_twice_is_refused_at_its_second_place() {
    // when
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                ImportRun.run(
                    storage.transactions(),
                    dataset,
                    run ->
                        run.kind(
                            "event",
                            Stream.of("A", "B", "A"),
                            id -> id,
                            id -> {},
                            ImportRunTest::allNew)));

    // then
    assertThat(thrown.refused())
        .containsExactly(
            new RefusedRecord(
                "event",
                3,
                "A",
                "",
                ImportRun.DUPLICATE_ID,
                "event A is given more than once",
                Optional.empty()));
  }

  @Test
  void the_first_100_refusals_are_listed_and_the_rest_counted() {
    // when
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                ImportRun.run(
                    storage.transactions(),
                    dataset,
                    run ->
                        run.kind(
                            "goal",
                            ids(150),
                            id -> id,
                            id -> {
                              throw new DomainException("some-rule", "breaks the rule: " + id);
                            },
                            ImportRunTest::allNew)));

    // then
    assertThat(thrown.refused()).hasSize(RecordsRefusedException.MAX);
    assertThat(thrown.more()).isEqualTo(50);
    assertThat(thrown.refused().get(99).id()).isEqualTo("R-100");
    assertThat(thrown.getMessage())
        .startsWith("the import was refused, nothing was written (150 problems):\n")
        .endsWith("\nand 50 more");
  }

  @Test
  void a_record_breaking_several_field_rules_is_refused_once_per_field() {
    // when
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                ImportRun.run(
                    storage.transactions(),
                    dataset,
                    run ->
                        run.kind(
                            "meeting",
                            Stream.of("M-1"),
                            id -> id,
                            id -> {
                              throw new ValidationException(
                                  List.of(
                                      new FieldError("place", "control-character", "a NUL"),
                                      new FieldError("dates", "year-out-of-range", "year 0")));
                            },
                            ImportRunTest::allNew)));

    // then
    assertThat(thrown.refused())
        .extracting(RefusedRecord::field, RefusedRecord::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("place", "control-character"),
            org.assertj.core.groups.Tuple.tuple("dates", "year-out-of-range"));
  }

  @Test
  void a_missing_reference_names_its_field() {
    // when
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                ImportRun.run(
                    storage.transactions(),
                    dataset,
                    run ->
                        run.kind(
                            "mobility",
                            Stream.of("M-1"),
                            id -> id,
                            id -> {
                              throw new MissingReferenceException(
                                  "sendingMember", "member", "212000-1017");
                            },
                            ImportRunTest::allNew)));

    // then
    assertThat(thrown.refused().get(0).field()).isEqualTo("sendingMember");
    assertThat(thrown.refused().get(0).code()).isEqualTo(MissingReferenceException.CODE);
  }

  @Test
  void a_refusal_in_a_later_kind_rolls_back_what_earlier_kinds_saved() {
    // given
    List<Member> members = List.of(aMember().numbered(1).build(), aMember().numbered(2).build());

    // when
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                ImportRun.run(
                    storage.transactions(),
                    dataset,
                    run -> {
                      run.kind(
                          "member",
                          members.stream(),
                          m -> m.organisationNumber().value(),
                          m -> {},
                          storage.members()::saveAll);
                      assertThat(storage.memberCount()).as("saved within the run").isEqualTo(2);
                      run.kind(
                          "fee",
                          Stream.of("F-1"),
                          id -> id,
                          id -> {
                            throw new DomainException("some-rule", "refused");
                          },
                          ImportRunTest::allNew);
                    }));

    // then
    assertThat(thrown).isNotNull();
    assertThat(storage.memberCount()).isZero();
  }

  @Test
  void the_dataset_places_the_refusals_it_can() {
    // given
    SourceLocation where = new SourceLocation("goals.csv", 4, 2, "title");
    Dataset located =
        new Dataset() {
          @Override
          public List<RefusedRecord> locate(List<RefusedRecord> refused) {
            return refused.stream().map(r -> r.at(where)).toList();
          }
        };

    // when
    RecordsRefusedException thrown =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () ->
                ImportRun.run(
                    storage.transactions(),
                    located,
                    run ->
                        run.kind(
                            "goal",
                            Stream.of("G-1"),
                            id -> id,
                            id -> {
                              throw new DomainException("some-rule", "refused");
                            },
                            ImportRunTest::allNew)));

    // then
    assertThat(thrown.refused().get(0).location()).contains(where);
    assertThat(thrown.getMessage())
        .contains("goals.csv line 4, column 2 (title): refused [some-rule]");
  }
}
