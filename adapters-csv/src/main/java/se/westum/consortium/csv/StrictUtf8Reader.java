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

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and streaming: bytes that are not UTF-8 raise {@link NotUtf8Exception}
 * naming the line they are on, and a leading byte order mark is skipped. {@link
 * java.io.InputStreamReader} cannot do this: it throws without the line and may throw before
 * handing out the good characters that precede the bad bytes.
 */
final class StrictUtf8Reader extends Reader {

  private static final int BUFFER_SIZE = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
  private boolean started;
  private boolean endOfInput;
  private boolean flushed;
  private boolean badBytesAhead;
  private long line = 1;
  private boolean afterCarriageReturn;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    if (badBytesAhead) {
      throw new NotUtf8Exception(line);
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      int produced = out.position() - offset;
      if (result.isError()) {
        if (produced == 0) {
          throw new NotUtf8Exception(line);
        }
        // hand out the good characters first, so the error names the right line
        badBytesAhead = true;
        return counted(target, offset, produced);
      }
      if (result.isOverflow()) {
        return counted(target, offset, produced);
      }
      if (endOfInput) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
          produced = out.position() - offset;
        }
        return produced == 0 ? -1 : counted(target, offset, produced);
      }
      if (produced > 0) {
        return counted(target, offset, produced);
      }
      fill();
    }
  }

  /** The 1-based line the next character is on. */
  long line() {
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void skipByteOrderMark() throws IOException {
    while (bytes.remaining() < 3 && !endOfInput) {
      fill();
    }
    if (bytes.remaining() >= 3
        && (bytes.get(bytes.position()) & 0xFF) == 0xEF
        && (bytes.get(bytes.position() + 1) & 0xFF) == 0xBB
        && (bytes.get(bytes.position() + 2) & 0xFF) == 0xBF) {
      bytes.position(bytes.position() + 3);
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  /** Counts line breaks the way the CSV parser does: LF, CRLF and a lone CR each end a line. */
  private int counted(char[] chars, int offset, int count) {
    for (int i = offset; i < offset + count; i++) {
      char c = chars[i];
      if (c == '\r') {
        line++;
      } else if (c == '\n' && !afterCarriageReturn) {
        line++;
      }
      afterCarriageReturn = c == '\r';
    }
    return count;
  }

  /** Bytes that are not UTF-8, found on {@link #line()}. */
  static final class NotUtf8Exception extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    NotUtf8Exception(long line) {
      super("bytes that are not UTF-8 on line " + line);
      this.line = line;
    }

    long line() {
      return line;
    }
  }
}
