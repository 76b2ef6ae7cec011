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
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.report.internal.NarrativeHtml;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NarrativeHtmlTest {

  @Test
  void strong_and_emphasis_become_their_elements() {
    // when
    String html = NarrativeHtml.html("Styrelsen har arbetat med **strategin** och *dialogen*.");
    // then
    assertThat(html)
        .isEqualTo(
            "<p>Styrelsen har arbetat med <strong>strategin</strong> och <em>dialogen</em>.</p>\n");
  }

  @Test
  void paragraphs_are_kept_and_lines_of_a_paragraph_joined() {
    // when
    String html = NarrativeHtml.html("En rad\noch nästa.\n\nEtt nytt stycke.");
    // then
    assertThat(html).isEqualTo("<p>En rad och nästa.</p>\n<p>Ett nytt stycke.</p>\n");
  }

  @Test
  void bulleted_and_numbered_lists_become_lists() {
    // when
    String html = NarrativeHtml.html("- dialog med **högskolorna**\n- möte\n\n1. först\n2. sedan");
    // then
    assertThat(html)
        .contains("<ul>\n<li>dialog med <strong>högskolorna</strong></li>\n<li>möte</li>\n</ul>")
        .contains("<ol>\n<li>först</li>\n<li>sedan</li>\n</ol>");
  }

  @Test
  void raw_html_is_escaped_and_never_becomes_markup() {
    // when
    String html =
        NarrativeHtml.html("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> & mer");
    // then
    assertThat(html)
        .doesNotContain("<script", "<img")
        .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&amp; mer");
  }

  @Test
  void a_link_or_an_image_keeps_only_its_text_so_nothing_is_loaded_or_linked() {
    // when
    String html =
        NarrativeHtml.html(
            "Se [Westums webbplats](https://westum.se) och ![logotypen](https://x.se/l.png).");
    // then
    assertThat(html)
        .isEqualTo("<p>Se Westums webbplats och logotypen.</p>\n")
        .doesNotContain("href", "src", "http");
  }

  @Test
  void headings_code_blocks_and_quotes_stay_text_inside_the_section() {
    // when
    String html = NarrativeHtml.html("# Rubrik\n\n    indraget\n\n> citat");
    // then
    assertThat(html).doesNotContain("<h1", "<pre", "<code", "<blockquote").contains("# Rubrik");
  }

  @Test
  void the_html_is_well_formed_xml_for_the_pdf_renderer() throws Exception {
    // given
    String html = NarrativeHtml.html("**fet** *kursiv* `kod` a & b < c\\\nradbrytning\n\n- punkt");
    // when / then parsing as XML throws on anything not well formed
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("<br />");
  }
}
