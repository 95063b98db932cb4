package dev.carepress.batch.internal;

import dev.carepress.io.AtomicFiles;
import dev.carepress.render.FileSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hidden folder inside the output folder where a run writes everything first. An article's files
 * are moved into the output folder only when all of its formats rendered, so a failed article
 * leaves no file behind, not even the formats that worked; the folder is removed when the run ends
 * (also on Ctrl-C).
 */
public final class Staging implements AutoCloseable {
  private final Path out;
  private final Path root;
  private final Thread cleanup;

  private Staging(Path out, Path root) {
    this.out = out;
    this.root = root;
    this.cleanup = new Thread(this::delete, "carepress-staging-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Creates the output folder if needed and a staging folder inside it. */
  public static Staging in(Path out) throws IOException {
    Files.createDirectories(out);
    removeAbandoned(out);
    return new Staging(out, freshDirectory(out, ".carepress-" + ProcessHandle.current().pid() + "-"));
  }

  // A run killed outright (kill -9, power cut) cannot clean up: its staging folder names its process
  // id, so the next run removes it once that process is gone.
  private static void removeAbandoned(Path out) throws IOException {
    try (java.nio.file.DirectoryStream<Path> children = Files.newDirectoryStream(out, ".carepress-*")) {
      for (Path child : children) {
        String[] parts = child.getFileName().toString().split("-");
        try {
          long pid = Long.parseLong(parts[1]);
          if (parts.length == 3 && ProcessHandle.of(pid).isEmpty()) {
            deleteTree(child);
          }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          // not ours
        }
      }
    }
  }

  // Files.createTempDirectory would do, but it seeds a SecureRandom, which costs a cold start ~50 ms.
  private static Path freshDirectory(Path parent, String prefix) throws IOException {
    for (int i = 0; ; i++) {
      try {
        return Files.createDirectory(parent.resolve(prefix + i));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // taken by an earlier run that was killed, or by a concurrent one: try the next name
      }
    }
  }

  /**
   * A staged set of files (one task's output): written first, then committed or dropped. Its files
   * lie directly in the staging folder, named {@code <batch number>.<path>}, so that a batch of one
   * file costs no folder of its own: on ext4, making and removing a folder per article cost a
   * 1,000-article run about a second of system time (inode allocation skipping recently deleted
   * inodes). A nested path ({@code images/a.png}) gets a folder {@code <batch number>.images}.
   */
  public final class Batch {
    private final String prefix;
    private final Set<String> files = new LinkedHashSet<>();
    /** Files already moved into the output folder one by one ({@link #commitFile}). */
    private final Set<String> moved = new java.util.HashSet<>();

    private Batch(int number) {
      this.prefix = number + ".";
    }

    private Path staged(String relativePath) {
      return root.resolve(prefix + relativePath);
    }

    /** Opens a file of the batch for writing, by its path relative to the output folder. */
    public synchronized OutputStream open(String relativePath) throws IOException {
      if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
          || ("/" + relativePath + "/").contains("/../") || ("/" + relativePath + "/").contains("/./")) {
        throw new IllegalArgumentException("not a safe relative path: " + relativePath);
      }
      Path target = staged(relativePath);
      if (relativePath.indexOf('/') >= 0) {
        Files.createDirectories(target.getParent());
      }
      files.add(relativePath);
      return new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
    }

    /** The batch as a {@link FileSink} for {@link dev.carepress.render.Renderer#renderSite}. */
    public FileSink sink() {
      return this::open;
    }

    /** The batch as a sink that writes only the files {@code keep} accepts and discards the others. */
    public FileSink sink(java.util.function.Predicate<String> keep) {
      return path -> keep.test(path) ? open(path) : OutputStream.nullOutputStream();
    }

    /** Writes one file of the batch through the content writer (the stream is closed after). */
    public void write(String relativePath, AtomicFiles.Content content) throws IOException {
      try (OutputStream stream = open(relativePath)) {
        content.writeTo(stream);
      }
    }

    /** The files written, relative to the output folder, in the order they were opened. */
    public synchronized List<String> files() {
      return List.copyOf(files);
    }

    /** Moves every file of the batch into the output folder, replacing what is there. */
    public synchronized void commit() throws IOException {
      for (String file : files) {
        if (!moved.contains(file)) {
          moveIntoPlace(file);
        }
      }
    }

    /**
     * Moves one finished file of the batch into the output folder now (a site's page, so that a run
     * killed part way keeps it); {@link #commit} and {@link #commitChanged} then leave it be. With
     * {@code onlyChanged}, a file that is there with the same bytes stays staged.
     *
     * @return whether it was moved
     */
    public synchronized boolean commitFile(String file, boolean onlyChanged) throws IOException {
      if (!files.contains(file) || moved.contains(file)
          || onlyChanged && Files.isRegularFile(out.resolve(file)) && Files.mismatch(staged(file), out.resolve(file)) == -1) {
        return false;
      }
      moveIntoPlace(file);
      moved.add(file);
      return true;
    }

    /** The files moved into the output folder one by one so far. */
    public synchronized Set<String> moved() {
      return Set.copyOf(moved);
    }

    private void moveIntoPlace(String file) throws IOException {
      Path target = out.resolve(file);
      if (file.indexOf('/') >= 0) { // the output folder itself exists (made by in())
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
      try {
        Files.move(staged(file), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staged(file), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    /**
     * Moves into the output folder only the files of the batch that are not there with the same
     * bytes, and drops the others.
     *
     * @return the files moved, relative to the output folder
     */
    public synchronized List<String> commitChanged() throws IOException {
      List<String> moved = new java.util.ArrayList<>();
      for (String file : files) {
        if (this.moved.contains(file)) {
          moved.add(file);
          continue;
        }
        Path target = out.resolve(file);
        Path staged = staged(file);
        if (Files.isRegularFile(target) && Files.mismatch(staged, target) == -1) {
          Files.delete(staged);
          continue;
        }
        moveIntoPlace(file);
        moved.add(file);
      }
      return moved;
    }

    /** Deletes what the batch wrote (in the output folder too, for the files it moved one by one). */
    public synchronized void drop() {
      for (String file : files) {
        int slash = file.indexOf('/');
        Path staged = slash < 0 ? staged(file) : staged(file.substring(0, slash));
        if (slash < 0) {
          deleteQuietly(staged);
        } else {
          deleteTree(staged);
        }
      }
      for (String file : moved) {
        deleteQuietly(out.resolve(file));
      }
      files.clear();
      moved.clear();
    }
  }

  /** A new, empty batch. */
  public synchronized Batch batch() throws IOException {
    return new Batch(batches++);
  }

  private int batches;

  /** Removes the staging folder and anything left in it. */
  @Override
  public void close() {
    delete();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs anyway
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // best effort, as for the staging folder
    }
  }

  private void delete() {
    deleteTree(root);
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // best effort: a leftover hidden folder is harmless and named .carepress-*
    }
  }
}
