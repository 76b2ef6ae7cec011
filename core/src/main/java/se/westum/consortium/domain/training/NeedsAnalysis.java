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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * The needs analysis of a project at a date: the company visits and survey answers recorded up to
 * that day, their needs counted by topic and by sector, ranked by evidence: most needs first, then
 * the more pressing (lower sum of priorities), then by id so the order is stable.
 *
 * <p>Computed in one pass over the records (time linear in the records and their needs, plus
 * sorting the vocabulary), so a project with hundreds of thousands of visits is analysed quickly.
 *
 * @param project the project
 * @param at the day analysed: records dated later are left out
 * @param visits the company visits counted
 * @param surveyAnswers the survey answers counted
 * @param companies the distinct companies visited or answering
 * @param topics every topic, ranked
 * @param sectors every sector, ranked the same way
 */
public record NeedsAnalysis(
    ProjectId project,
    LocalDate at,
    int visits,
    int surveyAnswers,
    int companies,
    List<TopicEvidence> topics,
    List<SectorEvidence> sectors) {

  private static final Comparator<TopicEvidence> TOPIC_RANKING =
      Comparator.comparingInt(TopicEvidence::needs)
          .reversed()
          .thenComparingInt(TopicEvidence::prioritySum)
          .thenComparing(TopicEvidence::topic);

  private static final Comparator<SectorEvidence> SECTOR_RANKING =
      Comparator.comparingInt(SectorEvidence::needs)
          .reversed()
          .thenComparingInt(SectorEvidence::prioritySum)
          .thenComparing(SectorEvidence::sector);

  /** Requires every part. */
  public NeedsAnalysis {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(at, "at");
    topics = List.copyOf(topics);
    sectors = List.copyOf(sectors);
  }

  /**
   * Analyses the records of {@code vocabulary}'s project up to {@code at}; records of other
   * projects are left out.
   *
   * @param vocabulary the project's topics and sectors (names, and which sectors are selected)
   * @param at the day analysed
   * @param visits company visits, in any order
   * @param answers survey answers, in any order
   */
  public static NeedsAnalysis of(
      Vocabulary vocabulary,
      LocalDate at,
      Collection<CompanyVisit> visits,
      Collection<SurveyAnswer> answers) {
    Counting counting = new Counting(vocabulary);
    int visitCount = 0;
    for (CompanyVisit v : visits) {
      if (v.project().equals(vocabulary.project()) && !v.date().isAfter(at)) {
        visitCount++;
        counting.add(v.company().number(), v.sector(), v.needs());
      }
    }
    int answerCount = 0;
    for (SurveyAnswer a : answers) {
      if (a.project().equals(vocabulary.project()) && !a.date().isAfter(at)) {
        answerCount++;
        counting.add(a.company(), a.sector(), a.needs());
      }
    }
    return new NeedsAnalysis(
        vocabulary.project(),
        at,
        visitCount,
        answerCount,
        counting.companies.size(),
        counting.topics(),
        counting.sectors());
  }

  /** The evidence of {@code topic}, if the analysis has it. */
  public Optional<TopicEvidence> topic(TopicId topic) {
    return topics.stream().filter(t -> t.topic().equals(topic)).findFirst();
  }

  /** The place of {@code topic} in the ranking, 1 first; 0 when the analysis does not have it. */
  public int rank(TopicId topic) {
    for (int i = 0; i < topics.size(); i++) {
      if (topics.get(i).topic().equals(topic)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The focus areas of the project chosen by the analysis date, each with the evidence behind it:
   * one no recorded need backs is a violated {@link FocusAreaEvidence#RULE} finding.
   *
   * @param areas focus areas, in any order; those of other projects or chosen later are left out
   * @return in the order of the ranking
   */
  public List<FocusAreaEvidence> focusAreas(Collection<FocusArea> areas) {
    List<FocusAreaEvidence> shown = new ArrayList<>();
    Set<TopicId> seen = new HashSet<>();
    areas.stream()
        .filter(a -> a.project().equals(project) && !a.chosenOn().isAfter(at))
        .sorted(Comparator.comparing(FocusArea::chosenOn))
        .filter(a -> seen.add(a.topic()))
        .forEach(a -> shown.add(evidence(a)));
    shown.sort(
        Comparator.comparingInt(
                (FocusAreaEvidence e) -> e.rank() == 0 ? Integer.MAX_VALUE : e.rank())
            .thenComparing(e -> e.area().topic()));
    return List.copyOf(shown);
  }

  /** The topics of the focus areas (chosen by the analysis date) that recorded needs back. */
  public Set<TopicId> backedFocusAreas(Collection<FocusArea> areas) {
    Set<TopicId> backed = new TreeSet<>();
    focusAreas(areas).stream()
        .filter(FocusAreaEvidence::backed)
        .forEach(e -> backed.add(e.area().topic()));
    return backed;
  }

  private FocusAreaEvidence evidence(FocusArea area) {
    Optional<TopicEvidence> evidence = topic(area.topic());
    int needs = evidence.map(TopicEvidence::needs).orElse(0);
    int companies = evidence.map(TopicEvidence::companies).orElse(0);
    String name = evidence.map(TopicEvidence::name).orElse(area.topic().value());
    int rank = rank(area.topic());
    Finding backing =
        needs > 0
            ? Finding.satisfied(
                FocusAreaEvidence.RULE,
                name
                    + ": "
                    + needs
                    + (needs == 1 ? " need" : " needs")
                    + " at "
                    + companies
                    + (companies == 1 ? " company" : " companies")
                    + " by "
                    + at
                    + ", ranked "
                    + rank
                    + " of "
                    + topics.size())
            : Finding.violated(
                FocusAreaEvidence.RULE,
                name
                    + ": no recorded need backs it by "
                    + at
                    + " (chosen "
                    + area.chosenOn()
                    + ")");
    return new FocusAreaEvidence(area, name, needs, companies, rank, backing);
  }

  /** The counters of one analysis: every record adds in constant time per need. */
  private static final class Counting {
    private final Vocabulary vocabulary;
    private final Map<TopicId, int[]> topicCounts = new LinkedHashMap<>();
    private final Map<TopicId, Set<OrganisationNumber>> topicCompanies = new HashMap<>();
    private final Map<TopicId, Map<SectorId, Integer>> topicSectors = new HashMap<>();
    private final Map<SectorId, int[]> sectorCounts = new LinkedHashMap<>();
    private final Map<SectorId, Set<OrganisationNumber>> sectorCompanies = new HashMap<>();
    private final Set<OrganisationNumber> companies = new HashSet<>();

    Counting(Vocabulary vocabulary) {
      this.vocabulary = vocabulary;
      vocabulary.topics().forEach(t -> topicCounts.put(t.id(), new int[4]));
      vocabulary.sectors().forEach(s -> sectorCounts.put(s.id(), new int[2]));
    }

    void add(OrganisationNumber company, SectorId sector, List<Need> needs) {
      companies.add(company);
      int[] sectorCount = sectorCounts.computeIfAbsent(sector, s -> new int[2]);
      sectorCompanies.computeIfAbsent(sector, s -> new HashSet<>()).add(company);
      for (Need need : needs) {
        // [0] needs, [1..3] needs of each priority
        int[] count = topicCounts.computeIfAbsent(need.topic(), t -> new int[4]);
        count[0]++;
        count[need.priority()]++;
        topicCompanies.computeIfAbsent(need.topic(), t -> new HashSet<>()).add(company);
        topicSectors
            .computeIfAbsent(need.topic(), t -> new HashMap<>())
            .merge(sector, 1, Integer::sum);
        // [0] needs, [1] sum of priorities
        sectorCount[0]++;
        sectorCount[1] += need.priority();
      }
    }

    List<TopicEvidence> topics() {
      Map<TopicId, String> names = vocabulary.topicNames();
      List<TopicEvidence> evidence = new ArrayList<>(topicCounts.size());
      topicCounts.forEach(
          (topic, count) ->
              evidence.add(
                  new TopicEvidence(
                      topic,
                      names.getOrDefault(topic, topic.value()),
                      count[0],
                      topicCompanies.getOrDefault(topic, Set.of()).size(),
                      count[1],
                      count[2],
                      count[3],
                      topicSectors.getOrDefault(topic, Map.of()))));
      evidence.sort(TOPIC_RANKING);
      return evidence;
    }

    List<SectorEvidence> sectors() {
      List<SectorEvidence> evidence = new ArrayList<>(sectorCounts.size());
      sectorCounts.forEach(
          (sector, count) -> {
            Optional<Sector> known = vocabulary.sector(sector);
            evidence.add(
                new SectorEvidence(
                    sector,
                    known.map(Sector::name).orElse(sector.value()),
                    known.map(Sector::selected).orElse(false),
                    count[0],
                    sectorCompanies.getOrDefault(sector, Set.of()).size(),
                    count[1]));
          });
      evidence.sort(SECTOR_RANKING);
      return evidence;
    }
  }
}
