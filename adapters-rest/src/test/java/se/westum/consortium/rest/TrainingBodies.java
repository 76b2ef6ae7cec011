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

import java.util.List;
import java.util.Optional;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.TrainingStorageFixtures;

/**
 * Kobra for the training routes: partner {@code KOBRA-OWN} is the {@code MEMBER} key's own
 * organisation, {@code KOBRA-OTHER} another member; broker {@code KM-OWN} works for the first,
 * {@code KM-OTHER} for the second; the vocabulary and the board decision {@code B2016-07§1} are
 * stored.
 */
final class TrainingBodies {

  static final String OWN_PARTNER = "KOBRA-OWN";
  static final String OTHER_PARTNER = "KOBRA-OTHER";

  private TrainingBodies() {}

  static Storage kobra() {
    Storage storage = TrainingStorageFixtures.withKobra(new InMemoryStorage());
    storage.partners().save(memberPartner(OWN_PARTNER, "Egen kommun", TestApi.OWN));
    storage.partners().save(memberPartner(OTHER_PARTNER, "Annan kommun", TestApi.OTHER));
    storage.vocabularies().saveAll(List.of(TrainingStorageFixtures.vocabulary()));
    storage
        .brokers()
        .saveAll(List.of(broker("KM-OWN", OWN_PARTNER), broker("KM-OTHER", OTHER_PARTNER)));
    return storage;
  }

  private static Partner memberPartner(String id, String name, String member) {
    return new Partner(
        new PartnerId(id),
        TrainingStorageFixtures.KOBRA,
        name,
        new NationalId("SE", member),
        PartnerRole.PARTNER,
        Optional.of(OrganisationNumber.parse(member)),
        false);
  }

  private static CompetenceBroker broker(String id, String partner) {
    CompetenceBroker base = TrainingStorageFixtures.broker(id, null);
    return new CompetenceBroker(
        base.id(),
        base.project(),
        new PartnerId(partner),
        base.person(),
        base.started(),
        base.ended());
  }

  /** A visit by {@code broker} on 2016-03-01 to a company of 12 with a social-media need. */
  static String visit(String broker) {
    return "{\"project\":\"KOBRA\",\"broker\":\""
        + broker
        + "\",\"date\":\"2016-03-01\",\"companyNumber\":\""
        + TrainingStorageFixtures.company(1).value()
        + "\",\"companyName\":\"Företag 1 AB\",\"sector\":\"industrial-technology\","
        + "\"employees\":12,\"advice\":\"Kurs i sociala medier\","
        + "\"needs\":[{\"topic\":\"social-media\",\"priority\":1}]}";
  }

  /** A needs-based training on social media delivered by {@code partner}. */
  static String training(String partner) {
    return "{\"project\":\"KOBRA\",\"title\":\"Sociala medier för företag\","
        + "\"kind\":\"NEEDS_BASED\",\"topics\":[\"social-media\"],"
        + "\"targetSectors\":[\"industrial-technology\"],\"targetSizes\":[\"MICRO\",\"SMALL\"],"
        + "\"partner\":\""
        + partner
        + "\",\"mode\":\"ON_SITE\",\"transnational\":false,\"plannedOn\":\"2017-03-15\"}";
  }

  static final String DECISION = "{\"decision\":\"B2016-07§1\"}";

  static final String DELIVERY =
      "{\"deliveredOn\":\"2017-03-15\",\"participants\":"
          + "[{\"organisation\":\"Egen kommun\",\"country\":\"SE\",\"count\":14}]}";
}
