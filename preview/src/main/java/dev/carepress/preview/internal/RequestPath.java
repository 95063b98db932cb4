package dev.carepress.preview.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path of a request, checked and decoded once. The preview serves from memory, so no path can
 * reach the disk; still, anything that looks like a way out of the site is refused outright rather
 * than looked up: {@code ..} and {@code .} segments, empty segments ({@code //etc}), backslashes,
 * NUL and other control characters, drive letters and {@code :}, a {@code %} left after decoding
 * (double encoding such as {@code %252e%252e}), and percent-encoding that is not UTF-8.
 *
 * @param path the decoded path without its leading {@code /}; empty for the root
 */
record RequestPath(String path) {
  /** The longest raw path taken. */
  static final int MAX_LENGTH = 1024;

  /** Why a path was refused, and the status to answer with. */
  record Refusal(int status, String reason) {}

  /**
   * Checks and decodes the raw path of a request.
   *
   * @return the path, or why it is refused
   */
  static Result parse(String raw) {
    if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
      return refuse(400, "the path must start with /");
    }
    if (raw.length() > MAX_LENGTH) {
      return refuse(414, "the path is longer than " + MAX_LENGTH + " characters");
    }
    Optional<String> decoded = decode(raw);
    if (decoded.isEmpty()) {
      return refuse(400, "the path is not printable ASCII with UTF-8 percent-encoding");
    }
    String path = decoded.get().substring(1);
    if (path.isEmpty()) {
      return new Result(Optional.of(new RequestPath("")), Optional.empty());
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == '%' || c == ':') {
        return refuse(400, "the path holds a character no page name has");
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return refuse(400, "the path is not a plain path inside the site");
      }
      if (segment.startsWith(".") || !segment.codePoints().allMatch(RequestPath::allowed)) {
        return refuse(404, "there is no such page");
      }
    }
    return new Result(Optional.of(new RequestPath(path)), Optional.empty());
  }

  /** A checked path, or why there is none. */
  record Result(Optional<RequestPath> value, Optional<Refusal> refusal) {}

  private static Result refuse(int status, String reason) {
    return new Result(Optional.empty(), Optional.of(new Refusal(status, reason)));
  }

  // The characters of the site's file names: slugs, "category-…", media names.
  private static boolean allowed(int c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '-' || c == '_' || c == '.';
  }

  /**
   * Percent-decodes once, strictly: a bad escape, a raw character that is not printable ASCII or
   * bytes that are not UTF-8 give nothing.
   */
  static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x20 && c < 0x7f) {
        bytes.write(c);
      } else {
        return Optional.empty(); // browsers percent-encode everything else
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
