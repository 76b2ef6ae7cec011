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
package se.westum.consortium.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.governance.EventKind;

/**
 * The events linked to no goal of the plan (events linked to a goal are in its section).
 *
 * @param events the events in date order
 */
public record EventsSection(List<Event> events) implements ReportSection {

  /** Copies the list. */
  public EventsSection {
    events = List.copyOf(events);
  }

  @Override
  public SectionId id() {
    return SectionId.EVENTS;
  }

  @Override
  public List<Figure> figures() {
    List<Figure> all = new ArrayList<>();
    events.forEach(e -> all.addAll(e.figures()));
    return List.copyOf(all);
  }

  /**
   * An event with its participants, counted and never named.
   *
   * @param event its id
   * @param kind its kind
   * @param name its name
   * @param start its first day
   * @param end its last day
   * @param place where
   * @param country ISO 3166 alpha-2
   * @param organiser who arranged it
   * @param participants how many took part (a recorded total, or the people recorded)
   * @param organisations how many organisations they came from, when recorded
   * @param byOrganisation participants per organisation, when recorded
   * @param byCountry participants per country, when recorded
   * @param distinctPeople the distinct people among the recorded participants, when recorded by
   *     person
   */
  public record Event(
      String event,
      EventKind kind,
      String name,
      LocalDate start,
      LocalDate end,
      String place,
      String country,
      String organiser,
      Figure participants,
      Optional<Figure> organisations,
      List<OrganisationCount> byOrganisation,
      List<CountryCount> byCountry,
      Optional<Figure> distinctPeople) {
    /** Requires the parts; copies the lists. */
    public Event {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(organiser, "organiser");
      Objects.requireNonNull(participants, "participants");
      Objects.requireNonNull(organisations, "organisations");
      byOrganisation = List.copyOf(byOrganisation);
      byCountry = List.copyOf(byCountry);
      Objects.requireNonNull(distinctPeople, "distinctPeople");
    }

    /** Every figure of the event. */
    public List<Figure> figures() {
      List<Figure> all = new ArrayList<>();
      all.add(participants);
      organisations.ifPresent(all::add);
      byOrganisation.forEach(o -> all.add(o.participants()));
      byCountry.forEach(c -> all.add(c.participants()));
      distinctPeople.ifPresent(all::add);
      return List.copyOf(all);
    }
  }

  /**
   * The participants from one organisation.
   *
   * @param organisation its name
   * @param country ISO 3166 alpha-2
   * @param participants how many
   */
  public record OrganisationCount(String organisation, String country, Figure participants) {
    /** Requires all parts. */
    public OrganisationCount {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(participants, "participants");
    }
  }

  /**
   * The participants from one country.
   *
   * @param country ISO 3166 alpha-2
   * @param participants how many
   */
  public record CountryCount(String country, Figure participants) {
    /** Requires both. */
    public CountryCount {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(participants, "participants");
    }
  }
}
