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

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --project ACRONYM --at DATE} options of the commands that report on one project at a
 * day ({@code needs}, {@code compliance}), declared once so both read and explain them alike.
 */
final class ProjectDayOptions {

  @Option(
      names = "--project",
      required = true,
      paramLabel = "ACRONYM",
      description = "The project's acronym, for example KOBRA.")
  String project;

  @Option(
      names = "--at",
      required = true,
      paramLabel = "DATE",
      description = "The day, yyyy-MM-dd; records dated later are left out.")
  LocalDate at;
}
