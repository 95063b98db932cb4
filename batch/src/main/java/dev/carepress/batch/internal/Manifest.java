package dev.carepress.batch.internal;

import dev.carepress.io.AtomicFiles;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record an incremental run keeps in its output folder, {@value #FILE_NAME}: the run's
 * fingerprint, and for each input (article, site, book) its fingerprint and the files it wrote,
 * relative to the output folder. A line-based text file, written atomically, in input order:
 *
 * <pre>
 * carepress-manifest 1
 * run FINGERPRINT
 * input FINGERPRINT NAME
 * file RELATIVE/PATH
 * </pre>
 *
 * <p>Names and paths are URL-encoded. A manifest that cannot be read counts as none: the run then
 * renders everything, which is always correct.
 *
 * @param run the fingerprint of the run's settings and versions
 * @param inputs each input's entry, by name (an article's input name, {@link #SITE} or {@link #BOOK})
 */
record Manifest(String run, Map<String, Manifest.Entry> inputs) {
  /** The manifest's file name in the output folder (hidden, so never read as an input). */
  static final String FILE_NAME = ".carepress-manifest";
  /** The name of the site's entry. */
  static final String SITE = "<site>";
  /** The name of the book's entry. */
  static final String BOOK = "<book>";

  private static final String HEADER = "carepress-manifest 1";

  /** What one input was made from and the files it wrote. */
  record Entry(String fingerprint, List<String> files) {
    Entry {
      files = List.copyOf(files);
    }
  }

  Manifest {
    inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /** The manifest of the output folder, if it has one that can be read. */
  static Optional<Manifest> load(Path out) {
    List<String> lines;
    try {
      lines = Files.readAllLines(out.resolve(FILE_NAME), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // none yet, or unreadable: a full run is always correct
    }
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("run ")) {
      return Optional.empty();
    }
    Map<String, Entry> inputs = new LinkedHashMap<>();
    String name = null;
    String fingerprint = null;
    List<String> files = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] parts = line.split(" ");
      if (parts[0].equals("input") && parts.length == 3) {
        if (name != null) {
          inputs.put(name, new Entry(fingerprint, files));
        }
        fingerprint = parts[1];
        name = decode(parts[2]);
        files = new ArrayList<>();
      } else if (parts[0].equals("file") && parts.length == 2 && name != null) {
        files.add(decode(parts[1]));
      } else {
        return Optional.empty();
      }
    }
    if (name != null) {
      inputs.put(name, new Entry(fingerprint, files));
    }
    return Optional.of(new Manifest(lines.get(1).substring(4), inputs));
  }

  /** Writes the manifest into the output folder, atomically. */
  void save(Path out) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append("run ").append(run).append('\n');
    inputs.forEach((name, entry) -> {
      text.append("input ").append(entry.fingerprint()).append(' ').append(encode(name)).append('\n');
      entry.files().forEach(f -> text.append("file ").append(encode(f)).append('\n'));
    });
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out.resolve(FILE_NAME), stream -> stream.write(bytes));
  }

  /** Every file the manifest lists. */
  Set<String> files() {
    Set<String> all = new LinkedHashSet<>();
    inputs.values().forEach(e -> all.addAll(e.files()));
    return all;
  }

  /** Whether the input's entry has this fingerprint and these files, all still in the output folder. */
  boolean upToDate(String name, String fingerprint, Set<String> expectedFiles, Path out) {
    Entry entry = inputs.get(name);
    return entry != null && entry.fingerprint().equals(fingerprint)
        && (expectedFiles == null || Set.copyOf(entry.files()).equals(expectedFiles))
        && entry.files().stream().allMatch(f -> Files.isRegularFile(out.resolve(f)));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
