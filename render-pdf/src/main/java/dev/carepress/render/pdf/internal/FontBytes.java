package dev.carepress.render.pdf.internal;

/**
 * Big-endian numbers in font data, as the OpenType (sfnt) and CFF formats store them: reading and
 * writing 16- and 32-bit values, the sfnt table checksum and 4-byte padding.
 */
final class FontBytes {
  private FontBytes() {}

  /** The unsigned 16-bit number at {@code at}. */
  static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  static void putShort(byte[] b, int at, int v) {
    b[at] = (byte) (v >> 8);
    b[at + 1] = (byte) v;
  }

  static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >> 24);
    b[at + 1] = (byte) (v >> 16);
    b[at + 2] = (byte) (v >> 8);
    b[at + 3] = (byte) v;
  }

  /** The sum of the big-endian 32-bit words of a 4-byte-aligned range. */
  static int checksum(byte[] data, int from, int length) {
    int sum = 0;
    for (int i = from; i < from + length; i += 4) {
      sum += ((data[i] & 0xFF) << 24) | ((data[i + 1] & 0xFF) << 16) | ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
    }
    return sum;
  }

  /** {@code n} rounded up to a multiple of 4. */
  static int pad4(int n) {
    return (n + 3) & ~3;
  }
}
