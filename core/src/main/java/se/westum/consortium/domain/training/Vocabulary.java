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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The need topics and sectors a project records its needs in, each with a display name; the sectors
 * the project has selected are the ones its trainings target.
 *
 * @param project the project
 * @param topics the need topics, each id once
 * @param sectors the sectors, each id once, no two with the same name (ignoring case)
 */
public record Vocabulary(ProjectId project, List<NeedTopic> topics, List<Sector> sectors) {

  /** A topic or sector id listed twice, or two sectors of the same name. */
  public static final String DUPLICATE_TERM = "duplicate-term";

  /** A sector that is not in the project's vocabulary. */
  public static final String UNKNOWN_SECTOR = "unknown-sector";

  /** A need topic that is not in the project's vocabulary. */
  public static final String UNKNOWN_TOPIC = "unknown-topic";

  /** Requires every part; refuses repeated ids and sector names. */
  public Vocabulary {
    Objects.requireNonNull(project, "project");
    topics = List.copyOf(topics);
    sectors = List.copyOf(sectors);
    if (topics.stream().map(NeedTopic::id).distinct().count() != topics.size()) {
      throw ValidationException.of("topics", DUPLICATE_TERM, "a need topic is listed once");
    }
    if (sectors.stream().map(Sector::id).distinct().count() != sectors.size()
        || sectors.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).distinct().count()
            != sectors.size()) {
      throw ValidationException.of(
          "sectors", DUPLICATE_TERM, "a sector is listed once, and no two sectors share a name");
    }
  }

  /** The topic with {@code id}, if the vocabulary has it. */
  public Optional<NeedTopic> topic(TopicId id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The sector with {@code id}, if the vocabulary has it. */
  public Optional<Sector> sector(SectorId id) {
    return sectors.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The sector a text names, by its id or its display name, ignoring case and surrounding space.
   */
  public Optional<Sector> sectorNamed(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return sectors.stream()
        .filter(
            s ->
                s.id().value().toLowerCase(Locale.ROOT).equals(wanted)
                    || s.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** The ids of the sectors the project has selected. */
  public Set<SectorId> selectedSectors() {
    Set<SectorId> selected = new TreeSet<>();
    sectors.stream().filter(Sector::selected).forEach(s -> selected.add(s.id()));
    return selected;
  }

  /** The display name of every topic, by id, in the vocabulary's order. */
  public Map<TopicId, String> topicNames() {
    Map<TopicId, String> names = new LinkedHashMap<>();
    topics.forEach(t -> names.put(t.id(), t.name()));
    return names;
  }

  /**
   * Refuses a sector outside the vocabulary.
   *
   * @param field the field that named it, for the error
   * @throws ValidationException with code {@link #UNKNOWN_SECTOR}
   */
  public Sector requireSector(String field, SectorId id) {
    return sector(id)
        .orElseThrow(
            () ->
                ValidationException.of(
                    field,
                    UNKNOWN_SECTOR,
                    "project "
                        + project
                        + " has no sector "
                        + Shown.value(id.value())
                        + "; its sectors are "
                        + sectors.stream().map(s -> s.id().value()).toList()));
  }

  /**
   * Refuses a topic outside the vocabulary.
   *
   * @param field the field that named it, for the error
   * @throws ValidationException with code {@link #UNKNOWN_TOPIC}
   */
  public NeedTopic requireTopic(String field, TopicId id) {
    return topic(id)
        .orElseThrow(
            () ->
                ValidationException.of(
                    field,
                    UNKNOWN_TOPIC,
                    "project "
                        + project
                        + " has no need topic "
                        + Shown.value(id.value())
                        + "; its topics are "
                        + topics.stream().map(t -> t.id().value()).toList()));
  }
}
