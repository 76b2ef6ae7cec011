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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.TrainingDataset;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.SourceLocation;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.ProjectQuota;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.VisitPolicy;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * The needs-based training files: the bundled KOBRA records read, imported through the core,
 * written and read back in both dialects, and every problem placed at its file, line and column.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingCsvTest {

  private static final Path WESTUM =
      Path.of("..", "examples", "src", "main", "resources", "datasets", "westum-2016");

  private static final List<String> TRAINING_FILES =
      List.of(
          "need_topics.csv",
          "sectors.csv",
          "training_quotas.csv",
          "brokers.csv",
          "company_visits.csv",
          "visit_needs.csv",
          "survey_mapping.csv",
          "survey_answers.csv",
          "focus_areas.csv",
          "trainings.csv",
          "training_participants.csv",
          "indicator_feeds.csv");

  @TempDir Path dir;

  private final CsvDatasetReader excelSv = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  /** A copy of the training files in {@code dir}, for a test to break one of them. */
  private Path trainingCopy() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("copy"));
    for (String file : TRAINING_FILES) {
      Files.copy(WESTUM.resolve(file), copy.resolve(file));
    }
    return copy;
  }

  private static void replaceInFile(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  private Consortium westum() {
    Consortium consortium = Consortium.builder().storage(new InMemoryStorage()).build();
    consortium.membership().importDataset(excelSv.readMembership(WESTUM));
    consortium.governance().importDataset(excelSv.readGovernance(WESTUM));
    consortium.projects().importDataset(excelSv.readProjects(WESTUM));
    return consortium;
  }

  @Test
  void
      the_bundled_kobra_files_are_read_with_their_needs_and_the_survey_export_through_its_mapping() {
    // when
    TrainingDataset dataset = excelSv.readTraining(WESTUM);

    // then
    List<CompanyVisit> visits = all(dataset.companyVisits());
    assertThat(visits).hasSize(325);
    assertThat(visits.stream().mapToInt(v -> v.needs().size()).sum()).isEqualTo(604);
    assertThat(all(dataset.surveyAnswers())).hasSize(114);
    assertThat(all(dataset.brokers())).hasSize(13);
    assertThat(all(dataset.focusAreas())).hasSize(3);
    assertThat(all(dataset.trainings()))
        .extracting(Training::participantCount)
        .containsExactly(26, 0, 0);
    assertThat(all(dataset.vocabularies()))
        .singleElement()
        .satisfies(v -> assertThat(v.topics()).hasSize(7));
  }

  @Test
  void the_kobra_files_import_through_the_core_and_a_second_import_changes_nothing() {
    // given
    Consortium consortium = westum();

    // when
    ImportSummary first = consortium.training().importDataset(excelSv.readTraining(WESTUM));
    ImportSummary again = consortium.training().importDataset(excelSv.readTraining(WESTUM));

    // then
    assertThat(first.kinds())
        .filteredOn(k -> k.kind().equals("company-visit"))
        .singleElement()
        .satisfies(k -> assertThat(k.added()).isEqualTo(325));
    assertThat(again.kinds()).allMatch(k -> k.added() == 0 && k.changed() == 0);
    assertThat(
            consortium
                .training()
                .needs(new ProjectId("KOBRA"), LocalDate.of(2017, 2, 28))
                .analysis()
                .visits())
        .isEqualTo(325);
  }

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void the_training_files_written_in_a_dialect_read_back_as_the_same_records(CsvDialect dialect)
      throws IOException {
    // given
    TrainingDataset read = excelSv.readTraining(WESTUM);
    Path out = dir.resolve(dialect.cliName());

    // when
    CsvDatasets.writer(dialect).writeTraining(read, out);
    TrainingDataset back = CsvDatasets.reader(dialect).readTraining(out);

    // then
    assertThat(all(back.vocabularies())).isEqualTo(all(read.vocabularies()));
    assertThat(all(back.surveyMappings())).isEqualTo(all(read.surveyMappings()));
    assertThat(all(back.brokers())).isEqualTo(all(read.brokers()));
    assertThat(all(back.companyVisits())).isEqualTo(all(read.companyVisits()));
    List<SurveyAnswer> answers = all(back.surveyAnswers());
    assertThat(answers).hasSize(114).isEqualTo(all(read.surveyAnswers()));
    assertThat(all(back.focusAreas())).isEqualTo(all(read.focusAreas()));
    assertThat(all(back.trainings())).isEqualTo(all(read.trainings()));
    assertThat(all(back.indicatorFeeds())).hasSize(3).isEqualTo(all(read.indicatorFeeds()));
    assertThat(all(back.quotas()))
        .containsExactly(new ProjectQuota(new ProjectId("KOBRA"), Quota.DEFAULT))
        .isEqualTo(all(read.quotas()));
  }

  @Test
  void a_projects_quota_in_its_file_is_the_quota_the_compliance_report_judges_by()
      throws IOException {
    // given
    Consortium consortium = westum();
    Path copy = trainingCopy();
    replaceInFile(copy.resolve("training_quotas.csv"), "KOBRA;1;3", "KOBRA;2;4");

    // when
    ImportSummary first = consortium.training().importDataset(excelSv.readTraining(copy));
    ImportSummary again = consortium.training().importDataset(excelSv.readTraining(copy));

    // then
    assertThat(
            consortium
                .training()
                .compliance(new ProjectId("KOBRA"), LocalDate.of(2017, 3, 31))
                .quota())
        .isEqualTo(new Quota(2, 4));
    assertThat(first.kinds())
        .filteredOn(k -> k.kind().equals("quota"))
        .singleElement()
        .satisfies(k -> assertThat(k.added()).isEqualTo(1));
    assertThat(again.kinds())
        .filteredOn(k -> k.kind().equals("quota"))
        .singleElement()
        .satisfies(k -> assertThat(k.unchanged()).isEqualTo(1));
  }

  @Test
  void a_crossed_or_unreadable_quota_is_reported_at_its_cell() throws IOException {
    // given
    Path copy = trainingCopy();
    Files.writeString(
        copy.resolve("training_quotas.csv"),
        "\uFEFFproject;min;max\r\nKOBRA;4;2\r\nOTHER;x;3\r\n",
        StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> excelSv.readTraining(copy))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CsvProblem::file, CsvProblem::line, CsvProblem::columnName)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("training_quotas.csv", 2L, "min"),
                        org.assertj.core.groups.Tuple.tuple("training_quotas.csv", 3L, "min")));
  }

  @Test
  void a_quota_of_a_project_not_stored_is_placed_at_its_line_and_nothing_is_written()
      throws IOException {
    // given
    Consortium consortium = westum();
    Path copy = trainingCopy();
    replaceInFile(copy.resolve("training_quotas.csv"), "KOBRA;1;3", "NOPE;1;3");
    TrainingDataset dataset = excelSv.readTraining(copy);

    // when / then
    assertThatThrownBy(() -> consortium.training().importDataset(dataset))
        .isInstanceOfSatisfying(
            RecordsRefusedException.class,
            e ->
                assertThat(e.refused())
                    .singleElement()
                    .satisfies(
                        r ->
                            assertThat(r.location())
                                .contains(
                                    new SourceLocation("training_quotas.csv", 2, 1, "project"))));
    assertThat(
            consortium
                .training()
                .needs(new ProjectId("KOBRA"), LocalDate.of(2017, 2, 28))
                .analysis()
                .visits())
        .isZero();
  }

  @Test
  void the_cores_rules_of_needs_and_participants_are_placed_at_the_line_that_breaks_them()
      throws IOException {
    // given: a topic named twice for one visit, an organisation listed twice for a delivered
    // training, participants of a training only approved
    Path copy = trainingCopy();
    replaceInFile(
        copy.resolve("visit_needs.csv"),
        "KOBRA-V0001;social-media;2",
        "KOBRA-V0001;digitalisation;2");
    Files.writeString(
        copy.resolve("training_participants.csv"),
        "\uFEFFtraining;organisation;country;count\r\n"
            + "KOBRA-T01;Skövde kommun;SE;4\r\n"
            + "KOBRA-T01;Skövde kommun;SE;2\r\n"
            + "KOBRA-T02;Lidköpings kommun;SE;3\r\n",
        StandardCharsets.UTF_8);

    // when / then: each at its line, in the core's words
    assertThatThrownBy(() -> excelSv.readTraining(copy))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(
                        CsvProblem::file,
                        CsvProblem::line,
                        CsvProblem::columnName,
                        CsvProblem::reason)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "visit_needs.csv",
                            3L,
                            "topic",
                            "a need topic is named once per record"),
                        org.assertj.core.groups.Tuple.tuple(
                            "training_participants.csv",
                            3L,
                            "organisation",
                            "an organisation is listed once per country and" + " training"),
                        org.assertj.core.groups.Tuple.tuple(
                            "training_participants.csv",
                            4L,
                            "training",
                            "a APPROVED training has no participants")));
  }

  @Test
  void every_bad_cell_is_reported_with_its_file_line_and_column() throws IOException {
    // given
    Path copy = trainingCopy();
    replaceInFile(copy.resolve("company_visits.csv"), ";2015-10-02;", ";2015-13-02;");
    replaceInFile(
        copy.resolve("visit_needs.csv"),
        "KOBRA-V0001;digitalisation;1",
        "KOBRA-V0001;digitalisation;7");
    replaceInFile(copy.resolve("survey_answers.csv"), ";Besöksnäring;26;2;", ";Besöksnäring;26;9;");

    // when / then
    assertThatThrownBy(() -> excelSv.readTraining(copy))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CsvProblem::file, CsvProblem::line, CsvProblem::columnName)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("company_visits.csv", 2L, "date"),
                        org.assertj.core.groups.Tuple.tuple("visit_needs.csv", 2L, "priority"),
                        org.assertj.core.groups.Tuple.tuple(
                            "survey_answers.csv", 2L, "Behov: Sociala medier")));
  }

  @Test
  void a_visit_the_core_refuses_is_placed_at_its_line_and_column_and_nothing_is_written()
      throws IOException {
    // given
    Consortium consortium = westum();
    Path copy = trainingCopy();
    // Tidaholm's first broker ended on 2016-06-30: a visit by KOBRA-KM05 after that is refused
    replaceInFile(
        copy.resolve("company_visits.csv"), "KOBRA-KM05;2015-10-02", "KOBRA-KM05;2016-07-04");
    TrainingDataset dataset = excelSv.readTraining(copy);

    // when / then
    assertThatThrownBy(() -> consortium.training().importDataset(dataset))
        .isInstanceOfSatisfying(
            RecordsRefusedException.class,
            e -> {
              RefusedRecord refused = e.refused().get(0);
              assertThat(refused.code()).isEqualTo(VisitPolicy.OUTSIDE_BROKER_PERIOD);
              assertThat(refused.location())
                  .contains(new SourceLocation("company_visits.csv", 2, 4, "date"));
            });
    assertThat(
            consortium
                .training()
                .needs(new ProjectId("KOBRA"), LocalDate.of(2017, 2, 28))
                .analysis()
                .visits())
        .isZero();
  }

  @Test
  void a_training_rule_broken_is_no_import_error_but_a_training_of_an_unknown_partner_is()
      throws IOException {
    // given
    Consortium consortium = westum();
    Path copy = trainingCopy();
    replaceInFile(
        copy.resolve("trainings.csv"),
        ";KOBRA-P06;VIDEO_CONFERENCE;",
        ";KOBRA-P99;VIDEO_CONFERENCE;");

    // when / then
    assertThatThrownBy(() -> consortium.training().importDataset(excelSv.readTraining(copy)))
        .isInstanceOfSatisfying(
            RecordsRefusedException.class,
            e ->
                assertThat(e.refused())
                    .singleElement()
                    .satisfies(
                        r -> {
                          assertThat(r.field()).isEqualTo("partner");
                          assertThat(r.location().orElseThrow().file()).isEqualTo("trainings.csv");
                          assertThat(r.location().orElseThrow().line()).isEqualTo(3);
                        }));
  }

  @Test
  void a_training_serving_a_goal_not_stored_is_refused_at_its_goal_cell() throws IOException {
    // given
    Consortium consortium = westum();
    Path copy = trainingCopy();
    replaceInFile(copy.resolve("trainings.csv"), ";2016-II", ";2016-IX");

    // when / then
    assertThatThrownBy(() -> consortium.training().importDataset(excelSv.readTraining(copy)))
        .isInstanceOfSatisfying(
            RecordsRefusedException.class,
            e ->
                assertThat(e.refused())
                    .singleElement()
                    .satisfies(
                        r -> {
                          assertThat(r.code()).isEqualTo(MissingReferenceException.CODE);
                          assertThat(r.message()).isEqualTo("goal: no goal '2016-IX'");
                          assertThat(r.location())
                              .contains(new SourceLocation("trainings.csv", 2, 18, "goal"));
                        }));
  }

  @Test
  void the_bundled_trainings_serve_goal_ii_and_a_file_without_the_goal_column_names_none()
      throws IOException {
    // given
    Path copy = trainingCopy();
    Path trainings = copy.resolve("trainings.csv");
    Files.writeString(
        trainings,
        Files.readString(trainings, StandardCharsets.UTF_8)
            .replace(";goal\r\n", "\r\n")
            .replace(";2016-II\r\n", "\r\n"),
        StandardCharsets.UTF_8);

    // when
    List<Training> bundled = all(excelSv.readTraining(WESTUM).trainings());
    List<Training> without = all(excelSv.readTraining(copy).trainings());

    // then
    assertThat(bundled)
        .extracting(t -> t.goal().map(GoalId::value).orElse(""))
        .containsExactly("2016-II", "2016-II", "2016-II");
    assertThat(without).hasSize(3).allMatch(t -> t.goal().isEmpty());
    assertThat(Files.readString(trainings, StandardCharsets.UTF_8)).doesNotContain("goal");
  }
}
