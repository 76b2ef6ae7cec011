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
package se.westum.consortium.springhost;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.MembershipFigures;

/** One of the host's own endpoints, answering through the library's membership figures use case. */
@RestController
class MembershipFiguresController {

  private final Consortium consortium;

  MembershipFiguresController(Consortium consortium) {
    this.consortium = consortium;
  }

  /** The host's own JSON for the figures, written by Boot's Jackson 3. */
  record FiguresView(int year, int payingMembers, int municipalitiesCovered) {}

  @GetMapping("/host/members/figures/{year}")
  FiguresView figures(@PathVariable int year) {
    MembershipFigures figures = consortium.membership().figures(MembershipFiguresQuery.of(year));
    return new FiguresView(
        figures.year().getValue(), figures.payingMembers(), figures.municipalitiesCovered());
  }
}
