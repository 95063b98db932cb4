package dev.carepress.batch.internal;

import dev.carepress.batch.BatchPlan;
import dev.carepress.batch.FormatPlan;
import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.Book;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Figure;
import dev.carepress.model.Image;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Quote;
import dev.carepress.model.Section;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprints an incremental run compares with its manifest: digests (checksums) of everything an
 * output is made from. An article's covers its file and every local image it shows; the run's
 * covers the Carepress version, each renderer (class and version), each format's settings (and
 * the files they name: a logo, a stylesheet, fonts), the site title and the book file's name, so a
 * change of any of them re-renders everything.
 */
final class Fingerprints {
  private Fingerprints() {}

  /** The fingerprint of what every output of a run depends on. */
  static String run(BatchPlan plan, Map<String, Renderer> renderers, InputReader reader) {
    Digest digest = new Digest();
    digest.add("carepress " + versionOf(Fingerprints.class));
    digest.add("reader " + reader(reader).orElse(reader.getClass().getName()));
    for (FormatPlan format : plan.formats()) {
      Renderer renderer = renderers.get(format.formatId());
      digest.add("format " + format.formatId() + " " + renderer.getClass().getName() + " " + versionOf(renderer.getClass()));
      new TreeMap<>(format.settings().asMap()).forEach((k, v) -> {
        digest.add("set " + k + "=" + v);
        settingFiles(v).forEach(digest::addFile);
      });
    }
    digest.add("title " + plan.siteTitle().orElse(""));
    digest.add("book " + plan.book().map(Path::toString).orElse(""));
    return digest.hex();
  }

  /**
   * The files a setting's value names ({@code clinicLogo=logo.png}, {@code css=brand.css}, the PDF's
   * {@code fontRegular} or its {@code fallbackFonts=a.ttf,b.ttf}), found as the renderers find them
   * (from the working folder), so that an edited logo, stylesheet or font renders everything again as
   * a changed setting does: only the path was in the fingerprint, and a new logo left every handout
   * "up to date" with the old one. Any value, or part between commas, that is a readable file counts,
   * whatever the renderer (a format of one's own too); other values name none.
   */
  static List<Path> settingFiles(String value) {
    List<Path> files = new java.util.ArrayList<>();
    for (String part : value.split(",")) {
      String name = part.strip();
      if (name.isEmpty() || name.length() > 4096) {
        continue;
      }
      try {
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
      } catch (java.nio.file.InvalidPathException e) {
        // not a path: text, a number, a choice
      }
    }
    return files;
  }

  /**
   * The reader, when it is one whose article depends on nothing but the file's bytes (the standard
   * reader, or it made strict), so that an unchanged file need not be read again.
   */
  static Optional<String> reader(InputReader reader) {
    if (reader == StandardReader.INSTANCE) {
      return Optional.of("standard");
    }
    if (reader instanceof StrictReader strict) {
      return reader(strict.lenient()).map(r -> r + " strict");
    }
    return Optional.empty();
  }

  /** The fingerprint of an article: its source file (or, without one, its model) and its local images. */
  static String article(Article article) {
    String images = images(folderOf(article.source()), ArticleFacts.of(article).images());
    Optional<Path> source = article.source();
    if (source.isPresent() && Files.isRegularFile(source.get())) {
      return input(source.get(), images);
    }
    Digest digest = new Digest();
    digest.add(article.toString());
    digest.add("images ", images);
    return digest.hex();
  }

  /**
   * The fingerprint of an article file whose images have this fingerprint ({@link #images}): the
   * same as {@link #article} gives for the article read from it, found without reading it.
   */
  static String input(Path file, String images) {
    Digest digest = new Digest();
    digest.addFile(file);
    digest.add("images ", images);
    return digest.hex();
  }

  /**
   * The fingerprint of an article's local images, by their sources in order, resolved as the
   * renderers resolve them (beside the article, in {@code folder}); empty when it has none.
   */
  static String images(Path folder, List<String> sources) {
    if (sources.isEmpty()) {
      return "";
    }
    Digest digest = new Digest();
    sources.forEach(src -> digest.addImage(folder, src));
    return digest.hex();
  }

