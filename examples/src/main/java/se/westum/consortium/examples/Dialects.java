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

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.westum.consortium.csv.CsvDialect;

/** The {@code --dialect} values: converts them, and lists them for help and completion. */
final class Dialects implements ITypeConverter<CsvDialect>, Iterable<String> {

  /** The dialect Swedish Excel writes, as the office keeps its files. */
  static final String DEFAULT = "excel-sv";

  @Override
  public CsvDialect convert(String value) {
    try {
      return CsvDialect.fromName(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(CsvDialect.values()).map(CsvDialect::cliName).iterator();
  }
}
