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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in a dataset. Every problem is counted; per file at most {@code listedPerFile}
 * are kept, so a huge file of bad rows cannot exhaust memory, and one closing problem tells how
 * many more there were.
 */
final class Problems {

  /** Enough for any file a person will fix by hand. */
  static final int LISTED_PER_FILE = 10_000;

  private final int listedPerFile;
  private final List<CsvProblem> listed = new ArrayList<>();
  private final Map<String, Long> unlisted = new LinkedHashMap<>();
  private final Map<String, Integer> listedCount = new LinkedHashMap<>();

  Problems() {
    this(LISTED_PER_FILE);
  }

  Problems(int listedPerFile) {
    this.listedPerFile = listedPerFile;
  }

  void add(CsvProblem problem) {
    int count = listedCount.merge(problem.file(), 1, Integer::sum);
    if (count <= listedPerFile) {
      listed.add(problem);
    } else {
      unlisted.merge(problem.file(), 1L, Long::sum);
    }
  }

  void addAll(Collection<CsvProblem> problems) {
    problems.forEach(this::add);
  }

  boolean isEmpty() {
    return listed.isEmpty();
  }

  /** The problems kept, then for each file with more a problem saying how many more. */
  List<CsvProblem> all() {
    return withUnlisted(new ArrayList<>(listed));
  }

  /**
   * As {@link #all()}, but the problems kept sorted by file, in the order given, and by line; those
   * of one line stay in the order they were found. For checks that find a problem of an earlier
   * file only when a later one has been read.
   */
  List<CsvProblem> inFileOrder(List<DatasetFile> files) {
    List<String> names = files.stream().map(DatasetFile::fileName).toList();
    List<CsvProblem> sorted = new ArrayList<>(listed);
    // a stable sort: problems of the same line keep the order in which they were found
    sorted.sort(
        Comparator.comparingInt((CsvProblem p) -> names.indexOf(p.file()))
            .thenComparingLong(CsvProblem::line));
    return withUnlisted(sorted);
  }

  private List<CsvProblem> withUnlisted(List<CsvProblem> all) {
    unlisted.forEach(
        (file, more) ->
            all.add(
                new CsvProblem(
                    file,
                    0,
                    0,
                    "",
                    more
                        + " more problems in this file are not listed; fix the ones above first")));
    return all;
  }
}
