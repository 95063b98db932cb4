package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The font packs on the class path: jars (such as {@code carepress-fonts-world} and {@code
 * carepress-fonts-cjk}) that hold a {@code META-INF/carepress/fonts.properties} naming their fonts
 * and the scripts each one covers. A pack depends on nothing and needs no configuration: when its
 * jar is on the class path, its fonts join every renderer's fallback chain by script. Fonts are
 * parsed on first use only. Read once per JVM.
 *
 * <p>Each line of {@code fonts.properties} is {@code PATH[#NAME] = SCRIPTS; WEIGHT[; LANGUAGES]}:
 * the font file relative to the properties file ({@code #NAME} picks a font of a collection by its
 * PostScript name), the {@link UnicodeScript} names it covers separated by commas, {@code regular}
 * or {@code bold}, and for Han fonts the languages whose regional glyph forms it has ({@code
 * zh-Hans,zh-CN}).
 */
public final class FontPacks {
  /** Where a pack declares its fonts. META-INF is no package, so a named module does not hide it. */
  public static final String INDEX = "META-INF/carepress/fonts.properties";

  /** One font of a pack. */
  public record Entry(URL url, String path, Optional<String> fontName, Set<UnicodeScript> scripts, boolean bold,
      List<String> languages) {

    /** The parsed font, loaded on first use and then shared by the JVM. */
    public FontProgram program() {
      return FontCache.get("pack:" + url + fontName.map(n -> "#" + n).orElse(""), path, this::read, fontName);
    }

    private byte[] read() {
      try (InputStream in = url.openStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font " + url, e);
      }
    }

    /**
     * How well the font's regional forms fit the language (a BCP 47 tag): the length of the longest
     * of its languages that is the tag or a prefix of it ({@code zh-Hant} fits {@code zh-Hant-TW}
     * better than {@code zh} does), 0 when none is.
     */
    public int match(String language) {
      String lang = language.toLowerCase(Locale.ROOT);
      int best = 0;
      for (String l : languages) {
        String want = l.toLowerCase(Locale.ROOT);
        if (lang.equals(want) || lang.startsWith(want + "-")) {
          best = Math.max(best, want.length());
        }
      }
      return best;
    }
  }

  private static volatile List<Entry> discovered;

  private FontPacks() {}

  /** The fonts of every pack on the class path. */
  public static List<Entry> discover() {
    List<Entry> entries = discovered;
    if (entries == null) {
      entries = read(FontPacks.class.getClassLoader());
      discovered = entries;
    }
    return entries;
  }

  static List<Entry> read(ClassLoader loader) {
    List<Entry> entries = new ArrayList<>();
    try {
      List<URL> indexes = Collections.list(loader.getResources(INDEX));
      indexes.sort(Comparator.comparing(URL::toString)); // the class path's order does not matter
      for (URL index : indexes) {
        String content;
        try (InputStream in = index.openStream()) {
          content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : content.split("\\R")) {
          String l = line.strip();
          if (l.isEmpty() || l.startsWith("#")) {
            continue;
          }
          int eq = l.indexOf('=');
          if (eq < 0) {
            throw new IOException(index + ": '" + l + "' is not PATH = SCRIPTS; WEIGHT");
          }
          entries.add(entry(index, l.substring(0, eq).strip(), l.substring(eq + 1).strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font packs' " + INDEX, e);
    }
    return List.copyOf(entries);
  }

  private static Entry entry(URL index, String key, String value) throws IOException {
    String[] parts = value.split(";");
    if (parts.length < 2) {
      throw new IOException(index + ": '" + key + "' needs 'SCRIPTS; WEIGHT', not '" + value + "'");
    }
    int hash = key.indexOf('#');
    String path = hash < 0 ? key : key.substring(0, hash);
    Optional<String> name = hash < 0 ? Optional.empty() : Optional.of(key.substring(hash + 1));
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    for (String s : parts[0].split(",")) {
      try {
        scripts.add(UnicodeScript.forName(s.strip()));
      } catch (IllegalArgumentException e) {
        throw new IOException(index + ": '" + key + "' names an unknown script '" + s.strip() + "'", e);
      }
    }
    boolean bold = parts[1].strip().equalsIgnoreCase("bold");
    List<String> languages = parts.length > 2 ? List.of(parts[2].strip().split("\\s*,\\s*")) : List.of();
    return new Entry(new URL(index, path), path, name, Set.copyOf(scripts), bold, languages);
  }
}
