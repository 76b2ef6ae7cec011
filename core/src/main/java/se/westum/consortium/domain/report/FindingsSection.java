package se.westum.consortium.domain.report;

import java.util.List;
import java.util.Objects;

/**
 * What the rules found that year; only broken rules are listed.
 *
 * @param findings the findings, grouped by rule in a stable order
 * @param count how many
 */
public record FindingsSection(List<ReportFinding> findings, Figure count) implements ReportSection {

  /** Copies the list; requires the count. */
  public FindingsSection {
    findings = List.copyOf(findings);
    Objects.requireNonNull(count, "count");
  }

  /** The findings of one rule. */
  public List<ReportFinding> of(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Override
  public SectionId id() {
    return SectionId.FINDINGS;
  }

  @Override
  public List<Figure> figures() {
    return List.of(count);
  }
}
