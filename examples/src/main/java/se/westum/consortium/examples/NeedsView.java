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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import se.westum.consortium.application.port.in.NeedsReport;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.training.FocusAreaEvidence;
import se.westum.consortium.domain.training.NeedsAnalysis;
import se.westum.consortium.domain.training.TopicEvidence;

/**
 * The needs analysis of a project at a day: counts, topics ranked by evidence, the focus areas with
 * the evidence behind them, and the indicators counted from records; as text or JSON.
 */
final class NeedsView implements Report {

  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private final NeedsReport report;

  private NeedsView(NeedsReport report) {
    this.report = report;
  }

  static NeedsView of(NeedsReport report) {
    return new NeedsView(report);
  }

  /** One line: for example "325 company visits and 114 survey answers from 299 companies". */
  String summary() {
    NeedsAnalysis a = report.analysis();
    return a.visits()
        + " company visits and "
        + a.surveyAnswers()
        + " survey answers from "
        + a.companies()
        + " companies; focus areas "
        + report.focusAreas().stream()
            .map(f -> f.area().topic().value() + " (rank " + f.rank() + ")")
            .collect(Collectors.joining(", "));
  }

  @Override
  public void printText(PrintWriter out) {
    NeedsAnalysis a = report.analysis();
    out.println("Needs analysis of " + a.project().value() + " at " + a.at() + ": " + summary());
    out.println("  Topics ranked by evidence:");
    int rank = 1;
    for (TopicEvidence t : a.topics()) {
      out.println(
          "    "
              + rank++
              + ". "
              + t.topic().value()
              + " ("
              + t.name()
              + "): "
              + t.needs()
              + " needs from "
              + t.companies()
              + " companies, priority 1/2/3: "
              + t.high()
              + "/"
              + t.medium()
              + "/"
              + t.low()
              + bySector(t));
    }
    out.println("  Focus areas:");
    for (FocusAreaEvidence f : report.focusAreas()) {
      out.println("    " + f.area().topic().value() + ": " + f.backing().reason());
    }
    if (!report.indicators().isEmpty()) {
      out.println("  Indicators counted from records:");
      for (Finding f : report.indicators()) {
        out.println("    " + f.reason());
      }
    }
  }

  private static String bySector(TopicEvidence t) {
    return t.bySector().isEmpty()
        ? ""
        : t.bySector().entrySet().stream()
            .map(e -> e.getKey().value() + " " + e.getValue())
            .collect(Collectors.joining(", ", " (", ")"));
  }

  @Override
  public String json() throws JsonProcessingException {
    NeedsAnalysis a = report.analysis();
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("project", a.project().value());
    root.put("at", a.at().toString());
    root.put("visits", a.visits());
    root.put("surveyAnswers", a.surveyAnswers());
    root.put("companies", a.companies());
    ArrayNode topics = root.putArray("topics");
    for (TopicEvidence t : a.topics()) {
      ObjectNode node =
          topics
              .addObject()
              .put("topic", t.topic().value())
              .put("name", t.name())
              .put("needs", t.needs())
              .put("companies", t.companies());
      ObjectNode sectors = node.putObject("bySector");
      t.bySector().forEach((sector, n) -> sectors.put(sector.value(), n));
    }
    ArrayNode areas = root.putArray("focusAreas");
    for (FocusAreaEvidence f : report.focusAreas()) {
      areas
          .addObject()
          .put("topic", f.area().topic().value())
          .put("chosenOn", f.area().chosenOn().toString())
          .put("needs", f.needs())
          .put("companies", f.companies())
          .put("rank", f.rank())
          .put("backed", f.backed());
    }
    ArrayNode indicators = root.putArray("indicators");
    for (Finding f : report.indicators()) {
      indicators
          .addObject()
          .put("rule", f.rule())
          .put("satisfied", f.satisfied())
          .put("reason", f.reason());
    }
    return JSON.writeValueAsString(root);
  }
}
