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

/** What a figures command prints: the same report as text for people or JSON for programs. */
interface Report {

  /** The report as aligned text lines. */
  void printText(PrintWriter out);

  /**
   * The report as JSON. For the figures the REST API answers too, exactly its answer body (written
   * by the REST adapter's own representations, see {@link se.westum.consortium.rest.ApiJson}).
   */
  String json() throws JsonProcessingException;
}
