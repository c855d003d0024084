package org.yesan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Detects whether a text file is UTF-8 (with or without BOM) or CP949, the encoding of Korean
 * government exports, and opens it with a decoder that refuses malformed bytes.
 */
public final class TextEncoding {

  /** Korean Windows code page; a superset of EUC-KR. */
  public static final Charset CP949 = Charset.forName("x-windows-949");

  private static final int SAMPLE = 1 << 20;

  private TextEncoding() {}

  /** The detected encoding of a file and whether it starts with a UTF-8 byte order mark. */
  public record Detected(Charset charset, boolean bom) {}

  /**
   * Detects the encoding from the first megabyte.
   *
   * @throws InputException for an empty file or bytes that are neither UTF-8 nor CP949
   */
  public static Detected detect(Path file) {
    byte[] head = head(file, SAMPLE);
    if (head.length == 0) {
      throw new InputException(file, 0, 0, "a header row", "an empty file");
    }
    if (head.length >= 3
        && (head[0] & 0xff) == 0xEF
        && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, true);
    }
    int cut = safeCut(head);
    byte[] sample = Arrays.copyOf(head, cut);
    if (decodes(sample, StandardCharsets.UTF_8)) {
      return new Detected(StandardCharsets.UTF_8, false);
    }
    if (decodes(sample, CP949)) {
      return new Detected(CP949, false);
    }
    long line = 1;
    int offset = firstUndecodable(sample);
    for (int i = 0; i < offset; i++) {
      if (sample[i] == '\n') {
        line++;
      }
    }
    throw new InputException(
        file, line, 0, "text in UTF-8 or CP949", "bytes that are neither, at byte " + (offset + 1));
  }

  /**
   * Opens the file as text in the given charset, skipping a UTF-8 BOM; malformed bytes raise an
   * {@link UncheckedIOException} wrapping a {@link CharacterCodingException} when read.
   */
  public static Reader open(Path file, Detected detected) {
    try {
      InputStream in = Files.newInputStream(file);
      if (detected.bom() && in.skip(3) != 3) {
        in.close();
        throw new InputException(file, 0, 0, "a byte order mark", "a truncated file");
      }
      CharsetDecoder decoder =
          detected
              .charset()
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      return new InputStreamReader(in, decoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes of a head's first line: after a UTF-8 byte order mark, up to its first line feed,
   * without a carriage return before it. A format telling its header apart decodes only these, not
   * the whole head (64 KB for every file of an import, for every format).
   */
  public static byte[] firstLine(byte[] head) {
    int start =
        head.length >= 3
                && (head[0] & 0xff) == 0xEF
                && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF
            ? 3
            : 0;
    int end = start;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    if (end > start && head[end - 1] == '\r') {
      end--;
    }
    return Arrays.copyOfRange(head, start, end);
  }

  /** The first {@code n} bytes of a file (fewer if it is shorter). */
  public static byte[] head(Path file, int n) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A sample cut mid-character must not count as malformed: cut at the last line break.
  private static int safeCut(byte[] head) {
    if (head.length < SAMPLE) {
      return head.length;
    }
    for (int i = head.length - 1; i > 0; i--) {
      if (head[i] == '\n') {
        return i + 1;
      }
    }
    return head.length;
  }

  private static boolean decodes(byte[] bytes, Charset cs) {
    try {
      cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  // The 0-based offset of the first byte that CP949, the more permissive of the two, rejects.
  private static int firstUndecodable(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult r =
        CP949
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    return r.isError() ? in.position() : bytes.length;
  }
}
