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

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The precompiled jte templates: {@code report.jte} under {@code src/main/jte/html} (HTML content
 * type, escaping every value for its HTML context) and under {@code src/main/jte/md} (plain text,
 * escaped by {@link MarkdownText}). Built once; thread-safe.
 */
public final class Templates {

  private static final String CSS = "/se/westum/consortium/report/report.css";

  private final TemplateEngine html;
  private final TemplateEngine markdown;
  private final String css;

  /** Loads the precompiled template classes and the stylesheet. */
  public Templates() {
    ClassLoader loader = Templates.class.getClassLoader();
    this.html =
        TemplateEngine.createPrecompiled(
            null, ContentType.Html, loader, "se.westum.consortium.report.internal.html");
    this.markdown =
        TemplateEngine.createPrecompiled(
            null, ContentType.Plain, loader, "se.westum.consortium.report.internal.md");
    this.css = resource(CSS);
  }

  /** The document as self-contained HTML (its stylesheet and charts inline). */
  public String html(Document document) {
    return render(html, Map.of("doc", document, "css", css));
  }

  /** The document as Markdown (CommonMark with GFM tables). */
  public String markdown(Document document) {
    return render(markdown, Map.of("doc", document)).strip() + "\n";
  }

  private static String render(TemplateEngine engine, Map<String, Object> parameters) {
    TemplateOutput output = new StringOutput();
    engine.render("report.jte", parameters, output);
    return output.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Templates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
