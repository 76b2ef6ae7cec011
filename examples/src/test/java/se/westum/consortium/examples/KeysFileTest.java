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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.Role;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KeysFileTest {

  private static final String ADMIN_HASH = ApiKey.sha256Hex("admin-key");
  private static final String MEMBER_HASH = ApiKey.sha256Hex("member-key");

  @TempDir Path directory;

  @Test
  void reads_each_role_and_binds_a_member_key_to_its_member() throws Exception {
    // given columns in another order, a BOM, a comment and a member number without hyphen
    Path file =
        write(
            "\uFEFFrole,key_sha256,member",
            "# the office's keys",
            "ADMIN," + ADMIN_HASH + ",",
            "",
            "member," + MEMBER_HASH.toUpperCase() + ",2120001017");

    // when
    List<ApiKey> keys = KeysFile.read(file);

    // then
    assertThat(keys)
        .containsExactly(
            new ApiKey(ADMIN_HASH, Role.ADMIN, Optional.empty()),
            new ApiKey(MEMBER_HASH, Role.MEMBER, Optional.of("212000-1017")));
  }

  @Test
  void reports_every_bad_line_with_its_number() throws Exception {
    // given
    Path file =
        write(
            "key_sha256,role,member",
            "not-a-hash,ADMIN,",
            ADMIN_HASH + ",KING,",
            MEMBER_HASH + ",MEMBER,",
            ApiKey.sha256Hex("x") + ",MEMBER,212000-1018",
            ApiKey.sha256Hex("y") + ",BOARD,212000-1017",
            ApiKey.sha256Hex("z") + ",BOARD",
            ApiKey.sha256Hex("ok") + ",BOARD,",
            ApiKey.sha256Hex("ok") + ",ADMIN,");

    // when
    KeysFileException failure =
        catchThrowableOfType(KeysFileException.class, () -> KeysFile.read(file));

    // then
    assertThat(failure.problems())
        .containsExactly(
            file + ":2: key_sha256 must be 64 hexadecimal digits (the SHA-256 of the key)",
            file + ":3: role 'KING' is not one of ADMIN, BOARD, MEMBER",
            file + ":4: a MEMBER key needs the organisation number of its member",
            file + ":5: member '212000-1018' is not a valid organisation number",
            file + ":6: only a MEMBER key is bound to a member; leave member empty",
            file + ":7: expected 3 fields, found 2",
            file + ":9: the same key appears twice");
    assertThat(failure.code()).isEqualTo("invalid-keys-file");
  }

  @Test
  void a_header_without_the_required_columns_is_reported() throws Exception {
    // given
    Path file = write("hash,role,role", ADMIN_HASH + ",ADMIN,");

    // when
    KeysFileException failure =
        catchThrowableOfType(KeysFileException.class, () -> KeysFile.read(file));

    // then
    assertThat(failure.problems())
        .containsExactly(
            file + ":1: unknown column 'hash' in the header",
            file + ":1: column 'role' appears twice in the header",
            file + ":1: the header lacks the column 'key_sha256'");
  }

  @Test
  void an_empty_file_or_one_without_keys_is_refused() throws Exception {
    // given
    Path empty = write();
    Path headerOnly = write("key_sha256,role,member");

    // when
    KeysFileException noHeader =
        catchThrowableOfType(KeysFileException.class, () -> KeysFile.read(empty));
    KeysFileException noKeys =
        catchThrowableOfType(KeysFileException.class, () -> KeysFile.read(headerOnly));

    // then
    assertThat(noHeader.problems()).singleElement().asString().contains("the file is empty");
    assertThat(noKeys.problems()).singleElement().asString().contains("holds no keys");
  }

  private Path write(String... lines) throws Exception {
    Path file = Files.createTempFile(directory, "keys", ".csv");
    Files.writeString(file, lines.length == 0 ? "" : String.join("\n", lines) + "\n", UTF_8);
    return file;
  }
}
