package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Serialises a document made in memory to a PDF file with a classic cross-reference table: every
 * stream, and every dictionary or array that is reached more than once (or is the catalog or the
 * Info dictionary), becomes an indirect object, numbered in the order it is first reached from the
 * trailer; everything else is written inline. Deterministic, and several times faster than PDFBox's
 * general-purpose writer for the few hundred objects of a handout.
 */
final class PdfFileWriter {
  /** What is known of each dictionary, array and stream: one lookup instead of one per question. */
  private final Map<COSBase, Node> nodes = new IdentityHashMap<>(2048);
  private final List<COSBase> objects = new ArrayList<>(512);
  private final ContentWriter out = new ContentWriter();

  /** Writes the file for the trailer (holding /Root, /Info and /ID) to the stream. */
  static void write(COSDictionary trailer, OutputStream target) throws IOException {
    new PdfFileWriter().run(trailer, target);
  }

  /** A container's reference count, object number (0: written inline) and whether it was numbered yet. */
  private static final class Node {
    int refs;
    int number;
    boolean visited;
  }

  private void run(COSDictionary trailer, OutputStream target) throws IOException {
    count(trailer);
    COSBase root = deref(trailer.getItem(COSName.ROOT));
    COSBase info = deref(trailer.getItem(COSName.INFO));
    number(root, nodes.get(root));
    if (info != null) {
      number(info, nodes.get(info));
    }
    assign(trailer);
    ascii("%PDF-1.7\n%");
    out.raw(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3});
    ascii("\n");
    long[] offsets = new long[objects.size() + 1];
    for (int i = 0; i < objects.size(); i++) {
      COSBase object = objects.get(i);
      offsets[i + 1] = out.size();
      out.integer(i + 1).raw(" 0 obj\n");
      if (object instanceof COSStream) {
        stream((COSStream) object);
      } else {
        value(object, true);
      }
      ascii("\nendobj\n");
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder(objects.size() * 20 + 64);
    table.append("xref\n0 ").append(objects.size() + 1).append('\n').append("0000000000 65535 f\r\n");
    for (int i = 1; i <= objects.size(); i++) {
      String offset = Long.toString(offsets[i]);
      table.append("0000000000", 0, 10 - offset.length()).append(offset).append(" 00000 n\r\n");
    }
    ascii(table.toString());
    byte[] id = documentId();
    ascii("trailer\n<<");
    ascii("/Size ");
    out.integer(objects.size() + 1);
    for (Map.Entry<COSName, COSBase> entry : trailer.entrySet()) {
      COSName key = entry.getKey();
      if (key.equals(COSName.SIZE) || key.equals(COSName.PREV) || key.equals(COSName.XREF_STM)
          || key.equals(COSName.ID)) {
        continue;
      }
      name(key);
      ascii(" ");
      value(entry.getValue(), false);
    }
    ascii("/ID [");
    value(new COSString(id), false);
    value(new COSString(id), false);
    ascii("]");
    ascii(">>\nstartxref\n" + xref + "\n%%EOF\n");
    out.writeTo(target);
  }

  /** How many of the last bytes before the trailer (the end of the cross-reference table) are summed apart. */
  private static final int TAIL = 512;

