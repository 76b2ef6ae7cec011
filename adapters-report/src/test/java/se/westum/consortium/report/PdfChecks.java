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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the PDF tests (ours and the browser's print) read back with PDFBox. */
final class PdfChecks {

  /** A4 in PDF points (1/72 inch), with a point of tolerance for rounding of 210 × 297 mm. */
  static final float A4_WIDTH = PDRectangle.A4.getWidth();

  static final float A4_HEIGHT = PDRectangle.A4.getHeight();

  private PdfChecks() {}

  /** Preflight's errors ("code: details"), empty when the file is valid PDF/A-1b. */
  static List<String> preflightErrors(byte[] pdf) throws IOException {
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

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static String lastPageText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(document.getNumberOfPages());
      return stripper.getText(document);
    }
  }

  /** Every page's media box as "width×height" in points, rounded. */
  static List<String> pageSizes(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> sizes = new java.util.ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        sizes.add(Math.round(box.getWidth()) + "x" + Math.round(box.getHeight()));
      }
      return sizes;
    }
  }

  static String a4() {
    return Math.round(A4_WIDTH) + "x" + Math.round(A4_HEIGHT);
  }
}
