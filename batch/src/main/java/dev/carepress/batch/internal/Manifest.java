package dev.carepress.batch.internal;

import dev.carepress.io.AtomicFiles;
import java.io.IOException;
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
 * relative to the output folder; for an article also what the site's shared pages and the other
 * pages need of it ({@link ArticleFacts}), so that an unchanged article is never read again. A
 * line-based text file, written atomically, in input order:
 *
 * <pre>
 * carepress-manifest 2
 * run FINGERPRINT
 * input FINGERPRINT NAME
 * facts SLUG LANGUAGE CATEGORY TITLE SUMMARY
 * lead SRC
 * figure SRC
 * file RELATIVE/PATH
 * </pre>
 *
 * <p>In names, paths and facts, {@code %}, spaces and control characters are written {@code %XX}; an optional fact is {@code -} when absent and {@code
 * =VALUE} when present. A manifest that cannot be read, or of another version, counts as none: the
 * run then renders everything, which is always correct.
 *
 * @param run the fingerprint of the run's settings and versions
 * @param inputs each input's entry, by name (an article's input name, {@link #SITE} or {@link #BOOK})
 * @param written of a manifest read from a file, the bytes of each entry's lines there, by name (so that
 *     saving the next manifest copies those of the entries that did not change); none for one made in a run
 * @param unfinished what the journal of a run that did not finish added to this manifest, if there was
 *     one ({@link ManifestJournal}): the file in the output folder then says less, so the next
 *     manifest must be written
 */
