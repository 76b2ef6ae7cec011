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
package se.westum.consortium.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.BoardSection;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HtmlDocumentTest {

  private static final ReportDocuments RENDERER = ReportDocuments.create();

  /** The only absolute URIs allowed: XML namespace names, which are names and never fetched. */
  private static final Set<String> NAMESPACES = Set.of("http://www.w3.org/2000/svg");

  static String html(AnnualReport report, ReportLanguage language) {
    return new String(RENDERER.render(report, ReportFormat.HTML, language), StandardCharsets.UTF_8);
  }

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // well-formed XML, no DTD fetched
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void the_html_is_well_formed_xml_with_the_language_set(ReportLanguage language) throws Exception {
    // when
    Document dom = parse(html(Report2016.withNarrative(), language));
    // then
    assertThat(dom.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(dom.getDocumentElement().getAttribute("lang"))
        .isEqualTo(language == ReportLanguage.SV ? "sv-SE" : "en-GB");
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void the_html_is_self_contained(ReportLanguage language) {
    // when
    String html = html(Report2016.withNarrative(), language);
    // then nothing is loaded from anywhere: no src, no external href, no CSS url or import
    assertThat(html).doesNotContain("src=", "url(", "@import", "<link", "<script", "<img");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).startsWith("#");
    }
    // and the only "http" and "//" are the SVG namespace name
    String withoutNamespaces = html;
    for (String namespace : NAMESPACES) {
      withoutNamespaces = withoutNamespaces.replace("xmlns=\"" + namespace + "\"", "");
    }
    assertThat(withoutNamespaces).doesNotContain("http", "//");
  }

  @Test
  void headings_descend_in_order_from_one_h1() throws Exception {
    // when
    Document dom = parse(html(Report2016.withNarrative(), ReportLanguage.SV));
    // then
    List<Integer> levels = new ArrayList<>();
    collectHeadings(dom.getDocumentElement(), levels);
    assertThat(levels.get(0)).isEqualTo(1);
    assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i))
          .as("heading %d after h%d", i, levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    assertThat(levels).contains(2, 3, 4);
  }

  private static void collectHeadings(Element element, List<Integer> levels) {
    String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    if (name.matches("h[1-6]")) {
      levels.add(name.charAt(1) - '0');
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collectHeadings(child, levels);
      }
    }
  }

  @Test
  void every_chart_is_an_image_with_a_title_and_a_text_alternative() throws Exception {
    // when
    Document dom = parse(html(Report2016.report(), ReportLanguage.SV));
    NodeList svgs = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    // then the consumption, indicator and compliance charts
    assertThat(svgs.getLength()).isEqualTo(3);
    Set<String> ids = ids(dom.getDocumentElement(), new HashSet<>(), new ArrayList<>());
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      for (String id : svg.getAttribute("aria-labelledby").split(" ")) {
        assertThat(ids).contains(id);
      }
      Element title = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
      Element desc = (Element) svg.getElementsByTagNameNS("*", "desc").item(0);
      assertThat(title.getTextContent()).isNotBlank();
      assertThat(desc.getTextContent()).isNotBlank();
      // the chart's figures are also in a data table right after it
      assertThat(svg.getParentNode().getNextSibling()).isNotNull();
    }
    assertThat(html(Report2016.report(), ReportLanguage.SV))
        .contains("Studerande: 39\u00a0% av platserna, 21\u00a0% av budgeten.");
  }

  private static Set<String> ids(Element element, Set<String> ids, List<String> duplicates) {
    if (!element.getAttribute("id").isEmpty() && !ids.add(element.getAttribute("id"))) {
      duplicates.add(element.getAttribute("id"));
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        ids(child, ids, duplicates);
      }
    }
    assertThat(duplicates).as("duplicate ids").isEmpty();
    return ids;
  }

  @Test
  void record_text_is_escaped_and_never_becomes_markup() throws Exception {
    // given a board member whose recorded name is markup
    AnnualReport report = Report2016.report();
    List<BoardSection.Member> members = new ArrayList<>(report.board().members());
    members.set(0, new BoardSection.Member(BoardRole.CHAIR, "<script>alert(1)</script> & \"x\""));
    AnnualReport hostile =
        new AnnualReport(
            report.year(),
            report.fiscalYear(),
            new BoardSection(
                members,
                report.board().memberCount(),
                report.board().meetings(),
                report.board().sessions()),
            report.positions(),
            report.goals(),
            report.goalSections(),
            report.otherProjects(),
            report.otherEvents(),
            report.figures(),
            report.staff(),
            report.findings(),
            report.signatures(),
            report.narrative());
    // when
    String html = html(hostile, ReportLanguage.SV);
    // then
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;");
    assertThat(parse(html).getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void print_css_sets_a4_and_page_breaks_before_main_sections() throws Exception {
    // when
    String html = html(Report2016.report(), ReportLanguage.SV);
    Document dom = parse(html);
    // then
    assertThat(html)
        .contains("@page { size: A4 portrait;", "section.new-page { page-break-before: always;");
    NodeList sections = dom.getElementsByTagName("section");
    // board, four goals, figures, other information, signatures
    assertThat(sections.getLength()).isEqualTo(8);
    for (int i = 0; i < sections.getLength(); i++) {
      assertThat(((Element) sections.item(i)).getAttribute("class")).contains("new-page");
    }
  }

  @Test
  void the_narrative_s_markdown_becomes_html_emphasis_and_lists() {
    // when
    String html = html(Report2016.withNarrative(), ReportLanguage.SV);
    // then
    assertThat(html)
        .contains("arbetat med <strong>strategin</strong> för")
        .contains("<li>dialog med högskolorna</li>")
        .doesNotContain("**strategin**");
  }
}
