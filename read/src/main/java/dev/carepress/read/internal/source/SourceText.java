package dev.carepress.read.internal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A source file's text, decoded strictly as UTF-8, without a byte order mark and with every line
 * ending turned into {@code \n} (so that line and column numbers stay those of the original file),
 * and a line index to turn offsets into 1-based lines and columns (columns count code points). A
 * text may be the tail of a file ({@link #from}): its lines are then counted from its own start,
 * but {@link #pos} still gives the file's.
 */
public final class SourceText {
  private final String text;
  private final int[] lineStarts;
  /** How many lines of the file come before this text. */
  private final int linesBefore;

  private SourceText(String text, int linesBefore) {
    this(text, linesBefore, lineStarts(text));
  }

  private SourceText(String text, int linesBefore, int[] lineStarts) {
    this.text = text;
    this.linesBefore = linesBefore;
    this.lineStarts = lineStarts;
  }

  /** Where each line starts: 0, then after every {@code \n}. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  /** Text given as a string: only the BOM and line endings are normalized. */
  public static SourceText of(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return new SourceText(text, 0);
  }

  /**
   * The text from the start of the 1-based line on (empty past the last line), already
   * normalized; its {@link #pos positions} are still those of this text's lines.
   */
  public SourceText from(int line) {
    if (line > lineStarts.length) {
      return new SourceText("", linesBefore + line - 1);
    }
    int start = lineStarts[line - 1];
    int[] starts = Arrays.copyOfRange(lineStarts, line - 1, lineStarts.length);
    for (int i = 0; i < starts.length; i++) {
      starts[i] -= start;
    }
    return new SourceText(text.substring(start), linesBefore + line - 1, starts);
  }

  /**
   * Other text with the same first line in the file (the same text with some characters cut, for
   * instance); at the start of the file it is normalized as {@link #of} does.
   */
  public SourceText replaced(String other) {
    return linesBefore == 0 ? of(other) : new SourceText(other, linesBefore);
  }

  /**
   * Decodes bytes as UTF-8, reporting (and returning empty for) bytes that are not UTF-8: another
   * encoding's byte order mark, or the first invalid byte with its line and column.
   */
  public static Optional<SourceText> decode(byte[] bytes, Diagnostics diagnostics) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      diagnostics.error(
          "not-utf8", Pos.START,
          "the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8",
          "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)");
      return Optional.empty();
    }
    // the fast decoder replaces what is not UTF-8 with U+FFFD: without one in its result, the
    // bytes were UTF-8 and the strict decoder below would give the same text
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return Optional.of(of(fast));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      reportBadByte(bytes, in.position(), diagnostics);
      return Optional.empty();
    }
    try {
      decoder.flush(out);
    } catch (RuntimeException e) {
      throw new IllegalStateException(e);
    }
    out.flip();
    return Optional.of(of(out.toString()));
  }

  private static void reportBadByte(byte[] bytes, int offset, Diagnostics diagnostics) {
    int lineStart = 0;
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    try {
      column = StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, lineStart, offset)))
          .codePoints().map(c -> c == '\uFEFF' ? 0 : 1).sum() + 1;
    } catch (CharacterCodingException e) {
      // cannot happen: the bytes before the first bad one are valid
    }
    diagnostics.error(
        "not-utf8", line, column,
        String.format(
            "the file is not UTF-8: byte 0x%02X at offset %d (line %d, column %d) is not valid UTF-8",
            bytes[offset] & 0xFF, offset, line, column),
        "save the file as UTF-8; it may be in Windows-1252 or Latin-1, where accented letters are single bytes");
  }

  private static boolean startsWith(byte[] bytes, int a, int b) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == a && (bytes[1] & 0xFF) == b;
  }

  public String text() {
    return text;
  }

  /** The number of lines of this text. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The offset where the 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
  }

  /** The text of the 1-based line, without its line end. */
  public String line(int line) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return text.substring(start, end);
  }

  /** Whether the 1-based line, {@link String#strip() stripped}, is the given text (without copying it). */
  public boolean strippedLineIs(int line, String expected) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    // white space is never a surrogate, so char by char strips as String.strip does by code point
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end - start == expected.length() && text.startsWith(expected, start);
  }

  /** The 1-based line and column of a character offset. */
  public Pos pos(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int lineIndex = index >= 0 ? index : -index - 2;
    int start = lineStarts[lineIndex];
    return new Pos(linesBefore + lineIndex + 1, text.codePointCount(start, clamped) + 1);
  }
}
