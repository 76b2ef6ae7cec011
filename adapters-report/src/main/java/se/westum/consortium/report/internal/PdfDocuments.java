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

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import se.westum.consortium.domain.report.ReportLanguage;

/**
 * The HTML laid out on A4 pages as PDF/A-1b with openhtmltopdf: DejaVu Sans embedded (shipped in
 * this jar with its licence), the sRGB output intent, and document information and XMP metadata
 * that agree (title, author, subject, keywords with the year, language, dates).
 *
 * <p>Nothing outside the document is ever fetched: every external resource request is refused.
 * Thread-safe; each call builds its own renderer.
 */
public final class PdfDocuments {

  /** The name the stylesheet uses for the shipped font. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private static final String FONTS = "/se/westum/consortium/report/fonts/";
  private static final String PRODUCER = "consortium-report (openhtmltopdf, Apache PDFBox)";

  private final byte[] regular = resource(FONTS + "DejaVuSans.ttf");
  private final byte[] bold = resource(FONTS + "DejaVuSans-Bold.ttf");
  private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** Renders well-formed HTML (the HTML form of the report) to PDF/A-1b bytes. */
  public byte[] pdf(String html, Document.Metadata metadata, ReportLanguage language) {
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(pdf);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_1_B);
      builder.useColorProfile(srgb);
      builder.withProducer(PRODUCER);
      font(builder, regular, 400);
      font(builder, bold, 700);
      builder.useSVGDrawer(
          new BatikSVGDrawer(
              BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withHtmlContent(html, null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
      }
      describe(pdf, metadata, language);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // PDF/A-1 is PDF 1.4: no object streams nor cross-reference streams, which PDFBox 3
      // writes by default
      pdf.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder builder, byte[] bytes, int weight) {
    FSSupplier<InputStream> supplier = () -> new java.io.ByteArrayInputStream(bytes);
    builder.useFont(
        supplier,
        FONT_FAMILY,
        weight,
        FontStyle.NORMAL,
        true,
        java.util.EnumSet.of(
            com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase.DOCUMENT,
            com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase.SVG,
            com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase
                .FALLBACK_FINAL));
  }

  // PDF/A-1 wants the document information and the XMP to say the same; one place writes both
  private static void describe(PDDocument pdf, Document.Metadata metadata, ReportLanguage language)
      throws IOException {
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    created.clear();
    created.set(
        metadata.created().getYear(),
        metadata.created().getMonthValue() - 1,
        metadata.created().getDayOfMonth());

    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(metadata.title());
    info.setAuthor(metadata.author());
    info.setSubject(metadata.subject());
    info.setKeywords(metadata.keywords());
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(created);
    info.setModificationDate(created);
    pdf.setDocumentInformation(info);
    pdf.getDocumentCatalog().setLanguage(language.locale().toLanguageTag());

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(metadata.title());
    dc.addCreator(metadata.author());
    dc.setDescription(metadata.subject());
    dc.addLanguage(language.locale().toLanguageTag());
    dc.addDate(created);
    AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
    adobe.setProducer(PRODUCER);
    adobe.setKeywords(metadata.keywords());
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(PRODUCER);
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    try {
      id.setPart(1);
      id.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (TransformerException e) {
      throw new IOException("XMP metadata could not be written", e);
    }
    PDMetadata stream = new PDMetadata(pdf);
    stream.importXMPMetadata(bytes.toByteArray());
    pdf.getDocumentCatalog().setMetadata(stream);
  }

  /** The names of the fonts this class embeds (for the licence notice and tests). */
  public static List<String> shippedFonts() {
    return List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
  }

  private static byte[] resource(String name) {
    try (InputStream in = PdfDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
