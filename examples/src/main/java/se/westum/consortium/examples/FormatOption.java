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

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print a {@link Report}. */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /**
   * Prints {@code report} to {@code out} in the chosen format. JSON is the REST API's answer body
   * followed by one line feed, on every platform.
   */
  void print(Report report, PrintWriter out) throws JsonProcessingException {
    if (format == OutputFormat.JSON) {
      out.print(report.json());
      out.print('\n');
    } else {
      report.printText(out);
    }
  }
}
