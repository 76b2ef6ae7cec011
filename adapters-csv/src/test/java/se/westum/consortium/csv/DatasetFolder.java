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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes dataset files for tests: {@code DatasetFolder.in(dir).excelSv("members.csv", ...)}. */
final class DatasetFolder {

  static final String MEMBERS_HEADER =
      "organisation_number;name;kind;covered_municipalities;joined;left";
  static final String FEES_HEADER = "organisation_number;year;amount;currency";
  static final String PAYMENTS_HEADER = "organisation_number;year;paid_on;amount;currency";

  /** Borås Stad in the Westum dataset. */
  static final String BORAS = "212000-1017";

  /** Skövde kommun in the Westum dataset. */
  static final String SKOVDE = "212000-1660";

  /** A federation in the Westum dataset. */
  static final String DALSLAND = "222000-1081";

  static final String BORAS_ROW = BORAS + ";Borås Stad;MUNICIPALITY;1490;2006-01-01;";
  static final String SKOVDE_ROW = SKOVDE + ";Skövde kommun;MUNICIPALITY;1496;2005-09-01;";

  private final Path directory;

  private DatasetFolder(Path directory) {
    this.directory = directory;
  }

  static DatasetFolder in(Path directory) {
    return new DatasetFolder(directory);
  }

  Path path() {
    return directory;
  }

  /** A file as Swedish Excel writes it: byte order mark, CRLF after every line. */
  DatasetFolder excelSv(String file, String... lines) {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (String line : lines) {
      text.append(line).append("\r\n");
    }
    return bytes(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A file of exactly this text, in UTF-8 without byte order mark. */
  DatasetFolder text(String file, String text) {
    return bytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A file of exactly these bytes. */
  DatasetFolder bytes(String file, byte[] bytes) {
    try {
      Files.write(directory.resolve(file), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** UTF-8 text, then raw bytes, then UTF-8 text. */
  static byte[] concat(String before, byte[] raw, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(raw);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
