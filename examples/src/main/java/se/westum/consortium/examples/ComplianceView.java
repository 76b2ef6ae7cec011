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
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.PartnerCompliance;
import se.westum.consortium.domain.training.TrainingAssessment;

/**
 * The compliance of a project's partners and trainings with the six training rules at a day, every
 * verdict with its reason; as text or JSON.
 */
final class ComplianceView implements Report {

  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private final ComplianceReport report;

  private ComplianceView(ComplianceReport report) {
    this.report = report;
  }

  static ComplianceView of(ComplianceReport report) {
    return new ComplianceView(report);
  }

  /** The partners' standing in one line each, for the demo. */
  void printSummary(PrintWriter out, String indent) {
    for (PartnerCompliance p : report.partners()) {
      out.println(indent + p.status() + "  " + p.needed());
    }
  }

  @Override
  public void printText(PrintWriter out) {
    out.println(
        "Compliance of "
            + report.project().value()
            + " at "
            + report.at()
            + " (each partner delivers "
            + report.quota().min()
            + " to "
            + report.quota().max()
            + " needs-based trainings in the project period)");
    out.println("  Partners:");
    for (PartnerCompliance p : report.partners()) {
      out.println("    " + p.partner().value() + " " + p.status() + ": " + p.needed());
      out.println("      " + p.quota().reason());
    }
    out.println("  Trainings:");
    for (TrainingAssessment t : report.trainings()) {
      out.println(
          "    "
              + t.training().id().value()
              + " "
              + t.training().plan().title()
              + " ("
              + t.training().plan().kind()
              + ", "
              + t.training().status()
              + ", "
              + t.training().plan().partner().value()
              + ")");
      for (Finding f : t.findings()) {
        out.println("      " + (f.satisfied() ? "[ok] " : "[!!] ") + f.rule() + ": " + f.reason());
      }
    }
  }

  @Override
  public String json() throws JsonProcessingException {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("project", report.project().value());
    root.put("at", report.at().toString());
    root.putObject("quota").put("min", report.quota().min()).put("max", report.quota().max());
    ArrayNode partners = root.putArray("partners");
    for (PartnerCompliance p : report.partners()) {
      partners
          .addObject()
          .put("partner", p.partner().value())
          .put("organisation", p.organisation())
          .put("country", p.country())
          .put("delivered", p.delivered())
          .put("counted", p.counted())
          .put("approved", p.approved())
          .put("proposed", p.proposed())
          .put("pilots", p.pilots())
          .put("status", p.status().name())
          .put("needed", p.needed())
          .put("reason", p.quota().reason());
    }
    ArrayNode trainings = root.putArray("trainings");
    for (TrainingAssessment t : report.trainings()) {
      ObjectNode node =
          trainings
              .addObject()
              .put("id", t.training().id().value())
              .put("title", t.training().plan().title())
              .put("kind", t.training().plan().kind().name())
              .put("status", t.training().status().name())
              .put("partner", t.training().plan().partner().value());
      ArrayNode findings = node.putArray("findings");
      for (Finding f : t.findings()) {
        findings
            .addObject()
            .put("rule", f.rule())
            .put("satisfied", f.satisfied())
            .put("reason", f.reason());
      }
    }
    return JSON.writeValueAsString(root);
  }
}
