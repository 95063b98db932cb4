package dev.carepress.render.pdf.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads the table directory of a TrueType (sfnt) font file: where each table is. */
final class TrueTypeTables {
  private TrueTypeTables() {}

  /** Each table's {offset, length} by tag; entries that point outside the file are left out. */
  static Map<String, int[]> read(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = in.getShort(4) & 0xFFFF;
    Map<String, int[]> tables = new HashMap<>();
    for (int i = 0; i < count && 12 + i * 16 + 16 <= font.length; i++) {
      int entry = 12 + i * 16;
      String tag = new String(font, entry, 4, StandardCharsets.ISO_8859_1);
      int offset = in.getInt(entry + 8);
      int length = in.getInt(entry + 12);
      if (offset >= 0 && length >= 0 && (long) offset + length <= font.length) {
        tables.put(tag, new int[] {offset, length});
      }
    }
    return tables;
  }
}
