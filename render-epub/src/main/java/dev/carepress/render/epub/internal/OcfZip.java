package dev.carepress.render.epub.internal;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: a zip whose first entry is {@code mimetype}, stored, with no extra field, then
 * every other entry deflated, all with one fixed timestamp.
 *
 * <p>Timestamps are set with {@link ZipEntry#setTimeLocal}: it writes the DOS date and time as given,
 * so the bytes do not depend on the machine's time zone (as {@link ZipEntry#setTime} would) and no
 * extended-timestamp extra field is added (as {@link ZipEntry#setLastModifiedTime} would, which
 * EPUBCheck rejects on {@code mimetype}). The time is clamped to the DOS range 1980–2107, since
 * dates outside it also make Java add the extra field.
 */
public final class OcfZip implements AutoCloseable {
  static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
  private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private final ZipOutputStream zip;
  private final LocalDateTime time;
  private final Set<String> foldedNames = new HashSet<>();

  /**
   * Starts the container on the stream (which is flushed but not closed at the end) and writes the
   * {@code mimetype} entry.
   */
  public OcfZip(OutputStream out, LocalDateTime time, int level) throws IOException {
    this.zip = new ZipOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush(); // the caller owns the stream
      }
    });
    this.zip.setLevel(level);
    this.time = time.isBefore(DOS_MIN) ? DOS_MIN : time.isAfter(DOS_MAX) ? DOS_MAX : time.withNano(0);
    ZipEntry mimetype = new ZipEntry("mimetype");
    mimetype.setMethod(ZipEntry.STORED);
    mimetype.setSize(MIMETYPE.length);
    mimetype.setCompressedSize(MIMETYPE.length);
    CRC32 crc = new CRC32();
    crc.update(MIMETYPE);
    mimetype.setCrc(crc.getValue());
    mimetype.setTimeLocal(this.time);
    foldedNames.add("mimetype");
    zip.putNextEntry(mimetype);
    zip.write(MIMETYPE);
    zip.closeEntry();
  }

  /** Writes a whole entry. */
  public void entry(String name, byte[] content) throws IOException {
    begin(name);
    zip.write(content);
    zip.closeEntry();
  }

  /**
   * Opens a text entry; write UTF-8 text to the returned writer and close it to end the entry
   * (closing does not close the container).
   */
  public Writer textEntry(String name) throws IOException {
    begin(name);
    return new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        zip.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        zip.closeEntry();
      }
    }, StandardCharsets.UTF_8), 16 * 1024);
  }

  private void begin(String name) throws IOException {
    // EPUB forbids names that differ only in case (OCF "file names must be unique after case folding")
    if (!foldedNames.add(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException("duplicate entry " + name);
    }
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
  }

  /** Writes the central directory; the underlying stream is flushed, not closed. */
  @Override
  public void close() throws IOException {
    zip.close();
  }
}