  /** The folder an article's images are resolved in. */
  static Path folderOf(Optional<Path> source) {
    return source.map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of("").toAbsolutePath());
  }

  /** The fingerprint of a book: its file, its cover and each of its articles'. */
  static String book(Path bookFile, Book book) {
    Digest digest = new Digest();
    digest.addFile(bookFile);
    Path folder = bookFile.toAbsolutePath().getParent();
    book.metadata().cover().map(Image::src).ifPresent(src -> digest.addImage(folder, src));
    book.articles().forEach(a -> digest.add(article(a)));
    return digest.hex();
  }

  /** The fingerprint of several fingerprints together, in order. */
  static String of(List<String> parts) {
    Digest digest = new Digest();
    parts.forEach(digest::add);
    return digest.hex();
  }

  private static String versionOf(Class<?> type) {
    String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** The sources of the article's figures, in reading order (lists, quotes and callouts too). */
  static List<String> figures(Article article) {
    List<String> found = new java.util.ArrayList<>();
    collect(article.introduction(), found);
    for (Section section : article.sections()) {
      collect(section, found);
    }
    return found;
  }

  private static void collect(Section section, List<String> found) {
    collect(section.blocks(), found);
    section.subsections().forEach(s -> collect(s, found));
  }

  private static void collect(List<Block> blocks, List<String> found) {
    for (Block block : blocks) {
      if (block instanceof Figure figure) {
        found.add(figure.src());
      } else if (block instanceof Quote quote) {
        collect(quote.blocks(), found);
      } else if (block instanceof Callout callout) {
        collect(callout.blocks(), found);
      } else if (block instanceof BulletList list) {
        list.items().stream().map(ListItem::blocks).forEach(b -> collect(b, found));
      } else if (block instanceof OrderedList list) {
        list.items().stream().map(ListItem::blocks).forEach(b -> collect(b, found));
      }
    }
  }

  /**
   * A digest of lines and files: the CRC-32 and CRC-32C of everything added, and its length. It
   * tells an edited file from the recorded one (an accidental match of both checks is about one
   * in 2^64) and, unlike a SHA-256, costs next to nothing in the launcher's C1 code, where the
   * JDK's SHA-256 has no intrinsic: hashing 1,000 articles (6.4 MB) took 0.4–0.5 s of CPU, most
   * of an incremental run that found one changed file. Not meant to withstand forged inputs: a
   * writer who wants the next run to skip an article can delete the output instead.
   */
  private static final class Digest {
    private final CRC32 crc = new CRC32();
    private final CRC32C crcC = new CRC32C();
    private long length;

    private void update(byte[] bytes) {
      crc.update(bytes);
      crcC.update(bytes);
      length += bytes.length;
    }

    private void newLine() {
      crc.update('\n');
      crcC.update('\n');
      length++;
    }

    void add(String line) {
      update(line.getBytes(StandardCharsets.UTF_8));
      newLine();
    }

    // the same bytes as add(first + second), without the string made of them
    private void add(String first, String second) {
      update(first.getBytes(StandardCharsets.UTF_8));
      add(second);
    }

    void addFile(Path file) {
      try {
        byte[] bytes;
        // a FileInputStream: fewer layers of cold code per file than Files.readAllBytes's channel
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
          bytes = in.readAllBytes();
        }
        add("file ", Integer.toString(bytes.length));
        update(bytes);
      } catch (IOException e) {
        add("unreadable ", file.toString());
      }
    }

    // A local image, resolved as the renderers resolve it (beside the article); remote ones are
    // not fetched, so only their address counts.
    void addImage(Path folder, String src) {
      add("image ", src);
      if (src.contains(":") || src.startsWith("/")) {
        return;
      }
      Path image = folder.resolve(src).normalize();
      if (Files.isRegularFile(image)) {
        addFile(image);
      } else {
        add("absent");
      }
    }

    // %08x%08x%016x of the two checks and the length, without a Formatter (slow in cold code)
    String hex() {
      char[] hex = new char[32];
      digits(hex, 0, crc.getValue(), 8);
      digits(hex, 8, crcC.getValue(), 8);
      digits(hex, 16, length, 16);
      return new String(hex);
    }

    private static void digits(char[] into, int at, long value, int count) {
      for (int i = count - 1; i >= 0; i--) {
        into[at + i] = Character.forDigit((int) (value & 0xF), 16);
        value >>>= 4;
      }
    }
  }
}
