package dev.carepress.preview.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the folder and its visible subfolders with the platform's {@link WatchService} (inotify
 * on Linux) and hands over changes in batches: a burst of saves (an editor writing a file in
 * several steps, or writing a temporary file and renaming it) becomes one batch once the folder has
 * been quiet for a moment. Folders made later are watched as they appear. Hidden files (editors'
 * swap files) are not reported.
 */
final class FolderWatcher implements Closeable {
  private final SourceFiles sources;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

  /** A batch of changed paths; {@code overflow} when events were lost and everything must be read again. */
  record Batch(Set<Path> paths, boolean overflow) {}

  FolderWatcher(SourceFiles sources) throws IOException {
    this.sources = sources;
    this.service = sources.root().getFileSystem().newWatchService();
    try {
      watchAll(sources.root());
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
  }

  /**
   * Waits up to {@code idle} for a change, then gathers changes until none came for {@code quiet},
   * or {@code longest} has passed since the first.
   *
   * @return the batch, or empty when nothing changed in {@code idle}
   * @throws java.nio.file.ClosedWatchServiceException once the watcher is closed
   */
  Optional<Batch> next(Duration idle, Duration quiet, Duration longest) throws InterruptedException {
    long idleEnd = System.nanoTime() + idle.toNanos();
    while (true) {
      WatchKey key = service.poll(Math.max(0, idleEnd - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (key == null) {
        return Optional.empty();
      }
      Set<Path> paths = new LinkedHashSet<>();
      boolean overflow = false;
      long deadline = System.nanoTime() + longest.toNanos();
      while (key != null) {
        overflow |= take(key, paths);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        key = service.poll(Math.min(quiet.toNanos(), left), TimeUnit.NANOSECONDS);
      }
      if (!paths.isEmpty() || overflow) {
        return Optional.of(new Batch(paths, overflow));
      }
      // only hidden files changed: keep waiting
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  private boolean take(WatchKey key, Set<Path> paths) {
    Path folder = folders.get(key);
    boolean overflow = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        overflow = true;
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (sources.isHidden(path)) {
        continue;
      }
      paths.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        try {
          watchAll(path);
        } catch (IOException e) {
          overflow = true; // could not watch it: read everything again, to be safe
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key); // the folder is gone
    }
    return overflow;
  }

  private void watchAll(Path dir) throws IOException {
    for (Path folder : sources.foldersUnder(dir)) {
      folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }
  }
}
