package dev.carepress.render.pdf.internal;

import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Compresses a document's streams for FlateDecode (zlib format) with one {@link Deflater}, reset
 * between streams. A stream may hold a stretch whose compressed form was made once per JVM (the
 * parts of a font program that are the same in every document): raw Deflate data that ends on a
 * byte boundary after a sync flush can be spliced between other Deflate blocks, so that stretch
 * costs nothing per document. Not thread-safe: one per document; {@link #close} frees the native
 * memory.
 */
final class Flate implements AutoCloseable {
  /** Fast: deflating is a large share of a small document's time, and level 1 costs little size. */
  static final int LEVEL = Deflater.BEST_SPEED;

  private final Deflater deflater = new Deflater(LEVEL, true);
  private final Adler32 adler = new Adler32();
  private byte[] out = new byte[32 * 1024];
  private int len;

  /** The zlib stream of the bytes. */
  byte[] zlib(byte[] data) {
    return zlib(data, 0, data.length);
  }

  /** The zlib stream of {@code data[from, to)}. */
  byte[] zlib(byte[] data, int from, int to) {
    return zlib(data, from, to, to, to, null);
  }

  /**
   * The zlib stream of {@code data[from, to)}, where {@code data[fixedFrom, fixedTo)} is given
   * already compressed as {@code fixed} (from {@link #rawSync}).
   */
  byte[] zlib(byte[] data, int from, int to, int fixedFrom, int fixedTo, byte[] fixed) {
    len = 0;
    put((byte) 0x78);
    put((byte) 0x01); // deflate, 32 KB window, fastest; (0x78 << 8 | 0x01) % 31 == 0
    if (fixed != null) {
      stored(data, from, fixedFrom);
      ensure(fixed.length);
      System.arraycopy(fixed, 0, out, len, fixed.length);
      len += fixed.length;
      deflate(data, fixedTo, to);
    } else {
      deflate(data, from, to);
    }
    adler.reset();
    adler.update(data, from, to - from);
    int sum = (int) adler.getValue();
    ensure(4);
    put((byte) (sum >>> 24));
    put((byte) (sum >>> 16));
    put((byte) (sum >>> 8));
    put((byte) sum);
    return Arrays.copyOf(out, len);
  }

  /** The final Deflate blocks of {@code data[from, to)}. */
  private void deflate(byte[] data, int from, int to) {
    deflater.reset();
    deflater.setInput(data, from, to - from);
    deflater.finish();
    while (!deflater.finished()) {
      ensure(Math.max(256, (to - from) / 2));
      len += deflater.deflate(out, len, out.length - len);
    }
  }

  /** Stored (uncompressed) Deflate blocks, not final: for a few bytes before a precompressed stretch. */
  private void stored(byte[] data, int from, int to) {
    for (int at = from; at < to; ) {
      int n = Math.min(65535, to - at);
      ensure(n + 5);
      put((byte) 0); // BFINAL 0, BTYPE 00 (stored); the rest of the byte is padding
      put((byte) n);
      put((byte) (n >> 8));
      put((byte) ~n);
      put((byte) (~n >> 8));
      System.arraycopy(data, at, out, len, n);
      len += n;
      at += n;
    }
  }

  /**
   * Raw Deflate data of {@code data[from, to)} that ends byte-aligned and not final (a sync flush),
   * so that it can be spliced into a stream by {@link #zlib(byte[], int, int, int, int, byte[])}.
   * Made once per JVM, so at the best compression.
   */
  static byte[] rawSync(byte[] data, int from, int to) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      d.setInput(data, from, to - from);
      byte[] buf = new byte[Math.max(1024, to - from + 1024)];
      int n = 0;
      do {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        n += d.deflate(buf, n, buf.length - n, Deflater.SYNC_FLUSH);
      } while (n == buf.length || !d.needsInput());
      return Arrays.copyOf(buf, n);
    } finally {
      d.end();
    }
  }

  private void put(byte b) {
    ensure(1);
    out[len++] = b;
  }

  private void ensure(int more) {
    if (len + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, len + more));
    }
  }

  @Override
  public void close() {
    deflater.end();
  }
}
