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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.report.NarrativeFragment;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.domain.report.SectionId;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Reads the narrative fragments of a dataset folder: {@code narrative/sv/<section>.md} and {@code
 * narrative/en/<section>.md}, all optional. A file whose name is no section id is refused, naming
 * it.
 */
final class NarrativeFiles {

  /** A narrative file whose name is no section id. */
  static final String INVALID_NARRATIVE = "invalid-narrative";

  private NarrativeFiles() {}

  /** The fragments under {@code dataset}; none when it has no {@code narrative} folder. */
  static Narrative read(Path dataset) throws IOException {
    List<NarrativeFragment> fragments = new ArrayList<>();
    for (ReportLanguage language : ReportLanguage.values()) {
      Path folder = dataset.resolve("narrative").resolve(language.code());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> listed = Files.list(folder)) {
        files = listed.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString();
        String source = "narrative/" + language.code() + "/" + name;
        SectionId section;
        try {
          section = new SectionId(name.substring(0, name.length() - ".md".length()));
        } catch (IllegalArgumentException e) {
          throw ValidationException.of(
              "narrative", INVALID_NARRATIVE, source + ": the file name is no section id");
        }
        fragments.add(
            new NarrativeFragment(section, language, Files.readString(file, UTF_8), source));
      }
    }
    return new Narrative(fragments);
  }
}
