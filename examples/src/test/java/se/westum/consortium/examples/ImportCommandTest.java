package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  private String db;
  private Path westum;

  @BeforeEach
  void a_fresh_database_and_a_copy_of_the_dataset() throws Exception {
    db = Cli.h2File(directory);
    westum = Datasets.westum2016(directory, "westum-2016");
  }

  @Test
  void import_then_members_as_json_gives_the_seed_figures() throws Exception {
    // given
    Cli.Result imported = Cli.run("import", "--data", westum.toString(), "--db", db);

    // when
    Cli.Result members = Cli.run("members", "--year", "2016", "--format", "json", "--db", db);

    // then
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("34 members (34 new), 67 fees, 67 payments (67 new)");
    assertThat(members.exitCode()).as(members.err()).isZero();
    JsonNode figures = JSON.readTree(members.out());
    assertThat(figures.get("year").asInt()).isEqualTo(2016);
    assertThat(figures.get("payingMembers").asInt()).isEqualTo(31);
    assertThat(figures.get("municipalitiesCovered").asInt()).isEqualTo(39);
    JsonNode coverage = figures.get("coverage");
    assertThat(coverage.get("covered").asInt()).isEqualTo(39);
    assertThat(coverage.get("total").asInt()).isEqualTo(55);
    assertThat(coverage.get("percent").decimalValue()).isEqualByComparingTo("70.9");
    assertThat(coverage.get("counties").findValuesAsText("shortName"))
        .containsExactly("Västra Götaland", "Halland");
    assertThat(coverage.get("text").asText())
        .isEqualTo("39 of 55 municipalities in Västra Götaland and Halland");
  }

  @Test
  void importing_the_same_dataset_twice_changes_nothing() throws Exception {
    // given
    Cli.run("import", "--data", westum.toString(), "--db", db);
    String figuresAfterFirst =
        Cli.run("members", "--year", "2016", "--format", "json", "--db", db).out();

    // when
    Cli.Result second = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("34 members (0 new), 67 fees, 67 payments (0 new)");
    assertThat(Databases.members(db)).isEqualTo(34);
    assertThat(Cli.run("members", "--year", "2016", "--format", "json", "--db", db).out())
        .isEqualTo(figuresAfterFirst);
  }

  @Test
  void a_dataset_with_bad_rows_prints_every_problem_and_writes_nothing() throws Exception {
    // given one bad organisation number, one bad kind, and one bad amount
    Datasets.append(
        westum,
        "members.csv",
        "212000-1018;Felnummer kommun;MUNICIPALITY;1430;2010-01-01;",
        "212000-1207;Munkedals kommun;CITY;1430;2010-01-01;");
    Datasets.append(westum, "fees.csv", "212000-1017;2017;tolv tusen;SEK");

    // when
    Cli.Result result = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .containsPattern("members\\.csv:36:\\d+ \\(organisation_number\\): .+")
        .containsPattern("members\\.csv:37:\\d+ \\(kind\\): .+")
        .containsPattern("fees\\.csv:69:\\d+ \\(amount\\): .+")
        .contains("nothing was imported")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
    assertThat(Databases.members(db)).isZero();
  }

  @Test
  void a_bad_dataset_leaves_earlier_imports_unchanged() throws Exception {
    // given
    Cli.run("import", "--data", westum.toString(), "--db", db);
    Path changed = Datasets.westum2016(directory, "changed");
    Datasets.append(
        changed,
        "members.csv",
        "212000-1207;Munkedals kommun;MUNICIPALITY;1430;2010-01-01;",
        "212000-1018;Felnummer kommun;MUNICIPALITY;1430;2010-01-01;");

    // when
    Cli.Result result = Cli.run("import", "--data", changed.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("members.csv:37:");
    assertThat(Databases.members(db)).isEqualTo(34);
  }

  @Test
  void a_failure_inside_the_import_rolls_back_every_row_already_written() throws Exception {
    // given the stored Borås fee for 2016 is in SEK, and a dataset that is valid on its own
    // adds a member, then pays Borås's 2016 fee in euros: only the core can see the clash
    Cli.run("import", "--data", westum.toString(), "--db", db);
    Path clash = Files.createDirectories(directory.resolve("clash"));
    Datasets.write(
        clash,
        "members.csv",
        "organisation_number;name;kind;covered_municipalities;joined;left",
        "212000-1207;Munkedals kommun;MUNICIPALITY;1430;2010-01-01;",
        "212000-1017;Borås Stad;MUNICIPALITY;1490;2006-01-01;");
    Datasets.write(
        clash,
        "fees.csv",
        "organisation_number;year;amount;currency",
        "212000-1207;2016;9000,00;SEK");
    Datasets.write(
        clash,
        "payments.csv",
        "organisation_number;year;paid_on;amount;currency",
        "212000-1017;2016;2016-05-02;100,00;EUR");

    // when
    Cli.Result result = Cli.run("import", "--data", clash.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).singleElement().asString().startsWith("error: ");
    assertThat(Databases.consortium(db).findMembers().find("212000-1207")).isEmpty();
    assertThat(Databases.members(db)).isEqualTo(34);
  }

  @Test
  void a_missing_directory_is_one_error_line() {
    // when
    Cli.Result result =
        Cli.run("import", "--data", directory.resolve("nowhere").toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualToIgnoringNewLines(
            "error: no-such-directory: there is no directory " + directory.resolve("nowhere"));
  }

  @Test
  void the_rfc4180_dialect_rejects_the_semicolon_files_of_excel_sv() {
    // when
    Cli.Result result =
        Cli.run("import", "--data", westum.toString(), "--dialect", "rfc4180", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("members.csv:1:");
  }
}
