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
package se.westum.consortium.report.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.westum.consortium.domain.report.ReportLanguage;

/**
 * The report as the templates see it: every word chosen for its language and every figure already
 * formatted, so a template only places text and never computes or formats.
 *
 * @param language the language it is written in
 * @param metadata what the PDF's document information and XMP carry
 * @param title the main heading (the only {@code h1})
 * @param subtitle the line under it (the fiscal year)
 * @param sections the main sections in order, each starting on a new page in print
 * @param signatures the closing signature page
 * @param figures every figure of the report with its trace, for the JSON form
 * @param findings what the rules found, with their traces, for the JSON form
 */
public record Document(
    ReportLanguage language,
    Metadata metadata,
    String title,
    String subtitle,
    List<Section> sections,
    Signatures signatures,
    List<TracedFigure> figures,
    List<Finding> findings) {

  /** Rejects a document without a title or with two sections of the same id. */
  public Document {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(metadata, "metadata");
    Text.require(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    sections = List.copyOf(sections);
    Objects.requireNonNull(signatures, "signatures");
    figures = List.copyOf(figures);
    findings = List.copyOf(findings);
    Set<String> ids = new HashSet<>();
    for (Section section : sections) {
      if (!ids.add(section.id())) {
        throw new IllegalArgumentException("two sections with the id " + section.id());
      }
    }
    Set<String> keys = new HashSet<>();
    for (TracedFigure figure : figures) {
      if (!keys.add(figure.key())) {
        throw new IllegalArgumentException("two figures with the key " + figure.key());
      }
    }
  }

  /**
   * What the PDF's document information dictionary and XMP metadata carry.
   *
   * @param title the document title
   * @param author the consortium that issues the report
   * @param subject a sentence naming the fiscal year
   * @param keywords comma-separated keywords, the year among them
   * @param fiscalYear the fiscal year reported on
   * @param created the date the report is dated (from the records, so the PDF is reproducible)
   */
  public record Metadata(
      String title,
      String author,
      String subject,
      String keywords,
      int fiscalYear,
      LocalDate created) {

    /** Rejects blank fields. */
    public Metadata {
      Text.require(title, "title");
      Text.require(author, "author");
      Text.require(subject, "subject");
      Text.require(keywords, "keywords");
      Objects.requireNonNull(created, "created");
    }
  }

  /**
   * A main section (an {@code h2}).
   *
   * @param id a stable id (also the HTML anchor and the narrative fragment's file name)
   * @param heading its heading
   * @param newPage whether it starts a new page in print
   * @param blocks its content in order
   */
  public record Section(String id, String heading, boolean newPage, List<Block> blocks) {

    /** Rejects an id that is not a lower-case slug and sub-headings that skip a level. */
    public Section {
      if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("a section id is a lower-case slug: " + id);
      }
      Text.require(heading, "heading");
      blocks = List.copyOf(blocks);
      int level = 2;
      for (Block block : blocks) {
        if (block instanceof Block.Heading h) {
          if (h.level() > level + 1) {
            throw new IllegalArgumentException(
                "heading '" + h.text() + "' skips from level " + level + " to " + h.level());
          }
          level = h.level();
        }
      }
    }
  }

  /**
   * A finding of the rules.
   *
   * @param rule the rule's id
   * @param subject what it concerns
   * @param reason the rule's explanation in English, as the core gives it
   * @param trace the records it rests on
   * @param code which wording of the rule the arguments fill
   * @param arguments the facts the reason states, typed as the core gives them (money, percentages,
   *     days, years, counts, names)
   */
  public record Finding(
      String rule,
      String subject,
      String reason,
      TracedFigure.Trace trace,
      String code,
      java.util.List<Object> arguments) {

    /** Rejects a blank rule or code. */
    public Finding {
      Text.require(rule, "rule");
      java.util.Objects.requireNonNull(subject, "subject");
      java.util.Objects.requireNonNull(reason, "reason");
      java.util.Objects.requireNonNull(trace, "trace");
      Text.require(code, "code");
      arguments = java.util.List.copyOf(arguments);
    }
  }

  /**
   * The signature page: a line for each board member, by role.
   *
   * @param heading its heading
   * @param intro the sentence above the lines
   * @param placeAndDate the label of the place-and-date line
   * @param signatories the board members in the board's order
   */
  public record Signatures(
      String heading, String intro, String placeAndDate, List<Signatory> signatories) {

    /** Copies the list. */
    public Signatures {
      Text.require(heading, "heading");
      Objects.requireNonNull(intro, "intro");
      Text.require(placeAndDate, "placeAndDate");
      signatories = List.copyOf(signatories);
    }
  }

  /**
   * One signature line.
   *
   * @param role the role, in the report's language
   * @param name the board member's name (people are named only by role, as here), or empty when the
   *     model gives the role alone
   */
  public record Signatory(String role, String name) {

    /** Rejects a blank role. */
    public Signatory {
      Text.require(role, "role");
      java.util.Objects.requireNonNull(name, "name");
    }
  }
}
