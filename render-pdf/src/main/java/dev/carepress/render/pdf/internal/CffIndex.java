package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.u16;

/** A CFF INDEX read in place: where each entry's data starts and ends. Immutable. */
final class CffIndex {
  final int count;
  final int end;
  private final byte[] b;
  private final int offsets;
  private final int offSize;
  private final int data;

  CffIndex(byte[] b, int at) {
    this.b = b;
    this.count = u16(b, at);
    if (count == 0) {
      this.offSize = 0;
      this.offsets = at + 2;
      this.data = at + 2;
      this.end = at + 2;
      return;
    }
    this.offSize = b[at + 2] & 0xFF;
    this.offsets = at + 3;
    this.data = offsets + (count + 1) * offSize - 1;
    this.end = data + offset(count);
  }

  private int offset(int i) {
    int v = 0;
    for (int k = 0; k < offSize; k++) {
      v = (v << 8) | (b[offsets + i * offSize + k] & 0xFF);
    }
    return v;
  }

  int start(int i) {
    return data + offset(i);
  }

  int end(int i) {
    return data + offset(i + 1);
  }
}
