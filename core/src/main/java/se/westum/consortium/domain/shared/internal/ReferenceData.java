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
package se.westum.consortium.domain.shared.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reference data files shipped in the core jar under {@code
 * se/westum/consortium/reference/}: plain comma-separated UTF-8 with a header and no quoting (tests
 * check the files keep to that).
 */
public final class ReferenceData {

  private static final String BASE = "/se/westum/consortium/reference/";

  private ReferenceData() {}

  /**
   * The rows of a reference file, header skipped, each split into exactly {@code columns} fields.
   *
   * @throws IllegalStateException if the file is missing or a row has another number of fields
   */
  public static List<String[]> rows(String file, int columns) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("reference data " + file + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      reader.readLine(); // header
      int line = 1;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (!text.isBlank()) {
          String[] fields = text.split(",", -1);
          if (fields.length != columns) {
            throw new IllegalStateException(
                "reference data "
                    + file
                    + " line "
                    + line
                    + " has "
                    + fields.length
                    + " fields, not "
                    + columns);
          }
          rows.add(fields);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
