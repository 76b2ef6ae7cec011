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
package se.westum.consortium.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A narrative fragment may not contradict the figures of its section: every number written in it
 * must be the value of a figure of that section. A percentage or an amount may be written rounded
 * to a whole number ("39 %" for 38.9 %). Not checked: years (1900–2100), ISO dates, and days of the
 * month written before a month's name ("20–21 april"). A number the records do not give belongs in
 * the records, not in the narrative.
 */
public final class NarrativeFigurePolicy {

  /** The rule's stable id. */
  public static final String RULE = "narrative-figure";

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DAY_OF_MONTH =
      Pattern.compile(
          "(?iu)\\b\\d{1,2}\\.?(\\s*[–-]\\s*\\d{1,2}\\.?)?\\s+(jan|feb|mar|apr|maj|may|jun|jul|aug"
              + "|sep|okt|oct|nov|dec)\\p{L}*");
  private static final Pattern SV_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d])\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|(?<![\\p{L}\\d])\\d+(?:,\\d+)?");
  private static final Pattern EN_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\p{L}\\d])\\d+(?:\\.\\d+)?");

  /**
   * The numbers of {@code fragment} that no figure of its section has, one finding each, naming the
   * fragment and line.
   *
   * @param fragment the fragment
   * @param sectionFigures every figure of the fragment's section
   */
  public List<ReportFinding> assess(NarrativeFragment fragment, List<Figure> sectionFigures) {
    List<ReportFinding> findings = new ArrayList<>();
    String[] lines = fragment.markdown().split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          DAY_OF_MONTH.matcher(ISO_DATE.matcher(lines[i]).replaceAll(" ")).replaceAll(" ");
      Matcher numbers =
          (fragment.language() == ReportLanguage.SV ? SV_NUMBER : EN_NUMBER).matcher(line);
      while (numbers.find()) {
        String written = numbers.group();
        BigDecimal value = parse(written, fragment.language());
        if (isYear(value) || backed(value, sectionFigures)) {
          continue;
        }
        String subject = fragment.source() + ":" + (i + 1);
        Optional<Figure> nearest = nearest(value, sectionFigures);
        String reason =
            "line "
                + (i + 1)
                + " of "
                + fragment.source()
                + " writes "
                + written
                + ", which no figure of section "
                + fragment.section()
                + " has"
                + nearest
                    .map(
                        n ->
                            " (nearest: "
                                + n.key()
                                + " = "
                                + n.number().stripTrailingZeros().toPlainString()
                                + ")")
                    .orElse(" (it has no figures)");
        List<Object> arguments =
            new ArrayList<>(List.of(i + 1, fragment.source(), written, fragment.section().value()));
        nearest.ifPresent(n -> arguments.addAll(List.of(n.key(), n.number().stripTrailingZeros())));
        findings.add(
            new ReportFinding(
                RULE,
                subject,
                reason,
                new Trace("narrative-fragment", List.of(fragment.source()), 1, RULE),
                nearest.isPresent() ? RULE : RULE + ".no-figures",
                arguments));
      }
    }
    return List.copyOf(findings);
  }

  private static BigDecimal parse(String written, ReportLanguage language) {
    String plain =
        language == ReportLanguage.SV
            ? written.replace(" ", "").replace("\u00a0", "").replace(',', '.')
            : written.replace(",", "");
    return new BigDecimal(plain);
  }

  private static boolean isYear(BigDecimal value) {
    return value.scale() <= 0
        && value.compareTo(BigDecimal.valueOf(1900)) >= 0
        && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  private static boolean backed(BigDecimal value, List<Figure> figures) {
    for (Figure figure : figures) {
      BigDecimal actual = figure.number();
      if (actual.compareTo(value) == 0) {
        return true;
      }
      boolean roundable =
          figure.value() instanceof FigureValue.Percent
              || figure.value() instanceof FigureValue.Amount;
      if (roundable
          && value.stripTrailingZeros().scale() <= 0
          && actual.subtract(value).abs().compareTo(new BigDecimal("0.5")) < 0) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Figure> nearest(BigDecimal value, List<Figure> figures) {
    Figure best = null;
    BigDecimal distance = null;
    for (Figure figure : figures) {
      if (figure.value() instanceof FigureValue.Day) {
        continue;
      }
      BigDecimal d = figure.number().subtract(value).abs();
      if (distance == null || d.compareTo(distance) < 0) {
        best = figure;
        distance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
