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

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.Role;

/**
 * Reads the API keys a server accepts from a CSV file with the header {@code
 * key_sha256,role,member} (columns in any order): the hex SHA-256 of each key, never the key
 * itself; its role ({@code ADMIN}, {@code BOARD} or {@code MEMBER}); and for a {@code MEMBER} key
 * the organisation number it is bound to, empty otherwise. Blank lines and lines starting with
 * {@code #} are skipped. Every bad line is reported with its number, not only the first.
 */
final class KeysFile {

  static final String KEY = "key_sha256";
  static final String ROLE = "role";
  static final String MEMBER = "member";

  private static final Set<String> COLUMNS = Set.of(KEY, ROLE, MEMBER);

  private final Path file;
  private final List<String> problems = new ArrayList<>();
  private final List<ApiKey> keys = new ArrayList<>();
  private final Set<String> hashes = new HashSet<>();
  private Map<String, Integer> header;

  private KeysFile(Path file) {
    this.file = file;
  }

  /**
   * The keys in {@code file}.
   *
   * @throws KeysFileException listing every bad line, if there is any, or if there is no key
   * @throws IOException if the file cannot be read
   */
  static List<ApiKey> read(Path file) throws IOException {
    KeysFile keysFile = new KeysFile(file);
    keysFile.readLines();
    return keysFile.result();
  }

  private void readLines() throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<String> fields = fields(trimmed);
        if (header == null) {
          readHeader(number, fields);
        } else {
          readKey(number, fields);
        }
      }
    } catch (CharacterCodingException e) {
      problem(0, "the file is not UTF-8 text");
    }
  }

  private List<ApiKey> result() {
    if (problems.isEmpty() && header == null) {
      problem(1, "the file is empty: expected the header " + KEY + "," + ROLE + "," + MEMBER);
    } else if (problems.isEmpty() && keys.isEmpty()) {
      problem(1, "the file holds no keys");
    }
    if (!problems.isEmpty()) {
      throw new KeysFileException(
          problems.size() + " problem(s) in the keys file " + file + "; the server was not started",
          problems);
    }
    return List.copyOf(keys);
  }

  private void readHeader(long number, List<String> names) {
    Map<String, Integer> columns = new HashMap<>();
    boolean good = true;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        problem(number, "unknown column '" + names.get(i) + "' in the header");
        good = false;
      } else if (columns.put(name, i) != null) {
        problem(number, "column '" + name + "' appears twice in the header");
        good = false;
      }
    }
    for (String required : List.of(KEY, ROLE)) {
      if (!columns.containsKey(required)) {
        problem(number, "the header lacks the column '" + required + "'");
        good = false;
      }
    }
    // Without a usable header no line can be read; report the header alone.
    header = columns;
    if (!good) {
      throw new KeysFileException(
          "the keys file " + file + " has no usable header; the server was not started", problems);
    }
  }

  private void readKey(long number, List<String> fields) {
    if (fields.size() != header.size()) {
      problem(number, "expected " + header.size() + " fields, found " + fields.size());
      return;
    }
    int before = problems.size();
    String hash = fields.get(header.get(KEY)).toLowerCase(Locale.ROOT);
    if (!hash.matches("[0-9a-f]{64}")) {
      problem(number, KEY + " must be 64 hexadecimal digits (the SHA-256 of the key)");
    } else if (!hashes.add(hash)) {
      problem(number, "the same key appears twice");
    }
    Optional<Role> role = role(number, fields.get(header.get(ROLE)));
    Optional<String> member =
        Optional.ofNullable(header.get(MEMBER)).map(fields::get).filter(m -> !m.isEmpty());
    if (role.isPresent() && role.get() == Role.MEMBER) {
      if (member.isEmpty()) {
        problem(number, "a MEMBER key needs the organisation number of its member");
      } else if (!OrganisationNumber.isValid(member.get())) {
        problem(number, MEMBER + " '" + member.get() + "' is not a valid organisation number");
      } else {
        member = Optional.of(OrganisationNumber.parse(member.get()).value());
      }
    } else if (role.isPresent() && member.isPresent()) {
      problem(number, "only a MEMBER key is bound to a member; leave " + MEMBER + " empty");
    }
    if (problems.size() == before) {
      try {
        keys.add(new ApiKey(hash, role.orElseThrow(), member));
      } catch (IllegalArgumentException e) {
        problem(number, e.getMessage());
      }
    }
  }

  private Optional<Role> role(long number, String text) {
    for (Role role : Role.values()) {
      if (role.name().equalsIgnoreCase(text)) {
        return Optional.of(role);
      }
    }
    problem(number, ROLE + " '" + text + "' is not one of ADMIN, BOARD, MEMBER");
    return Optional.empty();
  }

  private void problem(long line, String reason) {
    problems.add(file + ":" + line + ": " + reason);
  }

  // Values never hold commas; a spreadsheet may still have quoted them.
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    for (String field : line.split(",", -1)) {
      String value = field.strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1).strip();
      }
      fields.add(value);
    }
    return fields;
  }
}
