package se.westum.consortium.report;

import se.westum.consortium.report.internal.Document;
import se.westum.consortium.report.internal.JsonDocuments;
import se.westum.consortium.report.internal.PdfDocuments;
import se.westum.consortium.report.internal.Templates;

/** The renderers, built once for all tests (templates and fonts load once). */
final class Rendering {

  static final Templates TEMPLATES = new Templates();
  static final PdfDocuments PDF = new PdfDocuments();
  static final JsonDocuments JSON = new JsonDocuments();

  private Rendering() {}

  static String html(Document document) {
    return TEMPLATES.html(document);
  }

  static String markdown(Document document) {
    return TEMPLATES.markdown(document);
  }

  static byte[] pdf(Document document) {
    return PDF.pdf(TEMPLATES.html(document), document.metadata(), document.language());
  }
}
