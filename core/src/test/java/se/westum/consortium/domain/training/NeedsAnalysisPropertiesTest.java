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

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static se.westum.consortium.domain.training.TrainingFixtures.vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** Laws of the needs analysis: its counts are the records', whatever their order. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NeedsAnalysisPropertiesTest {

  private static final List<NeedTopic> TOPICS = vocabulary().topics();
  private static final List<Sector> SECTORS = vocabulary().sectors();
  private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
  private static final LocalDate AT = LocalDate.of(2016, 12, 31);

  /** A visit on one of 500 days around the date analysed, at one of 40 companies. */
  private static Gen<CompanyVisit> visits() {
    return integers()
        .between(0, 499)
        .zip(
            integers().between(1, 40),
            integers().between(0, SECTORS.size() - 1),
            integers().between(0, (1 << TOPICS.size()) - 1),
            (day, company, sector, topics) ->
                TrainingFixtures.visit(
                    "V" + day + "-" + company + "-" + topics,
                    FIRST.plusDays(day),
                    company,
                    SECTORS.get(sector).id(),
                    company * 7,
                    needs(topics, day)));
  }

  private static Need[] needs(int topicBits, int seed) {
    List<Need> needs = new ArrayList<>();
    for (int i = 0; i < TOPICS.size(); i++) {
      if ((topicBits & (1 << i)) != 0) {
        needs.add(new Need(TOPICS.get(i).id(), 1 + (seed + i) % 3));
      }
    }
    return needs.toArray(Need[]::new);
  }

  @Test
  void the_counts_equal_the_records_whatever_their_order() {
    qt().withExamples(200)
        .forAll(lists().of(visits()).ofSizeBetween(0, 60), integers().all())
        .check(
            (visits, seed) -> {
              // given the same records in another order
              List<CompanyVisit> shuffled = new ArrayList<>(visits);
              Collections.shuffle(shuffled, new Random(seed));

              // when
              NeedsAnalysis analysis = NeedsAnalysis.of(vocabulary(), AT, visits, List.of());
              NeedsAnalysis again = NeedsAnalysis.of(vocabulary(), AT, shuffled, List.of());

              // then the analysis is the same and its counts are the records'
              List<CompanyVisit> counted =
                  visits.stream().filter(v -> !v.date().isAfter(AT)).toList();
              Set<OrganisationNumber> companies = new HashSet<>();
              counted.forEach(v -> companies.add(v.company().number()));
              boolean topicsAgree =
                  TOPICS.stream()
                      .allMatch(
                          t -> {
                            List<CompanyVisit> naming =
                                counted.stream()
                                    .filter(
                                        v ->
                                            v.needs().stream()
                                                .anyMatch(n -> n.topic().equals(t.id())))
                                    .toList();
                            TopicEvidence e = analysis.topic(t.id()).orElseThrow();
                            return e.needs() == naming.size()
                                && e.companies()
                                    == naming.stream()
                                        .map(v -> v.company().number())
                                        .distinct()
                                        .count()
                                && e.bySector().values().stream().mapToInt(Integer::intValue).sum()
                                    == e.needs();
                          });
              int allNeeds = counted.stream().mapToInt(v -> v.needs().size()).sum();
              return analysis.equals(again)
                  && analysis.visits() == counted.size()
                  && analysis.companies() == companies.size()
                  && topicsAgree
                  && analysis.sectors().stream().mapToInt(SectorEvidence::needs).sum() == allNeeds;
            });
  }

  @Test
  void the_ranking_never_puts_a_topic_with_fewer_needs_first() {
    qt().withExamples(200)
        .forAll(lists().of(visits()).ofSizeBetween(0, 60))
        .check(
            visits -> {
              List<TopicEvidence> topics =
                  NeedsAnalysis.of(vocabulary(), AT, visits, List.of()).topics();
              for (int i = 1; i < topics.size(); i++) {
                if (topics.get(i - 1).needs() < topics.get(i).needs()) {
                  return false;
                }
              }
              return true;
            });
  }
}
