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
package se.westum.consortium.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;
import static se.westum.consortium.rest.TestApi.BOARD_KEY;
import static se.westum.consortium.rest.TestApi.KEYS;
import static se.westum.consortium.rest.TestApi.MEMBER_KEY;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.testing.InMemoryStorage;

/** {@code GET /reports/{year}}: the core's report, written by the configured renderer. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportApiTest {

  /** Writes what it was asked for, so the test sees the route's choices. */
  private static final class EchoRenderer implements ReportRenderer {
    private final Set<ReportFormat> formats;

    EchoRenderer(Set<ReportFormat> formats) {
      this.formats = formats;
    }

    @Override
    public Set<ReportFormat> formats() {
      return formats;
    }

    @Override
    public void render(
        AnnualReport report, ReportFormat format, ReportLanguage language, OutputStream out)
        throws IOException {
      out.write(
          ("report " + report.year() + " " + format.extension() + " " + language.code())
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  private TestApi api;

  private TestApi start(ReportRenderer renderer) {
    Consortium consortium =
        Consortium.builder().storage(new InMemoryStorage()).clock(TestApi.CLOCK).build();
    api =
        TestApi.over(
            RestApi.create(consortium, KEYS).reportRenderer(renderer).start("127.0.0.1", 0));
    return api;
  }

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void the_board_gets_the_report_in_the_format_and_language_asked_for() {
    // given
    start(new EchoRenderer(EnumSet.allOf(ReportFormat.class)));

    // when
    TestApi.Response response = api.get("/reports/2016?format=md&lang=en", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/markdown");
    assertThat(response.body()).isEqualTo("report 2016 md en");
  }

  @Test
  void json_in_swedish_is_the_default() {
    start(new EchoRenderer(EnumSet.allOf(ReportFormat.class)));
    TestApi.Response response = api.get("/reports/2016", ADMIN_KEY);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.body()).isEqualTo("report 2016 json sv");
  }

  @Test
  void the_pdf_comes_as_an_attachment_named_for_the_year() {
    start(new EchoRenderer(EnumSet.allOf(ReportFormat.class)));
    TestApi.Response response = api.get("/reports/2016?format=pdf", BOARD_KEY);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"verksamhetsberattelse-2016.pdf\"");
  }

  @Test
  void a_member_may_not_read_the_report() {
    start(new EchoRenderer(EnumSet.allOf(ReportFormat.class)));
    assertThat(api.get("/reports/2016", MEMBER_KEY).status()).isEqualTo(403);
    assertThat(api.get("/reports/2016", null).status()).isEqualTo(401);
  }

  @Test
  void an_unknown_format_or_language_is_a_400_naming_the_parameter() {
    start(new EchoRenderer(EnumSet.allOf(ReportFormat.class)));
    TestApi.Response response = api.get("/reports/2016?format=docx&lang=de", BOARD_KEY);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("format", "lang");
  }

  @Test
  void a_format_the_renderer_does_not_write_is_406() {
    start(new EchoRenderer(EnumSet.of(ReportFormat.JSON)));
    TestApi.Response response = api.get("/reports/2016?format=html", BOARD_KEY);
    assertThat(response.status()).isEqualTo(406);
    assertThat(response.body()).contains("report-format-unavailable");
  }
}
