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

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;

/**
 * Every figure of the report with its trace as JSON, keyed by the figure's stable key, in the
 * report's order:
 *
 * <pre>{@code
 * {"fiscalYear": 2016, "language": "sv", "title": "...",
 *  "figures": {"board.sessions": {"section": "board", "value": 9, "unit": "count",
 *              "trace": {"recordKind": "meeting", "ids": ["..."], "count": 9, "rule": "..."}}},
 *  "findings": [{"rule": "...", "subject": "...", "reason": "...", "trace": {...}}]}
 * }</pre>
 *
 * <p>Written with Jackson's streaming generator (jackson-core only: no data binding, no
 * reflection), numbers as JSON numbers, decimals exactly as the records hold them.
 */
public final class JsonDocuments {

  private final JsonFactory factory = JsonFactory.builder().build();

  private static void trace(JsonGenerator json, TracedFigure.Trace trace) throws IOException {
    json.writeObjectFieldStart("trace");
    json.writeStringField("recordKind", trace.recordKind());
    json.writeArrayFieldStart("ids");
    for (String id : trace.ids()) {
      json.writeString(id);
    }
    json.writeEndArray();
    json.writeNumberField("count", trace.count());
    json.writeStringField("rule", trace.rule());
    json.writeEndObject();
  }

  /** The document's figures and findings as UTF-8 JSON. */
  public byte[] json(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("fiscalYear", document.metadata().fiscalYear());
      json.writeStringField("language", document.language().code());
      json.writeStringField("title", document.title());
      json.writeObjectFieldStart("figures");
      for (TracedFigure figure : document.figures()) {
        json.writeObjectFieldStart(figure.key());
        json.writeStringField("section", figure.section());
        json.writeFieldName("value");
        if (figure.value() instanceof Long whole) {
          json.writeNumber(whole);
        } else if (figure.value() instanceof BigDecimal decimal) {
          json.writeNumber(decimal);
        } else {
          json.writeString((String) figure.value());
        }
        json.writeStringField("unit", figure.unit());
        if (figure.asOf().isPresent()) {
          json.writeStringField("asOf", figure.asOf().get());
        }
        trace(json, figure.trace());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeArrayFieldStart("findings");
      for (Document.Finding finding : document.findings()) {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule());
        json.writeStringField("subject", finding.subject());
        json.writeStringField("reason", finding.reason());
        json.writeStringField("code", finding.code());
        json.writeArrayFieldStart("arguments");
        for (Object argument : finding.arguments()) {
          argument(json, argument);
        }
        json.writeEndArray();
        trace(json, finding.trace());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  // a finding's argument as a figure's value is written: a value and its unit
  private static void argument(JsonGenerator json, Object argument) throws IOException {
    json.writeStartObject();
    json.writeFieldName("value");
    String unit;
    if (argument instanceof Money money) {
      json.writeNumber(money.amount());
      unit = money.currency().getCurrencyCode();
    } else if (argument instanceof Percentage percent) {
      json.writeNumber(percent.value());
      unit = "percent";
    } else if (argument instanceof BigDecimal number) {
      json.writeNumber(number);
      unit = "number";
    } else if (argument instanceof Integer whole) {
      json.writeNumber(whole);
      unit = "count";
    } else if (argument instanceof Long whole) {
      json.writeNumber(whole);
      unit = "count";
    } else if (argument instanceof Year year) {
      json.writeNumber(year.getValue());
      unit = "year";
    } else if (argument instanceof LocalDate day) {
      json.writeString(day.toString());
      unit = "date";
    } else {
      json.writeString(argument.toString());
      unit = "text";
    }
    json.writeStringField("unit", unit);
    json.writeEndObject();
  }
}
