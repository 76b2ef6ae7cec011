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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import se.westum.consortium.domain.shared.internal.Luhn;

/**
 * Deterministic datasets at scale: the same seed, size and dialect give the same bytes.
 *
 * <p>A project dataset is the bundled Westum 2016 dataset (membership, governance and project
 * files: programmes, projects, partners, ..., the Erasmus+ grant) with {@code mobilities.csv}
 * replaced by N generated mobilities of the project {@value #PROJECT}. Each generated mobility
 * copies the places, dates and day counts of a bundled mobility drawn at random (so its grant is
 * computable: the destinations have daily rates) and draws its status (60 % completed, 30 %
 * planned, 10 % cancelled) and whether its participant has fewer opportunities (15 %).
 *
 * <p>A membership dataset is N members (municipalities with valid organisation numbers), a fee for
 * 2016 each and a payment for most: 80 % in full, 10 % in part, 10 % none.
 */
final class Generator {

  /** The project the generated mobilities belong to. */
  static final String PROJECT = "EPLUS-2015";

  /** The day the budget benchmarks ask for. */
  static final LocalDate BUDGET_DAY = LocalDate.of(2016, 12, 31);

  /** The default seed. */
  static final long SEED = 20_161_231L;

  /**
   * The bundled files a project dataset copies: membership and governance too, since partners name
   * members and working groups name meetings.
   */
  static final List<String> FILES =
      List.of(
          "members.csv",
          "fees.csv",
          "payments.csv",
          "board.csv",
          "positions.csv",
          "meetings.csv",
          "attendance.csv",
          "decisions.csv",
          "goals.csv",
          "events.csv",
          "event_participants.csv",
          "staff.csv",
          "programmes.csv",
          "projects.csv",
          "audits.csv",
          "partners.csv",
          "working_groups.csv",
          "activities.csv",
          "indicators.csv",
          "indicator_values.csv",
          "mobility_grants.csv",
          "mobilities.csv");

  private static final String BUNDLED = "/datasets/westum-2016/";
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
  private static final String[] MUNICIPALITIES = {"1496", "1490", "1480", "1401", "1499", "1487"};

  private Generator() {}

  /**
   * Writes a project dataset with {@code mobilities} generated mobilities into {@code directory}.
   */
  static void projects(Path directory, int mobilities, Dialect dialect, long seed)
      throws IOException {
    Files.createDirectories(directory);
    List<String[]> templates = new ArrayList<>();
    for (String file : FILES) {
      List<String[]> rows = bundled(file);
      if (file.equals("mobilities.csv")) {
        templates.addAll(rows.subList(1, rows.size()));
        rows = rows.subList(0, 1);
      }
      try (Writer out = open(directory.resolve(file), dialect)) {
        for (String[] row : rows) {
          line(out, dialect, converted(row, dialect));
        }
        if (file.equals("mobilities.csv")) {
          generateMobilities(out, dialect, templates, mobilities, new SplittableRandom(seed));
        }
      }
    }
  }

  private static void generateMobilities(
      Writer out, Dialect dialect, List<String[]> templates, int count, SplittableRandom random)
      throws IOException {
    for (int i = 0; i < count; i++) {
      String[] row = converted(templates.get(random.nextInt(templates.size())), dialect).clone();
      row[0] = String.format("G%07d", i);
      row[1] = PROJECT;
      row[2] = String.format("GP-%07d", i);
      int status = random.nextInt(10);
      row[20] = status < 6 ? "COMPLETED" : status < 9 ? "PLANNED" : "CANCELLED";
      row[18] = Boolean.toString(random.nextInt(100) < 15);
      line(out, dialect, row);
    }
  }

