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

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What the PDF tests (ours, the browser's print, and the examples' tests of the bundled dataset's
 * report) read back with PDFBox.
 */
public final class PdfChecks {

  /** A4 in PDF points (1/72 inch), with a point of tolerance for rounding of 210 × 297 mm. */
  public static final float A4_WIDTH = PDRectangle.A4.getWidth();

  public static final float A4_HEIGHT = PDRectangle.A4.getHeight();

  /**
   * The stylesheet's right page margin in points. Chromium clips what overflows the content box and
   * drops the glyphs beyond it, so a line cut off leaves a glyph straddling the box's right edge
   * (0.4 pt over it for BrowserTest's wide page), while the report's text ends at least a cell's
   * padding (1.5 mm) inside it (3.7 pt measured); 0.1 pt is allowed for rounding.
   */
  public static final float RIGHT_MARGIN = 18 / 25.4f * 72;

  private PdfChecks() {}

  /** Preflight's errors ("code: details"), empty when the file is valid PDF/A-1b. */
  public static List<String> preflightErrors(byte[] pdf) throws IOException {
    Path file = Files.createTempFile("report", ".pdf");
    try {
      Files.write(file, pdf);
      ValidationResult result = PreflightParser.validate(new File(file.toString()));
      return result.isValid()
          ? List.of()
          : result.getErrorsList().stream()
              .map(e -> e.getErrorCode() + ": " + e.getDetails())
              .toList();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  public static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  public static String lastPageText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(document.getNumberOfPages());
      return stripper.getText(document);
    }
  }

  /** Every page's media box as "width×height" in points, rounded. */
  public static List<String> pageSizes(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> sizes = new java.util.ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        sizes.add(Math.round(box.getWidth()) + "x" + Math.round(box.getHeight()));
      }
      return sizes;
    }
  }

  public static String a4() {
    return Math.round(A4_WIDTH) + "x" + Math.round(A4_HEIGHT);
  }

  /**
   * How far the rightmost glyph of any page reaches past its page's content box (negative: how far
   * it stays inside), in points.
   */
  public static float overhang(PDDocument document) throws IOException {
    return rightmost(document).overhang();
  }

  /**
   * The glyph that reaches furthest right of its page's content box, with its page and the text it
   * ends, for a failure message.
   */
  public static Rightmost rightmost(PDDocument document) throws IOException {
    Rightmost[] rightmost = {new Rightmost(-Float.MAX_VALUE, 0, "")};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
              float edge = p.getPageWidth() - RIGHT_MARGIN;
              float over = p.getXDirAdj() + p.getWidthDirAdj() - edge;
              if (over > rightmost[0].overhang()) {
                rightmost[0] = new Rightmost(over, getCurrentPageNo(), text);
              }
            }
            super.writeString(text, positions);
          }
        };
    stripper.getText(document);
    return rightmost[0];
  }

  /**
   * The rightmost glyph of a document.
   *
   * @param overhang how far it reaches past its page's content box, in points
   * @param page its page, from 1
   * @param text the text it is part of
   */
  public record Rightmost(float overhang, int page, String text) {}

  /**
   * The pages with anything drawn in the outer 5 mm at the right (the print margin is 18 mm):
   * content that overflows is cut at the page edge, so it would show there.
   */
  public static List<Integer> inkInRightMargin(PDDocument document) throws IOException {
    PDFRenderer renderer = new PDFRenderer(document);
    List<Integer> pages = new ArrayList<>();
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      BufferedImage image = renderer.renderImageWithDPI(i, 72);
      int strip = Math.round(5 / 25.4f * 72);
      boolean ink = false;
      for (int x = image.getWidth() - strip; x < image.getWidth() && !ink; x++) {
        for (int y = 0; y < image.getHeight() && !ink; y++) {
          int rgb = image.getRGB(x, y) & 0xffffff;
          ink = ((rgb >> 16) & 0xff) < 240 || ((rgb >> 8) & 0xff) < 240 || (rgb & 0xff) < 240;
        }
      }
      if (ink) {
        pages.add(i + 1);
      }
    }
    return pages;
  }

  /**
   * The characters of an HTML page's text that its printed PDF holds fewer times than the page,
   * with the counts ({@code 'x' 12 of 13}), empty when the print holds all of them. Chromium drops
   * the glyphs of a line cut off at the page edge, so a cut shows here whatever glyph ends at the
   * edge; the page's text is what its {@code <body>} holds outside tags, styles, scripts and the
   * charts' accessible title and description (the charts' visible labels count).
   */
  public static List<String> charactersMissingFromPrint(String html, byte[] pdf)
      throws IOException {
    String body = html.substring(Math.max(0, html.indexOf("<body")));
    String visible =
        body.replaceAll("(?s)<(style|script|title|desc)\\b.*?</\\1>", " ")
            .replaceAll("(?s)<[^>]*>", " ")
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&amp;", "&");
    java.util.Map<Integer, Integer> wanted = counts(visible);
    java.util.Map<Integer, Integer> printed = counts(text(pdf));
    List<String> missing = new ArrayList<>();
    wanted.forEach(
        (c, n) -> {
          int got = printed.getOrDefault(c, 0);
          if (got < n) {
            missing.add("'" + Character.toString(c) + "' " + got + " of " + n);
          }
        });
    return missing;
  }

  private static java.util.Map<Integer, Integer> counts(String text) {
    java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts;
  }
}
