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
package se.westum.consortium.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.csv.StrictUtf8Reader.NotUtf8Exception;

/**
 * The records of one CSV file, read one at a time from Jackson's CSV parser (its tokens, not a
 * databind iterator of {@code String[]} copied into a list per row), so a file is never held in
 * memory. Rows whose fields are all blank are skipped. Any structural error becomes a {@link
 * MalformedCsvException} with the line it concerns.
 */
final class CsvRows implements Closeable {

  private final String fileName;
  private final JsonParser parser;
  private boolean started;

  private CsvRows(String fileName, JsonParser parser) {
    this.fileName = fileName;
    this.parser = parser;
  }

  /**
   * Opens a file for reading.
   *
   * @param rowReader reads one {@code String[]} per record, configured for the dialect
   */
  static CsvRows open(ObjectReader rowReader, Path file, String fileName) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      // the reader's schema and features (separator, rows as arrays, empty lines skipped)
      return new CsvRows(fileName, rowReader.createParser(new StrictUtf8Reader(in)));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The next record that is not blank, or empty at the end of the file. */
  Optional<CsvRow> next() throws MalformedCsvException {
    long line = 0;
    try {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (!started) {
          // the array that WRAP_AS_ARRAY puts around all records
          started = true;
          continue;
        }
        if (token != JsonToken.START_ARRAY) {
          // the end of that array
          continue;
        }
        // at a record's START_ARRAY the parser stands at the start of the record
        line = parser.currentLocation().getLineNr();
        List<String> fields = new ArrayList<>();
        for (String field = parser.nextTextValue(); field != null; field = parser.nextTextValue()) {
          fields.add(field);
        }
        CsvRow row = new CsvRow(line, fields);
        if (!row.isBlank()) {
          return Optional.of(row);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw malformed(e, line);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private MalformedCsvException malformed(IOException error, long recordLine) {
    // databind wraps what the Reader throws; look for the cause that tells what happened
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotUtf8Exception notUtf8) {
        return problem(
            notUtf8.line(),
            "the file is not UTF-8: this line has bytes that are not UTF-8"
                + " (save the file as \"CSV UTF-8\")",
            error);
      }
    }
    if (error instanceof JsonProcessingException parse) {
      String message = parse.getOriginalMessage();
      JsonLocation where = parse.getLocation();
      long errorLine = where == null || where.getLineNr() < 1 ? recordLine : where.getLineNr();
      if (message.contains("Missing closing quote")) {
        return problem(
            recordLine > 0 ? recordLine : errorLine,
            "unbalanced quote: a quoted field that starts in this row is never closed"
                + " (the file ends inside the quotes)",
            error);
      }
      if (message.contains("Expected column separator")) {
        return problem(
            errorLine,
            "unexpected character after a closing quote"
                + (where == null ? "" : " at character " + where.getColumnNr())
                + ": a quoted field must end at a separator or at the end of the line"
                + " (write a quote inside a quoted field as two quotes)",
            error);
      }
      return problem(errorLine, "malformed CSV: " + message, error);
    }
    return problem(recordLine, "the file cannot be read: " + error.getMessage(), error);
  }

  private MalformedCsvException problem(long line, String reason, Throwable cause) {
    return new MalformedCsvException(new CsvProblem(fileName, line, 0, "", reason), cause);
  }
}
