package dev.carepress.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a page's content stream as PDF operators, directly into a byte buffer: faster than
 * PDFBox's content stream for the few operators a handout needs, and exact about numbers (no
 * locale, at most three decimals).
 */
final class ContentWriter {
  private byte[] buf;
  private int len;

  ContentWriter() {
    this(16 * 1024);
  }

  ContentWriter(int capacity) {
    this.buf = new byte[Math.max(16, capacity)];
  }

  /** Four upper-case hex digits of the low 16 bits. */
  ContentWriter hex4(int v) {
    ensure(4);
    hex(v >> 12);
    hex(v >> 8);
    hex(v >> 4);
    hex(v);
    return this;
  }

  /** The bytes as a zlib stream. */
  byte[] zlib(Flate flate) {
    return flate.zlib(buf, 0, len);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  ContentWriter op(String operator) {
    ascii(operator);
    return put('\n');
  }

  ContentWriter name(String name) {
    put('/');
    ascii(name);
    return put(' ');
  }

  ContentWriter num(float v) {
    if (v == (int) v) {
      integer((int) v);
    } else {
      long scaled = Math.round(Math.abs((double) v) * 1000d);
      if (v < 0 && scaled != 0) {
        put('-');
      }
      integer((int) (scaled / 1000));
      int frac = (int) (scaled % 1000);
      if (frac != 0) {
        put('.');
        int d1 = frac / 100;
        int d2 = (frac / 10) % 10;
        int d3 = frac % 10;
        put((char) ('0' + d1));
        if (d2 != 0 || d3 != 0) {
          put((char) ('0' + d2));
        }
        if (d3 != 0) {
          put((char) ('0' + d3));
        }
      }
    }
    return put(' ');
  }

  ContentWriter integer(int v) {
    return integer((long) v);
  }

  /** The decimal digits of the number, written without making a string. */
  ContentWriter integer(long v) {
    if (v >= 0 && v < 10) {
      return put((char) ('0' + v));
    }
    if (v == Long.MIN_VALUE) {
      ascii(Long.toString(v));
      return this;
    }
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long t = v / 10; t > 0; t /= 10) {
      digits++;
    }
    int at = len + digits;
    len = at;
    do {
      buf[--at] = (byte) ('0' + (v % 10));
      v /= 10;
    } while (v > 0);
    return this;
  }

  /** Everything the stream holds, appended; {@code expected} sizes the buffer (0 if unknown). */
  void readFrom(java.io.InputStream in, int expected) throws java.io.IOException {
    ensure(Math.max(expected, 0) + 1);
    while (true) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        return;
      }
      len += n;
      if (len == buf.length) {
        ensure(Math.max(4096, buf.length / 2));
      }
    }
  }

  /** Inserts the bytes at {@code at}, moving what follows. */
  void insert(int at, byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(buf, at, buf, at + bytes.length, len - at);
    System.arraycopy(bytes, 0, buf, at, bytes.length);
    len += bytes.length;
  }

  /**
   * A literal string of two-byte glyph ids, as binary: half the bytes of a hex string. Only the
   * bytes a literal string cannot hold as they are are escaped: parentheses, the backslash and the
   * carriage return (which a reader would turn into a line feed).
   */
  ContentWriter glyphs(int[] gids, int count) {
    ensure(count * 4 + 4);
    buf[len++] = '(';
    for (int i = 0; i < count; i++) {
      int g = gids[i];
      literalByte(g >> 8);
      literalByte(g);
    }
    buf[len++] = ')';
    return put(' ');
  }

  private void literalByte(int v) {
    byte b = (byte) v;
    switch (b) {
      case '(': case ')': case '\\':
        buf[len++] = '\\';
        buf[len++] = b;
        break;
      case '\r':
        buf[len++] = '\\';
        buf[len++] = 'r';
        break;
      default:
        buf[len++] = b;
    }
  }

  /** Raw ASCII, e.g. an inline dictionary. */
  ContentWriter raw(String text) {
    ascii(text);
    return this;
  }

  /** Raw bytes, e.g. a PDF string already escaped. */
  ContentWriter raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
    return this;
  }

  private void hex(int nibble) {
    int n = nibble & 0xF;
    buf[len++] = (byte) (n < 10 ? '0' + n : 'A' + n - 10);
  }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  /** The number of bytes written. */
  int size() {
    return len;
  }

  /** Feeds the bytes written so far to the checksum. */
  void checksum(java.util.zip.Checksum checksum) {
    checksum.update(buf, 0, len);
  }

  /** Feeds the last {@code count} bytes written (all of them when fewer) to the checksum. */
  void checksumTail(java.util.zip.Checksum checksum, int count) {
    int n = Math.min(count, len);
    checksum.update(buf, len - n, n);
  }

  /** Writes the bytes to the stream. */
  void writeTo(java.io.OutputStream target) throws java.io.IOException {
    target.write(buf, 0, len);
  }

  ContentWriter put(char c) {
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  /** A PDF literal string in UTF-16BE with a byte-order mark, escaped. */
  static byte[] textString(String s) {
    byte[] utf16 = s.getBytes(StandardCharsets.UTF_16BE);
    StringBuilder out = new StringBuilder(utf16.length * 2 + 8);
    out.append("<FEFF");
    for (byte b : utf16) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    out.append('>');
    return out.toString().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
  }
}
