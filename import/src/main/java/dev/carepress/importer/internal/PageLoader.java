package dev.carepress.importer.internal;

import dev.carepress.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text, or says in one line why it cannot: empty, binary (a PDF, an
 * image, an archive), too large, not HTML. The encoding is the byte order mark's, else the one the
 * page declares in a {@code <meta>} tag (but UTF-8 when a single-byte character set is declared for
 * text that is valid UTF-8 beyond ASCII, as a wrong template's is), else UTF-8; a page that is not
 * UTF-8 although it declares
 * UTF-8 or nothing is read as Windows-1252, with a warning at its first byte that is not.
 */
public final class PageLoader {
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
  private static final Pattern TAG = Pattern.compile("(?i)<(html|head|body|p|div|h[1-6]|article|main|title|meta|!doctype)\\b");

  private PageLoader() {}

  /** The decoded page text, or empty with the reason added to the problems. */
  public static Optional<String> decode(byte[] bytes, String source, long maxBytes, List<Problem> problems) {
    if (bytes.length > maxBytes) {
      tooLarge(source, bytes.length, maxBytes, problems);
      return Optional.empty();
    }
    if (isBlank(bytes)) {
      problems.add(Problem.error("empty", source, 0, 0, "the file is empty", "save the page again from the browser"));
      return Optional.empty();
    }
    Optional<String> binary = binaryKind(bytes);
    if (binary.isPresent()) {
      problems.add(Problem.error("binary", source, 0, 0, "the file is " + binary.get() + ", not an HTML page",
          "give the saved .html page"));
      return Optional.empty();
    }
    Optional<String> text = text(bytes, source, problems);
    if (text.isPresent() && !TAG.matcher(text.get()).find()) {
      problems.add(Problem.error("not-html", source, 0, 0, "the file is not an HTML page: it has no HTML tags",
          "give the saved .html page (in a browser: Save Page As, Web Page)"));
      return Optional.empty();
    }
    return text;
  }

  /** The problem of a page larger than the limit. */
  static void tooLarge(String source, long size, long maxBytes, List<Problem> problems) {
    problems.add(Problem.error("too-large", source, 0, 0, "the page is " + megabytes(size)
        + ", more than the limit of " + megabytes(maxBytes),
        "import the article's own page, not an archive of a site; or raise the limit (carepress import --max-size MB,"
            + " or HtmlArticleImporter.builder().maxBytes(BYTES))"));
  }

  private static Optional<String> text(byte[] bytes, String source, List<Problem> problems) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return Optional.of(lenient(bytes, 3, StandardCharsets.UTF_8));
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16LE));
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16BE));
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    boolean declaresUtf8 = false;
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      Optional<Charset> declared = charset(name);
      if (declared.isEmpty()) {
        problems.add(Problem.warning("unknown-charset", source, 0, 0, "the page declares the character set '"
            + m.group(1) + "', which is unknown; it was read as UTF-8", "check accented letters in the result"));
      } else if (!declared.get().equals(StandardCharsets.UTF_8) && isUtf8WithNonAscii(bytes)
          && declared.get().canEncode() && declared.get().newEncoder().maxBytesPerChar() == 1) {
        int[] at = position(bytes, m.start());
        problems.add(Problem.warning("charset-wrong", source, at[0], at[1], "the page declares the character set '"
            + m.group(1) + "' in its <meta>, but its text is UTF-8; it was read as UTF-8",
            "check accented letters in the result; the page's own <meta charset> is wrong"));
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
      } else if (!declared.get().equals(StandardCharsets.UTF_8)) {
        problems.add(Problem.warning("charset", source, 0, 0, "the page is in " + declared.get().name()
            + " (declared in its <meta>); it was converted to UTF-8", ""));
        return Optional.of(lenient(bytes, 0, declared.get()));
      } else {
        declaresUtf8 = true;
      }
    }
    int bad = firstNonUtf8(bytes);
    if (bad < 0) {
      return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }
    int[] at = position(bytes, bad);
    problems.add(Problem.warning("not-utf8", source, at[0], at[1], (declaresUtf8
        ? "the page declares UTF-8 in its <meta> but is not UTF-8 from here on (byte 0x"
        : "the page is not UTF-8 from here on and declares no character set (byte 0x")
        + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF) + "); it was read as Windows-1252",
        "check accented letters and quotes in the result"
            + (declaresUtf8 ? "; the page's own <meta charset> is wrong" : "")));
    return Optional.of(lenient(bytes, 0, Charset.forName("windows-1252")));
  }

  /** Whether the bytes are valid UTF-8 and hold a character beyond ASCII (so are not plain ASCII). */
  private static boolean isUtf8WithNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return firstNonUtf8(bytes) < 0;
      }
    }
    return false;
  }

  /**
   * The 1-based line and column of a byte offset, columns counting the characters of the line read
   * as UTF-8 up to there (those before a first bad byte are good).
   */
  private static int[] position(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new int[] {line, before.codePointCount(0, before.length()) + 1};
  }

  /** The offset of the first byte that is not part of valid UTF-8, or -1 when all are. */
  private static int firstNonUtf8(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  private static Optional<Charset> charset(String name) {
    try {
      String n = name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") ? "windows-1252" : name;
      return Optional.of(Charset.forName(n)); // as browsers do: Latin-1 and ASCII labels mean Windows-1252
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, charset);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /** What kind of binary file the bytes are, if they are one. */
  static Optional<String> binaryKind(byte[] b) {
    if (starts(b, "%PDF")) {
      return Optional.of("a PDF document");
    }
    if (starts(b, "\u0089PNG") || starts(b, "GIF8") || (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8)) {
      return Optional.of("an image");
    }
    if (starts(b, "PK\u0003\u0004")) {
      return Optional.of("a ZIP archive (or a Word or EPUB file)");
    }
    boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFE);
    int controls = 0;
    int n = Math.min(b.length, 8192);
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0 && !utf16) {
        return Optional.of("binary (it holds NUL bytes)");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    return controls > n / 20 ? Optional.of("binary") : Optional.empty();
  }

  private static boolean starts(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((bytes[i] & 0xFF) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
