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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** A piece of a section's content; each kind has its own template fragment. */
public sealed interface Block {

  /**
   * A sub-heading ({@code h3} or {@code h4}).
   *
   * @param level 3 or 4
   * @param text its text
   */
  record Heading(int level, String text) implements Block {
    /** Rejects other levels. */
    public Heading {
      if (level < 3 || level > 4) {
        throw new IllegalArgumentException("a sub-heading is level 3 or 4");
      }
      Text.require(text, "text");
    }
  }

  /**
   * A paragraph of generated text (its figures already formatted).
   *
   * @param text the paragraph
   */
  record Paragraph(String text) implements Block {
    /** Rejects blanks. */
    public Paragraph {
      Text.require(text, "text");
    }
  }

  /**
   * A bulleted list.
   *
   * @param items its items
   */
  record Items(List<String> items) implements Block {
    /** Copies the list. */
    public Items {
      items = List.copyOf(items);
    }
  }

  /**
   * A table.
   *
   * @param caption its caption
   * @param headers the column headers
   * @param rows the rows, each as wide as the headers
   * @param numeric which columns hold numbers (right-aligned)
   */
  record Table(String caption, List<String> headers, List<List<String>> rows, List<Boolean> numeric)
      implements Block {
    /** Rejects ragged rows. */
    public Table {
      Text.require(caption, "caption");
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      numeric = List.copyOf(numeric);
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException("a row of '" + caption + "' has the wrong width");
        }
      }
      if (numeric.size() != headers.size()) {
        throw new IllegalArgumentException("numeric marks every column of '" + caption + "'");
      }
    }

    /** Whether column {@code i} holds numbers. */
    public boolean isNumeric(int i) {
      return numeric.get(i);
    }
  }

  /**
   * The narrative fragment of a section, written by the consortium: Markdown paragraphs, put into
   * the Markdown as written and into the HTML as escaped paragraphs and lists.
   *
   * @param markdown the fragment as written
   */
  record Narrative(String markdown) implements Block {
    /** Rejects blanks. */
    public Narrative {
      Text.require(markdown, "markdown");
    }

    /**
     * The fragment as HTML: its Markdown rendered, everything else escaped ({@link NarrativeHtml}).
     */
    public String html() {
      return NarrativeHtml.html(markdown);
    }
  }

  /** The width of the bar area of every chart, in SVG user units. */
  int BAR_AREA = 400;

  /** Where the bar area starts, after the row labels. */
  int BAR_LEFT = 190;

  /**
   * Places used against budget used per mobility category, with the target line.
   *
   * @param id the chart's id in the page (for its title and description)
   * @param title its title
   * @param description its text alternative, a sentence per category
   * @param categoryHeader the header of the data table's first column
   * @param placesLabel the legend for places used
   * @param budgetLabel the legend for budget used
   * @param targetLabel the legend for the target line
   * @param target the target in percent
   * @param categories one row per participant category
   */
  record ConsumptionChart(
      String id,
      String title,
      String description,
      String categoryHeader,
      String placesLabel,
      String budgetLabel,
      String targetLabel,
      BigDecimal target,
      List<ConsumptionRow> categories)
      implements Block {
    /** Copies the list. */
    public ConsumptionChart {
      Text.require(id, "id");
      Text.require(title, "title");
      Text.require(description, "description");
      Objects.requireNonNull(target, "target");
      categories = List.copyOf(categories);
    }

    /** The x of the target line. */
    public int targetX() {
      return BAR_LEFT + length(target);
    }

    /** The chart's height: the legend, two bars per category, the axis. */
    public int height() {
      return 40 + categories.size() * 56 + 30;
    }

    /** The y of category {@code i}'s first bar. */
    public int rowY(int i) {
      return 40 + i * 56;
    }
  }

  /**
   * One category of a {@link ConsumptionChart}.
   *
   * @param label the category
   * @param places places used in percent
   * @param placesText the same, formatted
   * @param budget budget used in percent
   * @param budgetText the same, formatted
   */
  record ConsumptionRow(
      String label, BigDecimal places, String placesText, BigDecimal budget, String budgetText) {
    /** Rejects blanks. */
    public ConsumptionRow {
      Text.require(label, "label");
      Objects.requireNonNull(places, "places");
      Text.require(placesText, "placesText");
      Objects.requireNonNull(budget, "budget");
      Text.require(budgetText, "budgetText");
    }

    /** The length of the places bar. */
    public int placesLength() {
      return length(places);
    }

    /** The length of the budget bar. */
    public int budgetLength() {
      return length(budget);
    }
  }

  /**
   * Progress bars, one per indicator: the latest value as a share of the target.
   *
   * @param id the chart's id
   * @param title its title
   * @param description its text alternative
   * @param indicatorHeader the header of the data table's first column
   * @param valueHeader the header of its second column
   * @param rows one per indicator
   */
  record ProgressChart(
      String id,
      String title,
      String description,
      String indicatorHeader,
      String valueHeader,
      List<ProgressRow> rows)
      implements Block {
    /** Copies the list. */
    public ProgressChart {
      Text.require(id, "id");
      Text.require(title, "title");
      Text.require(description, "description");
      rows = List.copyOf(rows);
    }

    /** The chart's height. */
    public int height() {
      return rows.size() * 34 + 30;
    }

    /** The y of row {@code i}. */
    public int rowY(int i) {
      return 10 + i * 34;
    }
  }

  /**
   * One indicator of a {@link ProgressChart}.
   *
   * @param label the indicator
   * @param progress the latest value as percent of the target
   * @param valueText what the bar says ("325 of 300, 108 %")
   */
  record ProgressRow(String label, BigDecimal progress, String valueText) {
    /** Rejects blanks. */
    public ProgressRow {
      Text.require(label, "label");
      Objects.requireNonNull(progress, "progress");
      Text.require(valueText, "valueText");
    }

    /** The length of the bar (cut at the target). */
    public int length() {
      return Block.length(progress);
    }
  }

  /**
   * Training compliance per partner: trainings delivered and planned against the quota.
   *
   * @param id the chart's id
   * @param title its title
   * @param description its text alternative
   * @param partnerHeader the header of the data table's first column
   * @param verdictHeader the header of its last column
   * @param deliveredLabel the legend for delivered trainings
   * @param plannedLabel the legend for planned trainings
   * @param quotaLabel the legend for the quota's lower limit
   * @param quotaMin the fewest trainings a partner must deliver
   * @param quotaMax the most trainings that count
   * @param rows one per partner
   */
  record ComplianceChart(
      String id,
      String title,
      String description,
      String partnerHeader,
      String verdictHeader,
      String deliveredLabel,
      String plannedLabel,
      String quotaLabel,
      int quotaMin,
      int quotaMax,
      List<ComplianceRow> rows)
      implements Block {
    /** Copies the list. */
    public ComplianceChart {
      Text.require(id, "id");
      Text.require(title, "title");
      Text.require(description, "description");
      if (quotaMin < 0 || quotaMax < quotaMin || quotaMax == 0) {
        throw new IllegalArgumentException("a quota is 0 <= min <= max, max > 0");
      }
      rows = List.copyOf(rows);
    }

    /** The most trainings the scale shows: the quota's maximum or the largest partner's count. */
    public int scale() {
      int most = quotaMax;
      for (ComplianceRow row : rows) {
        most = Math.max(most, row.delivered() + row.planned());
      }
      return most;
    }

    /** The length of {@code count} trainings on the scale. */
    public int lengthOf(int count) {
      return BAR_AREA * count / scale();
    }

    /** The x of the quota's lower limit. */
    public int quotaX() {
      return BAR_LEFT + lengthOf(quotaMin);
    }

    /** The tick marks: every whole training up to the scale. */
    public List<Integer> ticks() {
      return java.util.stream.IntStream.rangeClosed(0, scale()).boxed().toList();
    }

    /** The chart's height. */
    public int height() {
      return 40 + rows.size() * 30 + 30;
    }

    /** The y of row {@code i}. */
    public int rowY(int i) {
      return 40 + i * 30;
    }
  }

  /**
   * One partner of a {@link ComplianceChart}.
   *
   * @param partner the partner organisation
   * @param delivered trainings delivered that count towards the quota
   * @param planned trainings planned (approved, not yet delivered)
   * @param verdict the compliance verdict in words
   * @param compliant whether the partner meets its quota
   */
  record ComplianceRow(
      String partner, int delivered, int planned, String verdict, boolean compliant) {
    /** Rejects negative counts. */
    public ComplianceRow {
      Text.require(partner, "partner");
      if (delivered < 0 || planned < 0) {
        throw new IllegalArgumentException("counts are not negative");
      }
      Text.require(verdict, "verdict");
    }
  }

  /** The length on a 0–100 % bar area of a percentage, cut at 100 % so no bar leaves the chart. */
  static int length(BigDecimal percent) {
    BigDecimal clamped = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
    return clamped
        .multiply(BigDecimal.valueOf(BAR_AREA))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  /** The x of a percentage on a 0–100 % axis (for tick marks). */
  static int percentX(int percent) {
    return BAR_LEFT + BAR_AREA * percent / 100;
  }

  /** The tick marks of a percentage axis. */
  List<Integer> PERCENT_TICKS = List.of(0, 25, 50, 75, 100);
}