  /**
   * The document id: 16 bytes summing up everything written before the trailer — its CRC-32 and
   * CRC-32C, then the CRC-32 and CRC-32C of its last {@value #TAIL} bytes (the end of the
   * cross-reference table, which holds every object's offset) followed by its length — so it is
   * the same for the same file and changes with anything in it (content, options, fonts, images),
   * with no clock and no randomness. Two CRCs of different polynomials make an accidental match of
   * two different files about as likely as one in 2^64 (and the sums of the ends must match as
   * well). The CRCs run as JDK intrinsics: a SHA-256 of the whole file cost a C1-compiled run about
   * a millisecond per handout, and even a SHA-256 of a few bytes costs a cold start the set-up of
   * the JDK's security providers.
   */
  private byte[] documentId() {
    CRC32 crc32 = new CRC32();
    CRC32C crc32c = new CRC32C();
    out.checksum(crc32);
    out.checksum(crc32c);
    ByteBuffer length = ByteBuffer.allocate(8).putLong(0, out.size());
    CRC32 tail32 = new CRC32();
    CRC32C tail32c = new CRC32C();
    out.checksumTail(tail32, TAIL);
    out.checksumTail(tail32c, TAIL);
    tail32.update(length.duplicate());
    tail32c.update(length.duplicate());
    return ByteBuffer.allocate(16).putInt((int) crc32.getValue()).putInt((int) crc32c.getValue())
        .putInt((int) tail32.getValue()).putInt((int) tail32c.getValue()).array();
  }

  private static COSBase deref(COSBase base) {
    return base instanceof COSObject ? ((COSObject) base).getObject() : base;
  }

  /** Counts how often each dictionary, array and stream is referred to. */
  private void count(COSBase start) {
    List<COSBase> stack = new ArrayList<>();
    stack.add(start);
    while (!stack.isEmpty()) {
      COSBase base = deref(stack.remove(stack.size() - 1));
      if (!(base instanceof COSDictionary) && !(base instanceof COSArray)) {
        continue;
      }
      Node node = nodes.get(base);
      if (node != null) {
        node.refs++;
        continue;
      }
      node = new Node();
      node.refs = 1;
      nodes.put(base, node);
      if (base instanceof COSDictionary) {
        for (COSBase value : ((COSDictionary) base).getValues()) {
          if (isContainer(value)) {
            stack.add(value);
          }
        }
      } else {
        for (COSBase value : (COSArray) base) {
          if (isContainer(value)) {
            stack.add(value);
          }
        }
      }
    }
  }

  private static boolean isContainer(COSBase value) {
    return value instanceof COSDictionary || value instanceof COSArray || value instanceof COSObject;
  }

  /** Numbers the indirect objects in the order a depth-first walk from the trailer reaches them. */
  private void assign(COSBase base) {
    base = deref(base);
    if (!(base instanceof COSDictionary) && !(base instanceof COSArray)) {
      return;
    }
    Node node = nodes.get(base);
    boolean indirect = base instanceof COSStream || node.refs > 1 || alwaysIndirect(base);
    if (indirect) {
      if (node.number != 0 && node.visited) {
        return;
      }
      number(base, node);
    }
    if (node.visited) {
      return;
    }
    node.visited = true;
    if (base instanceof COSDictionary) {
      for (COSBase value : ((COSDictionary) base).getValues()) {
        assign(value);
      }
    } else {
      for (COSBase value : (COSArray) base) {
        assign(value);
      }
    }
  }

  private static final java.util.Set<String> INDIRECT_TYPES = java.util.Set.of(
      "Font", "FontDescriptor", "Page", "Pages", "Annot", "StructElem", "StructTreeRoot", "Catalog", "Outlines",
      "OutputIntent", "Metadata", "XObject");

  /** Dictionaries readers expect as indirect objects (fonts, pages, annotations …), even when used once. */
  private static boolean alwaysIndirect(COSBase base) {
    if (!(base instanceof COSDictionary)) {
      return false;
    }
    COSBase type = ((COSDictionary) base).getItem(COSName.TYPE);
    return type instanceof COSName && INDIRECT_TYPES.contains(((COSName) type).getName());
  }

  private void number(COSBase base, Node node) {
    if (node.number == 0) {
      objects.add(base);
      node.number = objects.size();
    }
  }

