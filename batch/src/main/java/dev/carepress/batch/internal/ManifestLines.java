package dev.carepress.batch.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a {@link Manifest} file as it is read, and the bytes each came from, so that the
 * next manifest can copy the lines of the entries that did not change instead of writing them out
 * again. Decoded in one go rather than line by line (a site's manifest is some 450 KB, read in cold
 * code on every incremental run). A file that is not UTF-8 has no lines; one with carriage returns
 * (edited by hand) has its lines but no bytes to copy.
 */
final class ManifestLines {
  private final byte[] bytes;
  private final List<String> lines;
  /** The offset of each line in {@code bytes}, then the length; null when no bytes are to be copied. */
  private final int[] starts;

  private ManifestLines(byte[] bytes, List<String> lines, int[] starts) {
    this.bytes = bytes;
    this.lines = lines;
    this.starts = starts;
  }

  /** The lines of these bytes. */
  static ManifestLines of(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      return new ManifestLines(bytes, List.of(), null); // not UTF-8: no manifest (a full run is always correct)
    }
    if (text.indexOf('\r') >= 0) {
      return new ManifestLines(bytes, text.lines().toList(), null);
    }
    List<String> lines = new ArrayList<>();
    for (int from = 0; from < text.length(); ) {
      int end = text.indexOf('\n', from);
      lines.add(text.substring(from, end < 0 ? text.length() : end));
      from = end < 0 ? text.length() : end + 1;
    }
    int[] starts = new int[lines.size() + 1];
    int line = 1;
    for (int i = 0; i < bytes.length && line < lines.size(); i++) {
      if (bytes[i] == '\n') {
        starts[line++] = i + 1; // a '\n' byte is never part of a longer UTF-8 sequence
      }
    }
    starts[lines.size()] = bytes.length;
    return new ManifestLines(bytes, lines, starts);
  }

  /** How many lines there are. */
  int size() {
    return lines.size();
  }

  /** The line at this index (0 the first). */
  String get(int index) {
    return lines.get(index);
  }

  /** The bytes of lines {@code from} to {@code to} (exclusive), with their line ends, if they can be copied. */
  Optional<byte[]> bytes(int from, int to) {
    if (starts == null || from >= to || bytes[starts[to] - 1] != '\n') {
      return Optional.empty();
    }
    return Optional.of(Arrays.copyOfRange(bytes, starts[from], starts[to]));
  }
}