record Manifest(String run, Map<String, Manifest.Entry> inputs, Map<String, byte[]> written,
    Optional<ManifestJournal.Unfinished> unfinished) {
  /** The manifest's file name in the output folder (hidden, so never read as an input). */
  static final String FILE_NAME = ".carepress-manifest";
  /** The name of the site's entry. */
  static final String SITE = "<site>";
  /** The name of the book's entry. */
  static final String BOOK = "<book>";

  static final String HEADER = "carepress-manifest 2";

  /** What one input was made from, the files it wrote and, for an article, its facts. */
  record Entry(String fingerprint, List<String> files, Optional<ArticleFacts> facts) {
    Entry {
      files = List.copyOf(files);
    }

    // Written out (see ArticleFacts#equals): a component added to the record must be added here too.
    @Override
    public boolean equals(Object other) {
      return other instanceof Entry o && fingerprint.equals(o.fingerprint) && files.equals(o.files)
          && facts.equals(o.facts);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(fingerprint, files, facts);
    }
  }

  Manifest {
    inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    written = Map.copyOf(written);
  }

  /** A manifest made in a run. */
  Manifest(String run, Map<String, Entry> inputs) {
    this(run, inputs, Map.of(), Optional.empty());
  }

  /**
   * What the output folder records, if anything can be read: its manifest, with what the journal of
   * a run that did not finish adds to it ({@link ManifestJournal#over}).
   */
  static Optional<Manifest> load(Path out) {
    Optional<Manifest> saved = Optional.empty();
    try {
      saved = parse(Files.readAllBytes(out.resolve(FILE_NAME)));
    } catch (IOException | RuntimeException e) {
      // none yet, or unreadable: a full run is always correct
    }
    Optional<ManifestJournal.Left> left = ManifestJournal.read(out);
    return left.isPresent() ? Optional.of(left.get().over(saved)) : saved;
  }

  /** Whether the output folder has a manifest or a journal to load. */
  static boolean present(Path out) {
    return Files.isRegularFile(out.resolve(FILE_NAME)) || Files.isRegularFile(out.resolve(ManifestJournal.FILE_NAME));
  }

  /** The manifest these bytes hold (a manifest file's whole content), if they are one. */
  static Optional<Manifest> parse(byte[] bytes) {
    ManifestLines lines = ManifestLines.of(bytes);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("run ")) {
      return Optional.empty();
    }
    try {
      Map<String, byte[]> written = new java.util.HashMap<>();
      return Optional.of(new Manifest(lines.get(1).substring(4), entries(lines, written), written, Optional.empty()));
    } catch (RuntimeException e) {
      return Optional.empty(); // a damaged line
    }
  }

  private static Map<String, Entry> entries(ManifestLines lines, Map<String, byte[]> written) {
    Map<String, Entry> inputs = new LinkedHashMap<>();
    Builder entry = null;
    int first = 0;
    for (int i = 2; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] parts = line.split(" ", -1);
      if (parts[0].equals("input") && parts.length == 3) {
        if (entry != null) {
          inputs.put(entry.name, entry.build());
          keep(lines.bytes(first, i), entry.name, written);
        }
        entry = new Builder(decode(parts[2]), parts[1]);
        first = i;
      } else if (entry == null) {
        throw new IllegalArgumentException("no input before " + parts[0]);
      } else if (parts[0].equals("file") && parts.length == 2) {
        entry.files.add(decode(parts[1]));
      } else if (parts[0].equals("facts") && parts.length == 6 && entry.facts == null) {
        entry.facts = new ArticleFacts(decode(parts[1]), decode(parts[2]), optional(parts[3]), decode(parts[4]),
            optional(parts[5]), Optional.empty(), List.of());
      } else if (parts[0].equals("lead") && parts.length == 2 && entry.facts != null) {
        entry.lead = Optional.of(decode(parts[1]));
      } else if (parts[0].equals("figure") && parts.length == 2 && entry.facts != null) {
        entry.figures.add(decode(parts[1]));
      } else {
        throw new IllegalArgumentException("not a manifest line: " + parts[0]);
      }
    }
    if (entry != null) {
      inputs.put(entry.name, entry.build());
      keep(lines.bytes(first, lines.size()), entry.name, written);
    }
    return inputs;
  }

  private static void keep(Optional<byte[]> bytes, String name, Map<String, byte[]> written) {
    bytes.ifPresent(b -> written.put(name, b));
  }

  /** One entry as it is read. */
  private static final class Builder {
    final String name;
    final String fingerprint;
    final List<String> files = new ArrayList<>();
    ArticleFacts facts;
    Optional<String> lead = Optional.empty();
    final List<String> figures = new ArrayList<>();

    Builder(String name, String fingerprint) {
      this.name = name;
      this.fingerprint = fingerprint;
    }

    Entry build() {
      Optional<ArticleFacts> all = Optional.ofNullable(facts).map(f -> new ArticleFacts(f.slug(), f.language(),
          f.category(), f.title(), f.summary(), lead, figures));
      return new Entry(fingerprint, files, all);
    }
  }

  /**
   * Writes the manifest into the output folder, atomically; the lines of each entry that is as the
   * previous manifest (read from the folder) has it are copied from there.
   */
  void save(Path out, Optional<Manifest> previous) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + inputs.size() * 512);
    bytes.writeBytes((HEADER + "\nrun " + run + "\n").getBytes(StandardCharsets.UTF_8));
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Entry> input : inputs.entrySet()) {
      byte[] before = previous.map(p -> p.written.get(input.getKey())).orElse(null);
      if (before != null && input.getValue().equals(previous.get().inputs.get(input.getKey()))) {
        bytes.writeBytes(before);
      } else {
        text.setLength(0);
        bytes.writeBytes(text(input.getKey(), input.getValue(), text).toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    AtomicFiles.write(out.resolve(FILE_NAME), stream -> bytes.writeTo(stream));
  }

  /** Appends the lines of one entry, as a manifest file has them (plain loops: this runs in cold code). */
  static StringBuilder text(String name, Entry entry, StringBuilder text) {
    text.append("input ").append(entry.fingerprint()).append(' ');
    encode(name, text).append('\n');
    if (entry.facts().isPresent()) {
      ArticleFacts f = entry.facts().get();
      encode(f.slug(), text.append("facts ")).append(' ');
      encode(f.language(), text).append(' ');
      optional(f.category(), text).append(' ');
      encode(f.title(), text).append(' ');
      optional(f.summary(), text).append('\n');
      if (f.lead().isPresent()) {
        encode(f.lead().get(), text.append("lead ")).append('\n');
      }
      for (String src : f.figures()) {
        encode(src, text.append("figure ")).append('\n');
      }
    }
    for (String file : entry.files()) {
      encode(file, text.append("file ")).append('\n');
    }
    return text;
  }

  /**
   * Whether the other manifest says the same, in the same order (so would be written the same),
   * and this one is what the output folder's manifest file says.
   */
  boolean sameAs(Manifest other) {
    return unfinished.isEmpty() && run.equals(other.run)
        && List.copyOf(inputs.entrySet()).equals(List.copyOf(other.inputs.entrySet()));
  }

  /** Every file the manifest lists. */
  Set<String> files() {
    Set<String> all = new LinkedHashSet<>();
    inputs.values().forEach(e -> all.addAll(e.files()));
    return all;
  }

  /** Every file the manifest lists, and those unfinished runs wrote: what a run may have to remove. */
  Set<String> everyFile() {
    Set<String> all = files();
    unfinished.ifPresent(u -> all.addAll(u.former()));
    return all;
  }

  /** Whether the input's entry has this fingerprint and these files, all still in the output folder. */
  boolean upToDate(String name, String fingerprint, Set<String> expectedFiles, Path out) {
    return records(name, fingerprint, expectedFiles) && allIn(inputs.get(name).files(), out);
  }

  /** Whether every one of these files (relative to the output folder) is in it. */
  static boolean allIn(List<String> files, Path out) {
    for (String file : files) {
      if (!Files.isRegularFile(out.resolve(file))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the input's entry has this fingerprint and these files (and maybe more: a lone HTML
   * page's images and stylesheet), without looking for them in the output folder (for an input
   * {@link UnchangedInputs} found with its files in place). A change of formats changes the run's
   * fingerprint, so a file a format no longer makes is never left listed here.
   */
  boolean records(String name, String fingerprint, Set<String> expectedFiles) {
    Entry entry = inputs.get(name);
    return entry != null && entry.fingerprint().equals(fingerprint)
        && (expectedFiles == null || entry.files().containsAll(expectedFiles));
  }

  private static StringBuilder optional(Optional<String> value, StringBuilder text) {
    return value.isPresent() ? encode(value.get(), text.append('=')) : text.append('-');
  }

  private static Optional<String> optional(String field) {
    if (field.equals("-")) {
      return Optional.empty();
    }
    if (!field.startsWith("=")) {
      throw new IllegalArgumentException("not an optional fact: " + field);
    }
    return Optional.of(decode(field.substring(1)));
  }

  // Only what would break a line apart is escaped ('%' itself, space, line ends, other controls), so
  // that the manifest of a large site is quick to read and write; any other text is kept as it is.
  static StringBuilder encode(String text, StringBuilder out) {
    int i = 0;
    while (i < text.length() && !escaped(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return out.append(text);
    }
    out.append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escaped(c)) {
        out.append('%').append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
      } else {
        out.append(c);
      }
    }
    return out;
  }

  private static boolean escaped(char c) {
    return c <= ' ' || c == '%' || c == 0x7F;
  }

  static String decode(String text) {
    int i = text.indexOf('%');
    if (i < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
