package dev.carepress.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file through a temporary file in the same folder, moved into place only when the
 * writing succeeded: a reader never sees a half-written file, and a failure leaves nothing behind.
 * A new file gets the permissions any new file of the user gets; a replaced file keeps its own.
 */
public final class AtomicFiles {

  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to the stream, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  private static final AtomicLong PARTS = new AtomicLong();

  private AtomicFiles() {}

  /**
   * A new empty file beside the target, made as any new file is (so with the permissions the user's
   * umask gives, not the owner-only ones of a temporary file: a web server must be able to read the
   * pages it serves).
   */
  private static Path createPart(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      long pid = ProcessHandle.current().pid();
      Path part = dir.resolve("." + name + "." + pid + "-" + PARTS.incrementAndGet() + ".part");
      try {
        return Files.createFile(part);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** A file being replaced keeps its permissions. */
  private static void keepPermissions(Path target, Path part) throws IOException {
    if (Files.exists(target) && Files.getFileStore(part).supportsFileAttributeView(PosixFileAttributeView.class)) {
      try {
        Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException | SecurityException e) {
        // permissions are a courtesy here; the content is what matters
      }
    }
  }

  /**
   * Writes the file; on any failure the temporary file is deleted and the target left as it was.
   *
   * @throws java.nio.file.FileSystemException if the target is a folder, before the content is written
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target must not be null: give the path of the file to write");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      // refused before any work: a render into a folder's path would otherwise run to the end and
      // then fail to move its temporary file over the folder, naming that file and not the mistake
      throw new FileSystemException(target.toString(), null,
          "is a folder; give the path of the file to write (a file name in it, say), not of a folder");
    }
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = createPart(dir, absolute.getFileName().toString());
    boolean done = false;
    try {
      keepPermissions(absolute, temp);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
