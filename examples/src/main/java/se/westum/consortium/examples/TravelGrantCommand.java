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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.westum.consortium.application.port.in.TravelGrantQuery;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.mobility.TravelGrant;

/** {@code consortium travel-grant}: the Erasmus+ travel grant of one trip. */
@Command(
    name = "travel-grant",
    header = "Prints the Erasmus+ travel grant of a trip.",
    description =
        "Prints the Erasmus+ travel grant per participant for a return trip: the one-way"
            + " great-circle distance (haversine, radius 6371 km, whole km rounded down) picks"
            + " the distance band of the call year's unit-cost table (calls 2014-2020, 2021-2023"
            + " or 2024-); with --green the band's green amount is paid where the table has one."
            + " Under 10 km there is no travel grant. Needs no database and opens none, not"
            + " even with --db.")
final class TravelGrantCommand extends ConsortiumCommand {

  @Option(
      names = "--call-year",
      required = true,
      paramLabel = "YEAR",
      description = "The call year whose unit-cost table applies (2014 or later).")
  int callYear;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "LAT,LON",
      description = "Where the trip starts, in decimal degrees, for example 57.7089,11.9746.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "LAT,LON",
      description = "Where it goes, in decimal degrees, for example 41.3874,2.1686.")
  String to;

  @Option(names = "--green", description = "Sustainable (green) travel.")
  boolean green;

  @Mixin FormatOption format;

  @Option(
      names = "--db",
      hidden = true,
      paramLabel = "JDBC_URL",
      description = "Ignored: accepted as by every command, but the calculator reads no records.")
  String ignoredDatabase;

  @Override
  int run() throws Exception {
    TravelGrantQuery query = new TravelGrantQuery(callYear, from, to, green);
    // The core needs storage to be built, though this question reads none: storage without a
    // database opens nothing, neither the user's --db nor a private one.
    TravelGrant grant =
        Consortium.builder().storage(NoStorage.create()).build().mobility().travelGrant(query);
    format.print(TravelGrantReport.of(query, grant), out());
    return OK;
  }
}
