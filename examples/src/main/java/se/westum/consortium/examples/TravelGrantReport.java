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
package se.westum.consortium.examples;

import java.io.PrintWriter;
import se.westum.consortium.application.port.in.TravelGrantQuery;
import se.westum.consortium.domain.mobility.TravelBand;
import se.westum.consortium.domain.mobility.TravelGrant;
import se.westum.consortium.rest.ApiJson;

/** The travel grant of one trip, as text for people or JSON for programs. */
final class TravelGrantReport implements Report {

  private static final String LABEL = "  %-13s %s%n";

  private final TravelGrantQuery query;
  private final TravelGrant grant;

  private TravelGrantReport(TravelGrantQuery query, TravelGrant grant) {
    this.query = query;
    this.grant = grant;
  }

  /** A report of the {@code grant} found for {@code query}. */
  static TravelGrantReport of(TravelGrantQuery query, TravelGrant grant) {
    return new TravelGrantReport(query, grant);
  }

  /** The grant as aligned text lines. */
  @Override
  public void printText(PrintWriter out) {
    out.println(
        "Travel grant, call year "
            + grant.callYear()
            + (query.green() ? ", green travel" : ", standard travel"));
    out.printf(LABEL, "From:", query.from());
    out.printf(LABEL, "To:", query.to());
    out.printf(LABEL, "Distance:", grant.distanceKm() + " km (one way, great circle)");
    out.printf(LABEL, "Band:", grant.band().map(TravelBand::label).orElse("none (under 10 km)"));
    out.printf(
        LABEL,
        "Amount:",
        grant.amount() + " per participant, return trip" + (grant.green() ? ", green" : ""));
    out.printf(LABEL, "Explanation:", grant.explanation());
  }

  /** The grant as the REST API's {@code GET /travel-grant} answers it. */
  @Override
  public String json() {
    return ApiJson.travelGrant(grant, query.green());
  }
}
