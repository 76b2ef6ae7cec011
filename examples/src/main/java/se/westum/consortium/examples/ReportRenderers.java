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

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import se.westum.consortium.application.port.out.ReportRenderer;
import se.westum.consortium.report.ReportDocuments;

/** The report renderer of the commands that write the report (demo, report, serve). */
final class ReportRenderers {

  private ReportRenderers() {}

  /**
   * The report module's renderer. Its PDF library logs timings at INFO and warns of the print
   * stylesheet's browser-only properties (break-inside, overflow-wrap), which it skips on purpose:
   * nobody running the CLI can act on either, so only its errors are shown. Done here, not at
   * start-up, so commands that write no report do not load it.
   */
  static ReportRenderer create() {
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.SEVERE);
    }
    return ReportDocuments.create();
  }
}
