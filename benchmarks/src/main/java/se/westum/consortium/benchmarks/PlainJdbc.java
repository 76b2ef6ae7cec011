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
package se.westum.consortium.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * The baselines: Jackson CSV's raw record read, and a hand-written JDBC batch loop that inserts the
 * mobilities of a file in batches of {@value #BATCH} in one transaction, with no checks.
 */
final class PlainJdbc {

  static final int BATCH = 1000;

  private static final String INSERT =
      "INSERT INTO consortium_mobility (mobility_id, project_id, participant_ref, category,"
          + " sending_organisation, sending_city, sending_country, sending_latitude,"
          + " sending_latitude_scale, sending_longitude, sending_longitude_scale, sending_member,"
          + " receiving_organisation, receiving_city, receiving_country, receiving_latitude,"
          + " receiving_latitude_scale, receiving_longitude, receiving_longitude_scale, starts_on,"
          + " ends_on, travel_days, green_travel, fewer_opportunities, course_days, status)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private PlainJdbc() {}

  /** The records of a CSV file as string arrays, the header first, without any check. */
  static MappingIterator<String[]> records(Path file, Dialect dialect) throws IOException {
    BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return new CsvMapper()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(dialect.separator))
        .readValues(reader);
  }

  /** The mobility rows of {@code file} without its header, read into memory. */
  static List<String[]> rows(Path file, Dialect dialect) throws IOException {
    try (MappingIterator<String[]> rows = records(file, dialect)) {
      List<String[]> all = rows.readAll();
      return all.subList(1, all.size());
    }
  }

  /** Inserts rows read by {@link #rows} as {@link #insertMobilities} does; returns how many. */
  static int insertRows(List<String[]> rows, DataSource dataSource) throws SQLException {
    int count = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (String[] row : rows) {
          bind(insert, row);
          insert.addBatch();
          if (++count % BATCH == 0) {
            insert.executeBatch();
          }
        }
        if (count % BATCH != 0) {
          insert.executeBatch();
        }
      }
      connection.commit();
    }
    return count;
  }

  /** Inserts the mobilities of {@code file}; returns how many. */
  static int insertMobilities(Path file, Dialect dialect, DataSource dataSource)
      throws IOException, SQLException {
    int count = 0;
    try (MappingIterator<String[]> rows = records(file, dialect);
        Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      rows.next(); // the header: the generator writes the bundled column order
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        while (rows.hasNext()) {
          bind(insert, rows.next());
          insert.addBatch();
          if (++count % BATCH == 0) {
            insert.executeBatch();
          }
        }
        if (count % BATCH != 0) {
          insert.executeBatch();
        }
      }
      connection.commit();
    }
    return count;
  }

  // id;project;participant;category;sending_organisation;sending_city;sending_country;
  // sending_latitude;sending_longitude;receiving_organisation;receiving_city;receiving_country;
  // receiving_latitude;receiving_longitude;start;end;travel_days;green_travel;
  // fewer_opportunities;course_days;status;sending_member
  private static void bind(PreparedStatement insert, String[] row) throws SQLException {
    insert.setString(1, row[0]);
    insert.setString(2, row[1]);
    insert.setString(3, row[2]);
    insert.setString(4, row[3]);
    insert.setString(5, row[4]);
    insert.setString(6, row[5]);
    insert.setString(7, row[6]);
    decimal(insert, 8, row[7]);
    decimal(insert, 10, row[8]);
    if (row[21].isEmpty()) {
      insert.setNull(12, Types.CHAR);
    } else {
      insert.setString(12, row[21]);
    }
    insert.setString(13, row[9]);
    insert.setString(14, row[10]);
    insert.setString(15, row[11]);
    decimal(insert, 16, row[12]);
    decimal(insert, 18, row[13]);
    insert.setDate(20, Date.valueOf(LocalDate.parse(row[14])));
    insert.setDate(21, Date.valueOf(LocalDate.parse(row[15])));
    insert.setInt(22, Integer.parseInt(row[16]));
    insert.setBoolean(23, Boolean.parseBoolean(row[17]));
    insert.setBoolean(24, Boolean.parseBoolean(row[18]));
    insert.setInt(25, Integer.parseInt(row[19]));
    insert.setString(26, row[20]);
  }

  /** A decimal and, in the next parameter, its scale (the library keeps the scale it was given). */
  private static void decimal(PreparedStatement insert, int index, String cell)
      throws SQLException {
    BigDecimal value = Dialect.parseDecimal(cell);
    insert.setBigDecimal(index, value);
    insert.setInt(index + 1, value.scale());
  }
}
