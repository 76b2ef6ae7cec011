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

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based line the record starts on (a quoted field may span several lines)
 * @param fields the fields as written, quotes removed
 */
record CsvRow(long line, List<String> fields) {

  CsvRow {
    fields = List.copyOf(fields);
  }

  /** True when every field is blank, as in the {@code ;;;;} rows spreadsheets leave behind. */
  boolean isBlank() {
    for (String field : fields) {
      if (!field.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
