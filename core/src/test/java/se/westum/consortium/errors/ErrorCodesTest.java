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
package se.westum.consortium.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.NotFoundException;

/**
 * The README's list of error codes is the list of codes the core can raise.
 *
 * <p>The convention that makes this checkable: every code is a {@code public static final String}
 * of a core class, next to its rule, whose value is lower-case words joined by hyphens. Fields
 * named {@code RULE} or ending in {@code _RULE} name the rules of findings (a report's verdicts,
 * not errors) and fields ending in {@code KIND} name record kinds; they are not codes. The one
 * family of codes built at run time is {@code <kind>-not-found} ({@link NotFoundException}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrorCodesTest {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");
  private static final String NOT_FOUND_FAMILY = "<kind>-not-found";

  @Test
  void the_readme_lists_exactly_the_codes_the_core_can_raise() {
    // given
    TreeSet<String> declared = new TreeSet<>(codeConstants().keySet());
    declared.add(NOT_FOUND_FAMILY);

    // when
    List<String> listed = readmeCodes();

    // then
    assertThat(listed).as("codes listed more than once").doesNotHaveDuplicates();
    assertThat(new TreeSet<>(listed))
        .as("the README's codes (left) against the core's constants (right)")
        .isEqualTo(declared);
  }

  @Test
  void the_readme_lists_the_codes_in_alphabetical_order() {
    List<String> listed = readmeCodes();
    assertThat(listed).isSortedAccordingTo(String::compareTo);
  }

  @Test
  void a_not_found_code_is_its_kind_followed_by_not_found() {
    // when
    DomainException notFound = new NotFoundException("member", "212000-1017");

    // then
    assertThat(notFound.code()).isEqualTo(NOT_FOUND_FAMILY.replace("<kind>", "member"));
  }

  @Test
  void the_constants_are_found_in_every_part_of_the_core() {
    // a scan that finds nothing would make the first test pass on an empty README section
    Map<String, List<String>> constants = codeConstants();
    assertThat(constants)
        .containsKeys(
            "missing-reference",
            "duplicate-id",
            "control-character",
            "currency-mismatch",
            "not-quorate",
            "invalid-latitude",
            "illegal-status-change");
    assertThat(constants.get("currency-mismatch"))
        .contains("domain.membership.Payment.CURRENCY_MISMATCH");
  }

  /** Every code constant of the core's main classes: code to the fields declaring it. */
  static Map<String, List<String>> codeConstants() {
    Map<String, List<String>> codes = new TreeMap<>();
    for (Class<?> type : coreClasses()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (field.getType() != String.class
            || !Modifier.isPublic(modifiers)
            || !Modifier.isStatic(modifiers)
            || !Modifier.isFinal(modifiers)
            || field.getName().equals("RULE")
            || field.getName().endsWith("_RULE")
            || field.getName().endsWith("KIND")) {
          continue;
        }
        String value = value(field);
        if (CODE.matcher(value).matches()) {
          codes
              .computeIfAbsent(value, v -> new ArrayList<>())
              .add(type.getName().replace("se.westum.consortium.", "") + "." + field.getName());
        }
      }
    }
    return codes;
  }

  private static String value(Field field) {
    try {
      field.setAccessible(true);
      return (String) field.get(null);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  private static List<Class<?>> coreClasses() {
    Path classes;
    try {
      classes =
          Path.of(
              DomainException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> classes.relativize(p).toString())
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .filter(name -> name.startsWith("se.westum.consortium."))
          .map(ErrorCodesTest::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ErrorCodesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The codes in the table of the README's "Error codes" section, in their order. */
  static List<String> readmeCodes() {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("..", "README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = lines.indexOf("## Error codes");
    assertThat(start).as("the README has a section '## Error codes'").isNotNegative();
    List<String> codes = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ") || line.startsWith("### ")) {
        break;
      }
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        codes.add(row.group(1));
      }
    }
    return codes;
  }
}
