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
package se.westum.consortium.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Copies of the bundled dataset for tests, optionally with rows added. */
final class Datasets {

  private Datasets() {}

  /**
   * The bundled Westum 2016 dataset, copied into a new directory {@code name} under {@code parent}.
   */
  static Path westum2016(Path parent, String name) throws IOException {
    Path directory = Files.createDirectories(parent.resolve(name));
    BundledDataset.copyTo(directory);
    return directory;
  }

  /** Appends excel-sv rows (semicolon-separated, CRLF) to {@code file} of the dataset. */
  static void append(Path dataset, String file, String... rows) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String row : rows) {
      text.append(row).append("\r\n");
    }
    Files.writeString(dataset.resolve(file), text, UTF_8, StandardOpenOption.APPEND);
  }

  /**
   * Removes the row {@code row} (its exact text, without line ending) from {@code file} of the
   * dataset, keeping every other byte as it was.
   *
   * @throws IllegalArgumentException if the file has no such row: the test would prove nothing
   */
  static void remove(Path dataset, String file, String row) throws IOException {
    Path path = dataset.resolve(file);
    String text = Files.readString(path, UTF_8);
    String line = "\r\n" + row + "\r\n";
    if (!text.contains(line)) {
      throw new IllegalArgumentException(file + " has no row " + row);
    }
    Files.writeString(path, text.replace(line, "\r\n"), UTF_8);
  }

  /** Writes {@code file} of a dataset from excel-sv rows, header first. */
  static void write(Path dataset, String file, String... rows) throws IOException {
    Files.writeString(dataset.resolve(file), "", UTF_8);
    append(dataset, file, rows);
  }
}
