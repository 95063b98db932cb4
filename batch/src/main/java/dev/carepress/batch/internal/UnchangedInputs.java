package dev.carepress.batch.internal;

import dev.carepress.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article files of an incremental run that are unchanged since the run its output folder's
 * {@link Manifest} records — the same bytes, the same images, every file it wrote still there — found
 * without reading them: each gets a stand-in made of its {@link ArticleFacts}. Whether the run's
 * settings and versions are those of the manifest too is for {@link Incremental} to say (when they
 * are not, the stand-ins are read after all). Thread-safe: files are checked on the reading threads,
 * and on a thread of its own that reads the manifest and starts checking its files in its order
 * while the caller is still finding the input files.
 */
final class UnchangedInputs {
  /** What was found of an unchanged file: its fingerprint, its images' fingerprint and its facts. */
  record Known(String fingerprint, String images, ArticleFacts facts) {}

  private static final Manifest NONE = new Manifest("", Map.of());

  private final CompletableFuture<Optional<Manifest>> manifest = new CompletableFuture<>();
  private final Path out;
  /** Each file of the manifest checked so far, by name: what was found of it if it is unchanged. */
  private final Map<String, Optional<Known>> checked = new ConcurrentHashMap<>();
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private UnchangedInputs(Path out) {
    this.out = out;
  }

  /**
   * The unchanged inputs of the output folder's manifest, if it has one. The manifest is read, and
   * its files checked, on a thread of its own, so that the caller can find the input files meanwhile.
   */
  static Optional<UnchangedInputs> in(Path out) {
    if (!Manifest.present(out)) {
      return Optional.empty();
    }
    UnchangedInputs unchanged = new UnchangedInputs(out);
    Thread thread = new Thread(unchanged::loadAndCheck, "carepress-manifest");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(unchanged);
  }

  // The files are checked in the manifest's order, which is the order the reading threads take them
  // in: each file is checked once, by whichever thread comes to it first.
  private void loadAndCheck() {
    Optional<Manifest> loaded = Optional.empty();
    try {
      loaded = Manifest.load(out);
    } finally {
      manifest.complete(loaded);
    }
    loaded.ifPresent(m -> m.inputs().forEach((name, entry) -> checked.computeIfAbsent(name, n -> check(n, entry))));
  }

  /**
   * The manifest the inputs were compared with; one that could not be read is an empty one, of no
   * run (so nothing is found unchanged and nothing was written before, as without a manifest).
   */
  Manifest manifest() {
    return manifest.join().orElse(NONE);
  }

  /** The stand-in of the article in this file, if the file is unchanged and its outputs are in place. */
  Optional<Article> standIn(Path file) {
    String name = file.toString();
    Manifest.Entry entry = manifest().inputs().get(name);
    if (entry == null) {
      return Optional.empty();
    }
    Optional<Known> found = checked.computeIfAbsent(name, n -> check(n, entry));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Article standIn;
    try {
      standIn = found.get().facts().standIn(file);
    } catch (RuntimeException e) {
      return Optional.empty(); // a record the model refuses (a manifest edited by hand): read the file
    }
    known.put(name, found.get());
    return Optional.of(standIn);
  }

  // Whether the article file of this name is as its entry records it, and its outputs in place (not,
  // when in doubt: a name or file that is no path, in a manifest edited by hand, means the file is read).
  private Optional<Known> check(String name, Manifest.Entry entry) {
    try {
      if (entry.facts().isEmpty() || !Manifest.allIn(entry.files(), out)) {
        return Optional.empty();
      }
      Path file = Path.of(name);
      ArticleFacts facts = entry.facts().get();
      List<String> sources = facts.images();
      String images = sources.isEmpty() ? "" : Fingerprints.images(Fingerprints.folderOf(Optional.of(file)), sources);
      if (!Fingerprints.input(file, images).equals(entry.fingerprint())) {
        return Optional.empty();
      }
      return Optional.of(new Known(entry.fingerprint(), images, facts));
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** What was found of the input with this name, if it was unchanged. */
  Optional<Known> known(String name) {
    return Optional.ofNullable(known.get(name));
  }
}