  /** Writes a membership dataset of {@code members} members with their 2016 fees and payments. */
  static void membership(Path directory, int members, Dialect dialect, long seed)
      throws IOException {
    if (members > 100_000) {
      throw new IllegalArgumentException("at most 100 000 generated members");
    }
    Files.createDirectories(directory);
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer memberFile = open(directory.resolve("members.csv"), dialect);
        Writer feeFile = open(directory.resolve("fees.csv"), dialect);
        Writer paymentFile = open(directory.resolve("payments.csv"), dialect)) {
      line(
          memberFile,
          dialect,
          "organisation_number",
          "name",
          "kind",
          "covered_municipalities",
          "joined",
          "left");
      line(feeFile, dialect, "organisation_number", "year", "amount", "currency");
      line(paymentFile, dialect, "organisation_number", "year", "paid_on", "amount", "currency");
      for (int i = 0; i < members; i++) {
        String number = organisationNumber(i);
        LocalDate joined = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(5000));
        line(
            memberFile,
            dialect,
            number,
            "Generated member " + i,
            "MUNICIPALITY",
            MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)],
            joined.toString(),
            "");
        BigDecimal fee = BigDecimal.valueOf(5_000 + random.nextInt(40) * 1_000L, 0).setScale(2);
        line(feeFile, dialect, number, "2016", dialect.decimal(fee), "SEK");
        int paid = random.nextInt(10);
        if (paid < 9) {
          BigDecimal amount = paid < 8 ? fee : fee.divide(BigDecimal.valueOf(2)).setScale(2);
          line(
              paymentFile,
              dialect,
              number,
              "2016",
              LocalDate.of(2016, 1, 15).plusDays(random.nextInt(300)).toString(),
              dialect.decimal(amount),
              "SEK");
        }
      }
    }
  }

  /** A valid organisation number of a municipality (digits 3-4 = 20), one per sequence number. */
  static String organisationNumber(int sequence) {
    String payload = "2120" + String.format("%05d", sequence);
    String digits = payload + Luhn.checkDigit(payload);
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  /** A bundled file's rows, the header first. */
  static List<String[]> bundled(String file) throws IOException {
    try (InputStream in = Generator.class.getResourceAsStream(BUNDLED + file)) {
      if (in == null) {
        throw new IOException("no bundled " + file + " on the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
      try (MappingIterator<String[]> rows =
          mapper
              .readerFor(String[].class)
              .with(CsvSchema.emptySchema().withColumnSeparator(';'))
              .readValues(text)) {
        return rows.readAll();
      }
    }
  }

  /** A bundled (excel-sv) row in another dialect: decimal commas become the dialect's. */
  private static String[] converted(String[] row, Dialect dialect) {
    if (dialect.decimal == ',') {
      return row;
    }
    String[] result = row.clone();
    for (int i = 0; i < result.length; i++) {
      if (DECIMAL_COMMA.matcher(result[i]).matches()) {
        result[i] = result[i].replace(',', dialect.decimal);
      }
    }
    return result;
  }

  private static Writer open(Path file, Dialect dialect) throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    if (dialect.byteOrderMark) {
      out.write('\uFEFF');
    }
    return out;
  }

  private static void line(Writer out, Dialect dialect, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(dialect.separator);
      }
      out.write(dialect.cell(cells[i]));
    }
    out.write("\r\n");
  }

  /**
   * A generated dataset in a cache directory, made once per kind, size, dialect and seed (the
   * generator is deterministic, so a cached copy is the same bytes).
   */
  static Path cached(String kind, int size, Dialect dialect, long seed) {
    Path root =
        Path.of(
            System.getProperty(
                "consortium.bench.data",
                Path.of(System.getProperty("java.io.tmpdir"), "consortium-bench-data").toString()));
    Path directory =
        root.resolve(kind + "-" + size + "-" + dialect.library.cliName() + "-" + seed + "-v1");
    Path done = directory.resolve(".complete");
    if (Files.exists(done)) {
      return directory;
    }
    try {
      if (kind.equals("projects")) {
        projects(directory, size, dialect, seed);
      } else {
        membership(directory, size, dialect, seed);
      }
      Files.createFile(done);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory;
  }

  /**
   * Writes a dataset: {@code projects|membership N DIRECTORY [excel-sv|rfc4180] [SEED]}.
   *
   * @param args the kind, the size, the directory, optionally the dialect and the seed
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: projects|membership N DIRECTORY [excel-sv|rfc4180] [SEED]");
      System.exit(2);
    }
    int size = Integer.parseInt(args[1]);
    Path directory = Path.of(args[2]);
    Dialect dialect = args.length > 3 ? Dialect.named(args[3]) : Dialect.EXCEL_SV;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : SEED;
    if (args[0].equals("projects")) {
      projects(directory, size, dialect, seed);
    } else if (args[0].equals("membership")) {
      membership(directory, size, dialect, seed);
    } else {
      System.err.println("unknown kind " + args[0] + ": projects or membership");
      System.exit(2);
    }
  }
}
