package dev.carepress.preview.internal;

import dev.carepress.render.Resource;
import dev.carepress.render.ResourceResolver;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The images articles refer to, read once through {@link ResourceResolver#filesWithin} (so never
 * from outside the folder) and kept until a file they may come from changes. Rebuilding the site
 * after an edit to one article then reads no image again. Thread-safe: on-request renders share it.
 */
final class CachedResources implements ResourceResolver {
  private final ResourceResolver files;
  private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

  private record Key(Optional<Path> from, String src) {}

  /** What a lookup found, and the files it may have read. */
  private record Entry(Optional<Resource> found, List<Path> candidates) {}

  CachedResources(Path root) {
    this.files = ResourceResolver.filesWithin(root);
  }

  @Override
  public Optional<Resource> resolve(Optional<Path> from, String src) throws IOException {
    Key key = new Key(from.map(p -> p.toAbsolutePath().normalize()), src);
    Entry entry = cache.get(key);
    if (entry == null) {
      entry = new Entry(files.resolve(from, src), candidates(key));
      cache.put(key, entry);
    }
    return entry.found();
  }

  /**
   * Forgets every lookup that may have read the path or a file below it (a folder renamed).
   *
   * @return whether any was forgotten: the site must be rendered again
   */
  boolean forget(Path changed) {
    Path path = changed.toAbsolutePath().normalize();
    boolean any = false;
    for (Map.Entry<Key, Entry> e : cache.entrySet()) {
      for (Path candidate : e.getValue().candidates()) {
        if (candidate.startsWith(path)) {
          any |= cache.remove(e.getKey()) != null;
          break;
        }
      }
    }
    return any;
  }

  /** Forgets everything (the watcher lost track of events). */
  void clear() {
    cache.clear();
  }

  // The files a relative src may name, as the resolver tries them: as written, and percent-decoded.
  private static List<Path> candidates(Key key) {
    List<Path> out = new ArrayList<>();
    if (key.from().isEmpty() || key.from().get().getParent() == null) {
      return out;
    }
    Path base = key.from().get().getParent();
    String path = key.src();
    int cut = firstOf(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    for (String candidate : new String[] {path, decode(path)}) {
      try {
        out.add(base.resolve(candidate).normalize());
      } catch (InvalidPathException e) {
        // not a path on this system: the resolver cannot have read it either
      }
    }
    return out;
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
  }
}
