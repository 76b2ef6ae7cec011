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
package se.westum.consortium.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.Limits;

/**
 * The migrations' column sizes are the domain's limits: every {@code VARCHAR} and {@code DECIMAL}
 * column of every migration is listed in the README's column-size table, with the migration's type,
 * and a row naming {@link Limits} constants gives exactly the type those constants make. A
 * migration that widens or narrows a column, or a constant that changes, fails here.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ColumnSizesTest {

  private static final Pattern TABLE = Pattern.compile("^\\s*CREATE TABLE (\\w+)");
  private static final Pattern COLUMN =
      Pattern.compile("^\\s*(\\w+)\\s+(VARCHAR\\(\\d+\\)|DECIMAL\\(\\d+,\\s*\\d+\\))");
  // a column a later migration adds to an earlier table
  private static final Pattern ADDED =
      Pattern.compile(
          "^\\s*ALTER TABLE (\\w+) ADD COLUMN (\\w+)\\s+(VARCHAR\\(\\d+\\)|DECIMAL\\(\\d+,\\s*\\d+\\))");
  private static final Pattern CONSTANT = Pattern.compile("Limits\\.(\\w+)");

  @Test
  void every_sized_column_of_the_migrations_has_the_size_its_limit_names() throws IOException {
    // given
    Map<String, String> migrated = migratedColumns();
    List<Row> rows = readmeRows();

    // when
    Map<String, String> documented = new TreeMap<>();
    for (Row row : rows) {
      row.columns().forEach(column -> documented.put(column, row.type()));
    }

    // then
    assertThat(migrated).hasSizeGreaterThan(140);
    assertThat(documented).isEqualTo(new TreeMap<>(migrated));
    for (Row row : rows) {
      row.limitType()
          .ifPresent(
              type -> {
                if (row.atLeast()) {
                  assertThat(size(row.type())).as(row.limit()).isGreaterThanOrEqualTo(size(type));
                } else {
                  assertThat(row.type()).as(row.limit()).isEqualTo(type);
                }
              });
    }
  }

  @Test
  void a_row_naming_limits_computes_its_type_from_them() {
    // given
    Row money =
        new Row("`Limits.MONEY_INTEGER_DIGITS`, `Limits.MONEY_SCALE`", "DECIMAL(14,2)", List.of());
    Row name = new Row("`Limits.NAME`", "VARCHAR(200)", List.of());

    // when // then
    assertThat(money.limitType()).contains("DECIMAL(14,2)");
    assertThat(name.limitType()).contains("VARCHAR(200)");
    assertThat(new Row("an enum's name", "VARCHAR(20)", List.of()).limitType()).isEmpty();
  }

  /** Every sized column of every migration, {@code table.column} to its type. */
  private static Map<String, String> migratedColumns() throws IOException {
    Path folder = Path.of("src/main/resources/se/westum/consortium/jdbc/migration");
    Map<String, String> columns = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String table = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          Matcher added = ADDED.matcher(line);
          if (added.find()) {
            String key = added.group(1).replaceFirst("^consortium_", "") + "." + added.group(2);
            assertThat(columns.put(key, added.group(3).replace(" ", ""))).as(key).isNull();
            continue;
          }
          Matcher created = TABLE.matcher(line);
          if (created.find()) {
            table = created.group(1).replaceFirst("^consortium_", "");
            continue;
          }
          Matcher column = COLUMN.matcher(line);
          if (table != null && column.find()) {
            String key = table + "." + column.group(1);
            assertThat(columns.put(key, column.group(2).replace(" ", ""))).as(key).isNull();
          }
        }
      }
    }
    return columns;
  }

  private static List<Row> readmeRows() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String table =
        readme.substring(
            readme.indexOf("<!-- column-sizes:start -->"),
            readme.indexOf("<!-- column-sizes:end -->"));
    List<Row> rows = new ArrayList<>();
    for (String line : table.lines().toList()) {
      if (!line.startsWith("| ") || line.startsWith("| limit") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.split("\\|");
      rows.add(
          new Row(
              cells[1].strip(),
              cells[2].strip().replace("`", ""),
              Stream.of(cells[3].split(",")).map(String::strip).toList()));
    }
    return rows;
  }

  private static int size(String type) {
    return Integer.parseInt(type.replaceAll("\\D+", " ").strip().split(" ")[0]);
  }

  /** A README row: the limit, the SQL type and the columns of that type. */
  private record Row(String limit, String type, List<String> columns) {

    boolean atLeast() {
      return limit.startsWith("at least");
    }

    /** The type the named constants make: {@code VARCHAR(n)} or {@code DECIMAL(p,s)}. */
    java.util.Optional<String> limitType() {
      List<Integer> values = new ArrayList<>();
      Matcher constant = CONSTANT.matcher(limit);
      while (constant.find()) {
        values.add(constant(constant.group(1)));
      }
      if (values.isEmpty()) {
        return java.util.Optional.empty();
      }
      if (values.size() == 1) {
        return java.util.Optional.of("VARCHAR(" + values.get(0) + ")");
      }
      return java.util.Optional.of(
          "DECIMAL(" + (values.get(0) + values.get(1)) + "," + values.get(1) + ")");
    }

    private static int constant(String name) {
      try {
        Field field = Limits.class.getField(name);
        return field.getInt(null);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("no constant Limits." + name, e);
      }
    }
  }
}