  private void value(COSBase raw, boolean top) throws IOException {
    COSBase base = deref(raw);
    if (!top && (base instanceof COSDictionary || base instanceof COSArray)) {
      Node node = nodes.get(base);
      if (node != null && node.number != 0) {
        out.integer(node.number).raw(" 0 R");
        return;
      }
    }
    if (base == null || base instanceof COSNull) {
      ascii("null");
    } else if (base instanceof COSDictionary) {
      ascii("<<");
      for (Map.Entry<COSName, COSBase> entry : ((COSDictionary) base).entrySet()) {
        name(entry.getKey());
        ascii(" ");
        value(entry.getValue(), false);
      }
      ascii(">>");
    } else if (base instanceof COSArray) {
      ascii("[");
      boolean first = true;
      for (COSBase item : (COSArray) base) {
        if (!first) {
          ascii(" ");
        }
        first = false;
        value(item, false);
      }
      ascii("]");
    } else if (base instanceof COSName) {
      name((COSName) base);
    } else if (base instanceof COSInteger) {
      out.integer(((COSInteger) base).longValue());
    } else if (base instanceof COSFloat) {
      ascii(number(((COSFloat) base).floatValue()));
    } else if (base instanceof COSBoolean) {
      ascii(((COSBoolean) base).getValue() ? "true" : "false");
    } else if (base instanceof COSString) {
      string(((COSString) base).getBytes());
    } else {
      throw new IOException("cannot write a " + base.getClass().getSimpleName());
    }
  }

  private void stream(COSStream stream) throws IOException {
    ascii("<<");
    for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
      if (entry.getKey().equals(COSName.LENGTH)) {
        continue;
      }
      name(entry.getKey());
      ascii(" ");
      value(entry.getValue(), false);
    }
    int dataAt = out.size();
    try (InputStream in = stream.createRawInputStream()) {
      out.readFrom(in, (int) stream.getLength()); // copied straight into the file, then the length goes before it
    }
    int length = out.size() - dataAt;
    out.insert(dataAt, ("/Length " + length + ">>\nstream\n").getBytes(StandardCharsets.US_ASCII));
    ascii("\nendstream");
  }

  private static final java.util.concurrent.ConcurrentHashMap<COSName, byte[]> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The printable ASCII characters a name may hold as they are (not delimiters, {@code #} or {@code %}). */
  private static final boolean[] REGULAR = new boolean[128];

  static {
    for (int c = 0x21; c < 0x7F; c++) {
      REGULAR[c] = "#()<>[]{}/%".indexOf(c) < 0;
    }
  }

  private void name(COSName name) {
    String s = name.getName();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128 || !REGULAR[c]) {
        out.raw(NAMES.computeIfAbsent(name, PdfFileWriter::encodeName)); // rare: escapes or UTF-8
        return;
      }
    }
    out.put('/').raw(s);
  }

  /** The name as written in a file: {@code /} and its UTF-8 bytes, irregular ones as {@code #xx}. */
  private static byte[] encodeName(COSName name) {
    ContentWriter w = new ContentWriter();
    w.put('/');
    for (byte b : name.getName().getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean regular = c > 0x20 && c < 0x7F && "#()<>[]{}/%".indexOf(c) < 0;
      if (regular) {
        w.put((char) c);
      } else {
        w.put('#');
        w.put(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        w.put(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return w.toByteArray();
  }

  private void string(byte[] bytes) {
    boolean plain = true;
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x20 || c > 0x7E) {
        plain = false;
        break;
      }
    }
    if (plain) {
      out.put('(');
      for (byte b : bytes) {
        if (b == '(' || b == ')' || b == '\\') {
          out.put('\\');
        }
        out.put((char) (b & 0xFF));
      }
      out.put(')');
    } else {
      out.put('<');
      for (byte b : bytes) {
        out.put(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
        out.put(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
      out.put('>');
    }
  }

  private static String number(float v) {
    if (v == (long) v) {
      return Long.toString((long) v);
    }
    String s = new java.math.BigDecimal(Float.toString(v)).setScale(5, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return s;
  }

  private void ascii(String s) {
    out.raw(s);
  }
}
