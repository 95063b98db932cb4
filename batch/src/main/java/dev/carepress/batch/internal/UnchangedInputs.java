package dev.carepress.batch.internal;

import dev.carepress.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The article files of an incremental run that are unchanged since the run its output folder's
 * {@link Manifest} records — the same bytes, the same images, every file it wrote still there — found
 * without reading them: each gets a stand-in made of its {@link ArticleFacts}. Whether the run's
 * settings and versions are those of the manifest too is for {@link Incremental} to say (when they
 * are not, the stand-ins are read after all). Thread-safe: files are checked on the reading threads.
 */
final class UnchangedInputs {
  /** What was found of an unchanged file: its fingerprint, its images' fingerprint and its facts. */
  record Known(String fingerprint, String images, ArticleFacts facts) {}

  private static final Manifest NONE = new Manifest("", Map.of());

  private final Future<Optional<Manifest>> manifest;
  private final Path out;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private UnchangedInputs(Future<Optional<Manifest>> manifest, Path out) {
    this.manifest = manifest;
    this.out = out;
  }

  /**
   * The unchanged inputs of the output folder's manifest, if it has one. The manifest is read on a
   * thread of its own, so that the caller can find the input files meanwhile.
   */
  static Optional<UnchangedInputs> in(Path out) {
    if (!Files.isRegularFile(out.resolve(Manifest.FILE_NAME))) {
      return Optional.empty();
    }
    FutureTask<Optional<Manifest>> load = new FutureTask<>(() -> Manifest.load(out));
    Thread thread = new Thread(load, "carepress-manifest");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(new UnchangedInputs(load, out));
  }

  /**
   * The manifest the inputs were compared with; one that could not be read is an empty one, of no
   * run (so nothing is found unchanged and nothing was written before, as without a manifest).
   */
  Manifest manifest() {
    return Tasks.join(manifest).orElse(NONE);
  }

  /** The stand-in of the article in this file, if the file is unchanged and its outputs are in place. */
  Optional<Article> standIn(Path file) {
    String name = file.toString();
    Manifest.Entry entry = manifest().inputs().get(name);
    if (entry == null || entry.facts().isEmpty() || !Manifest.allIn(entry.files(), out)) {
      return Optional.empty();
    }
    ArticleFacts facts = entry.facts().get();
    List<String> sources = facts.images();
    String images = sources.isEmpty() ? "" : Fingerprints.images(Fingerprints.folderOf(Optional.of(file)), sources);
    if (!Fingerprints.input(file, images).equals(entry.fingerprint())) {
      return Optional.empty();
    }
    Article standIn;
    try {
      standIn = facts.standIn(file);
    } catch (RuntimeException e) {
      return Optional.empty(); // a record the model refuses (a manifest edited by hand): read the file
    }
    known.put(name, new Known(entry.fingerprint(), images, facts));
    return Optional.of(standIn);
  }

  /** What was found of the input with this name, if it was unchanged. */
  Optional<Known> known(String name) {
    return Optional.ofNullable(known.get(name));
  }
}
