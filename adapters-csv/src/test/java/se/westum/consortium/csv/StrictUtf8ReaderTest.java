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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.csv.StrictUtf8Reader.NotUtf8Exception;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StrictUtf8ReaderTest {

  private static String readAll(byte[] bytes) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
      char[] buffer = new char[7];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }

  @Test
  void a_byte_order_mark_is_skipped_and_the_text_decoded() throws IOException {
    // given
    byte[] bytes = "\uFEFFåäö;ÅÄÖ\r\n".getBytes(StandardCharsets.UTF_8);

    // when
    String text = readAll(bytes);

    // then
    assertThat(text).isEqualTo("åäö;ÅÄÖ\r\n");
  }

  @Test
  void only_a_leading_byte_order_mark_is_skipped() throws IOException {
    assertThat(readAll("a\uFEFF".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFEFF");
    assertThat(readAll("\uFEFF\uFEFF".getBytes(StandardCharsets.UTF_8))).isEqualTo("\uFEFF");
    assertThat(readAll(new byte[0])).isEmpty();
  }

  @Test
  void half_a_byte_order_mark_is_not_utf_8() {
    // given
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB};

    // when
    NotUtf8Exception thrown = catchThrowableOfType(NotUtf8Exception.class, () -> readAll(bytes));

    // then
    assertThat(thrown.line()).isEqualTo(1);
  }

  @Test
  void bad_bytes_name_their_line_counting_lf_crlf_and_cr_line_ends() {
    // given: lines 1 to 4, then a Latin-1 ö on line 5 after more than a buffer of text
    char[] filler = new char[20_000];
    Arrays.fill(filler, 'x');
    byte[] good = ("a\nb\r\nc\rd" + new String(filler) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes =
        DatasetFolder.concat(
            new String(good, StandardCharsets.UTF_8), new byte[] {(byte) 0xF6}, "\n");

    // when
    NotUtf8Exception thrown = catchThrowableOfType(NotUtf8Exception.class, () -> readAll(bytes));

    // then
    assertThat(thrown.line()).isEqualTo(5);
  }

  @Test
  void a_truncated_sequence_at_the_end_of_the_file_is_not_utf_8() {
    // given: the first byte of a two-byte sequence, then the end
    byte[] bytes = DatasetFolder.concat("ok\n", new byte[] {(byte) 0xC3}, "");

    // when
    NotUtf8Exception thrown = catchThrowableOfType(NotUtf8Exception.class, () -> readAll(bytes));

    // then
    assertThat(thrown.line()).isEqualTo(2);
  }
}
