package dev.carepress.batch.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journal of an incremental run, {@value #FILE_NAME} in the output folder. The {@link Manifest}
 * is written only when a run ends; meanwhile each article whose files (and site page) are all in
 * place is appended here as its manifest entry, so that a run killed part way (kill -9, a power
 * cut, a CI time-out) leaves a record of what it finished and the next incremental run renders only
 * the rest. The run that ends writes the manifest and deletes the journal.
 *
 * <pre>
 * carepress-journal 1
 * run FINGERPRINT
 * former RELATIVE/PATH    a file an earlier unfinished run wrote: removed if no input writes it now
 * input FINGERPRINT NAME  an article's entry, in the manifest's lines ...
 * end                     ... which counts only once this line follows it
 * page NAME               the article's site page is in place too
 * forget NAME             an article taken out again (its files were removed)
 * </pre>
 *
 * <p>A journal cut off part way loses at most its last entry, whose article is then rendered again.
 * The journal is not synced to disk: after a power cut the file system keeps it no later than the
 * files it names (a rename is journalled by ext4 before the data appended after it), and what it
 * lost is only work done again. Thread-safe: articles finish on the worker threads.
 */
final class ManifestJournal {
  /** The journal's file name in the output folder (hidden, so never read as an input). */
  static final String FILE_NAME = ".carepress-manifest.journal";

  private static final String HEADER = "carepress-journal 1";

  /**
   * What a manifest holds of unfinished runs besides its entries.
   *
   * @param former every file those runs or the manifest file named: removed at the end of the next
   *     run that does not write it
   * @param pageless the articles whose own files those runs put in place but not their site page
   *     (which the next run must render, though their files are up to date)
   */
  record Unfinished(Set<String> former, Set<String> pageless) {
    /** Copies the sets. */
    Unfinished {
      former = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(former));
      pageless = Set.copyOf(pageless);
    }
  }

  /**
   * What the journal of a run that did not finish says.
   *
   * @param run the fingerprint of that run's settings and versions
   * @param entries the entries of the articles it finished, by name
   * @param pages the articles of those whose site page is in place too
   * @param former the other files it names: former ones, and those of entries taken out or replaced
   * @param valid the journal's bytes up to its last whole line (to be appended to by a run of the same settings)
   */
  record Left(String run, Map<String, Manifest.Entry> entries, Set<String> pages, Set<String> former, byte[] valid) {
    /**
     * What the output folder records: the saved manifest with these entries over it if it is of the
     * same run, else these entries alone; every file either names is a former one at least.
     */
    Manifest over(Optional<Manifest> saved) {
      Set<String> files = new LinkedHashSet<>(former);
      entries.values().forEach(e -> files.addAll(e.files()));
      Map<String, Manifest.Entry> inputs = new LinkedHashMap<>();
      Map<String, byte[]> written = new HashMap<>();
      if (saved.isPresent()) {
        Manifest manifest = saved.get();
        files.addAll(manifest.files());
        if (manifest.run().equals(run)) {
          inputs.putAll(manifest.inputs());
          written.putAll(manifest.written());
          written.keySet().removeAll(entries.keySet()); // their lines in the file are not these
        }
      }
      inputs.putAll(entries);
      Set<String> pageless = new LinkedHashSet<>(entries.keySet());
      pageless.removeAll(pages);
      return new Manifest(run, inputs, written, Optional.of(new Unfinished(files, pageless)));
    }
  }

  private final Path out;
  private final String run;
  private final Optional<Manifest> previous;
  private final Set<String> recorded = new LinkedHashSet<>();
  private FileChannel channel;
  private boolean failed;

  /**
   * The journal of a run with this fingerprint into {@code out}, whose records before it were these;
   * nothing is written until the first article is recorded.
   */
  ManifestJournal(Path out, String run, Optional<Manifest> previous) {
    this.out = out;
    this.run = run;
    this.previous = previous;
  }

  /** What the journal in the output folder says, if there is one that can be read. */
  static Optional<Left> read(Path out) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(out.resolve(FILE_NAME));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // none: the run before finished (or never was)
    }
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--; // a line cut off by a kill, maybe in the middle of a character
    }
    byte[] whole = Arrays.copyOf(bytes, end);
    ManifestLines lines = ManifestLines.of(whole);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("run ")) {
      return Optional.empty();
    }
    String run = lines.get(1).substring(4);
    Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
    Set<String> pages = new LinkedHashSet<>();
    Set<String> former = new LinkedHashSet<>();
    StringBuilder entry = null;
    int valid = 2;
    for (int i = 2; i < lines.size(); i++) {
      String line = lines.get(i);
      if (entry == null && !line.startsWith("input ") && !wellEncoded(line)) {
        break; // a damaged line (a journal edited by hand): what came before it stands
      }
      if (entry != null && line.equals("end")) {
        Optional<Manifest> one = Manifest.parse(entry.toString().getBytes(StandardCharsets.UTF_8));
        if (one.isEmpty() || one.get().inputs().size() != 1) {
          break; // a damaged entry: what came before it stands
        }
        one.get().inputs().forEach((name, e) -> {
          forget(entries.put(name, e), former);
          pages.remove(name); // its files again: its page is not known to be in place
        });
        entry = null;
        valid = i + 1;
      } else if (entry != null) {
        entry.append(line).append('\n');
      } else if (line.startsWith("input ")) {
        entry = new StringBuilder(Manifest.HEADER).append("\nrun ").append(run).append('\n').append(line).append('\n');
      } else if (line.startsWith("former ")) {
        former.add(Manifest.decode(line.substring(7)));
        valid = i + 1;
      } else if (line.startsWith("page ")) {
        pages.add(Manifest.decode(line.substring(5)));
        valid = i + 1;
      } else if (line.startsWith("forget ")) {
        String name = Manifest.decode(line.substring(7));
        forget(entries.remove(name), former);
        pages.remove(name);
        valid = i + 1;
      } else {
        break;
      }
    }
    byte[] prefix = lines.bytes(0, valid).orElse(null);
    return Optional.of(new Left(run, entries, pages, former, prefix == null ? new byte[0] : prefix));
  }

  // Whether each '%' of the line starts a two-digit hexadecimal escape, as Manifest.decode needs.
  private static boolean wellEncoded(String line) {
    for (int i = line.indexOf('%'); i >= 0; i = line.indexOf('%', i + 1)) {
      if (i + 2 >= line.length() || Character.digit(line.charAt(i + 1), 16) < 0
          || Character.digit(line.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static void forget(Manifest.Entry gone, Set<String> former) {
    if (gone != null) {
      former.addAll(gone.files());
    }
  }

  /** Records that an article's files are all in place, as this entry says. */
  synchronized void add(String name, Manifest.Entry entry) {
    StringBuilder text = Manifest.text(name, entry, new StringBuilder(256)).append("end\n");
    if (append(text)) {
      recorded.add(name);
    }
  }

  /**
   * Records that an article's site page is in place; first, if its own files were not recorded
   * (it has none), its entry.
   */
  synchronized void page(String name, Manifest.Entry ifNone) {
    if (!recorded.contains(name)) {
      add(name, ifNone);
    }
    if (recorded.contains(name)) {
      append(Manifest.encode(name, new StringBuilder("page ")).append('\n'));
    }
  }

  /** Records that an article recorded before was taken out again. */
  synchronized void forget(String name) {
    if (recorded.remove(name)) {
      append(Manifest.encode(name, new StringBuilder("forget ")).append('\n'));
    }
  }

  /** Removes the journal: the run's manifest is saved. */
  synchronized void delete() throws IOException {
    close();
    Files.deleteIfExists(out.resolve(FILE_NAME));
  }

  private boolean append(CharSequence text) {
    if (failed) {
      return false;
    }
    try {
      if (channel == null) {
        channel = start();
      }
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      failed = true; // a journal that cannot be written costs only work: the next run renders these articles again
      close();
      return false;
    }
  }

  // A fresh journal file, written whole before it is appended to: of a run with the same settings,
  // what that run's journal holds up to its last whole line; else the run's fingerprint, then every
  // file the records before name (an unfinished run's files would otherwise never be removed).
  private FileChannel start() throws IOException {
    Path file = out.resolve(FILE_NAME);
    Optional<Left> left = previous.filter(p -> p.unfinished().isPresent()).flatMap(p -> read(out));
    byte[] head;
    if (left.isPresent() && left.get().run().equals(run) && left.get().valid().length > 0) {
      head = left.get().valid();
    } else {
      StringBuilder text = new StringBuilder(HEADER).append("\nrun ").append(run).append('\n');
      previous.filter(p -> p.unfinished().isPresent()).ifPresent(p ->
          p.everyFile().forEach(f -> Manifest.encode(f, text.append("former ")).append('\n')));
      head = text.toString().getBytes(StandardCharsets.UTF_8);
    }
    // written in place, not through a temporary file: a journal cut off in its first lines is no journal
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    try {
      ByteBuffer bytes = ByteBuffer.wrap(head);
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return channel;
  }

  private void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing was lost: every entry was written whole before
      }
      channel = null;
    }
  }
}
