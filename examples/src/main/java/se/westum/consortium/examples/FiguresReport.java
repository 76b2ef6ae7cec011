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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.domain.membership.County;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.MembershipFigures.MemberFinding;
import se.westum.consortium.domain.membership.RegionCoverage;
import se.westum.consortium.rest.ApiJson;

/**
 * The membership figures of a year as text for people or JSON for programs. Counties are named in
 * the order they were asked for, so the default reads as the annual report does: "Västra Götaland
 * and Halland".
 */
final class FiguresReport implements Report {

  /** Västra Götaland and Halland, the seed report's region. */
  static final List<String> DEFAULT_COUNTIES = List.of("14", "13");

  private final MembershipFigures figures;
  private final List<String> countyOrder;

  private FiguresReport(MembershipFigures figures, List<String> countyOrder) {
    this.figures = figures;
    this.countyOrder = List.copyOf(countyOrder);
  }

  /** The query for {@code year} and these counties (SCB codes). */
  static MembershipFiguresQuery query(int year, List<String> counties) {
    return new MembershipFiguresQuery(year, new LinkedHashSet<>(counties));
  }

  /** A report of {@code figures}, naming counties in the order of {@code countyOrder}. */
  static FiguresReport of(MembershipFigures figures, List<String> countyOrder) {
    return new FiguresReport(figures, countyOrder);
  }

  /** The figures as aligned text lines. */
  @Override
  public void printText(PrintWriter out) {
    out.println("Membership figures for " + figures.year());
    out.printf("  %-24s %d%n", "Paying members:", figures.payingMembers());
    out.printf("  %-24s %d%n", "Municipalities covered:", figures.municipalitiesCovered());
    figures
        .coverage()
        .ifPresent(
            coverage ->
                out.printf(
                    "  %-24s %s (%s)%n", "Coverage:", sentence(coverage), coverage.percent()));
    if (!figures.unpaid().isEmpty()) {
      out.printf("  %-24s %d%n", "Fee not paid in full:", figures.unpaid().size());
      for (MemberFinding unpaid : figures.unpaid()) {
        out.printf("    %s %s: %s%n", unpaid.member(), unpaid.name(), unpaid.finding().reason());
      }
    }
  }

  /** The figures as the REST API's {@code GET /figures/membership} answers them. */
  @Override
  public String json() {
    return ApiJson.membershipFigures(figures);
  }

  /** For example "39 of 55 municipalities in Västra Götaland and Halland". */
  String sentence(RegionCoverage coverage) {
    List<String> names = ordered(coverage).stream().map(County::shortName).toList();
    return coverage.covered() + " of " + coverage.total() + " municipalities in " + joined(names);
  }

  /** "A", "A and B", "A, B and C". */
  static String joined(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  private List<County> ordered(RegionCoverage coverage) {
    return coverage.counties().stream()
        .sorted(Comparator.comparingInt(county -> position(county.code().value())))
        .toList();
  }

  private int position(String code) {
    int index = countyOrder.indexOf(code);
    return index < 0 ? Integer.MAX_VALUE : index;
  }
}
