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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A narrative fragment's Markdown as HTML for the report: paragraphs, lists, emphasis, strong and
 * code spans. Everything else stays text: raw HTML is escaped, headings, code blocks, quotes and
 * rules are not parsed (a fragment lives inside a section that has its headings), and a link or an
 * image keeps only its text, so the document loads nothing and links nowhere outside itself.
 * Immutable and thread-safe (the parser and renderer are).
 */
public final class NarrativeHtml {

  private static final Parser PARSER =
      Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak(" ").build();

  private NarrativeHtml() {}

  /** The fragment's Markdown as HTML, well-formed XML (the PDF renderer parses it as XHTML). */
  public static String html(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Node> unlinked = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            unlinked.add(link);
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            unlinked.add(image);
            visitChildren(image);
          }
        });
    for (Node node : unlinked) {
      // the link's text (an image's alt text) takes the link's place
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        node.insertBefore(child);
        child = next;
      }
      node.unlink();
    }
    return RENDERER.render(document);
  }
}
