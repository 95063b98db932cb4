package dev.carepress.batch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The manifest of an incremental run that streamed because its output folder had none and its
 * articles' models would not fit the heap together (a first run of a large library): the run
 * renders as a plain streamed run does ({@link StreamedRenders}, {@link StreamedSite}), keeping only
 * each article's {@link ArticleFacts} and files, and this writes from them the manifest an
 * incremental run that held every model would have written, so the next run is incremental as usual.
 */
final class StreamedManifest {
  private StreamedManifest() {}

  /**
   * Writes the manifest into {@code out}.
   *
   * @param run the run's fingerprint ({@link Fingerprints#run})
   * @param entries the run's articles (stand-ins will do: they carry every fact the manifest records), in
   *     input order; those of the site, if any
   * @param files the files of each article that went into place, by name (the others are not recorded)
   * @param siteExtension the extension of the site's pages, if the run made a site
   * @param siteFiles the site's files, if they went into place
   */
  static void write(Path out, String run, List<Entry> entries, Map<String, List<String>> files,
      Optional<String> siteExtension, Optional<List<String>> siteFiles) {
    Incremental changes = Incremental.start(out, run);
    // with no manifest before, the plan only records each article's fingerprint and facts
    changes.plan(entries, Set.of(), Optional.empty(), List.of(), siteExtension, Optional.empty(), Optional.empty(),
        List.of());
    for (Entry entry : entries) {
      List<String> written = files.get(entry.name());
      if (written != null) {
        changes.wrote(entry.name(), written);
      }
    }
    siteFiles.ifPresent(site -> changes.wrote(Manifest.SITE, site));
    try {
      changes.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // as when an incremental run that read everything cannot save it
    }
  }

  /** Stand-ins of the articles with these facts, in the order of the input files. */
  static List<Entry> standIns(List<Path> inputs, Map<String, ArticleFacts> facts) {
    List<Entry> entries = new ArrayList<>();
    for (Path file : inputs) {
      ArticleFacts known = facts.get(file.toString());
      if (known != null) {
        entries.add(new Entry(file.toString(), known.standIn(file)));
      }
    }
    return entries;
  }
}
