package dev.carepress.render.epub.internal;

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
 * The bundled fonts an e-book embeds when asked to: those of the font packs on the class path
 * ({@code carepress-fonts-world}: jars holding {@code META-INF/carepress/fonts.properties}, the same
 * index the PDF renderer reads) that cover a script the publication's text uses. Whole TrueType
 * files, not subsets (27 KB for Hebrew to 343 KB for Ethiopic, per weight). Font collections
 * ({@code PATH#NAME}, the CJK pack) are left out: a {@code .ttc} is no EPUB core media type.
 */
final class EmbeddedFonts {
  static final String INDEX = "META-INF/carepress/fonts.properties";
  private static final Set<UnicodeScript> IGNORED =
      EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED, UnicodeScript.UNKNOWN, UnicodeScript.LATIN);
  private static volatile List<Font> discovered;

  /**
   * One font file to embed.
   *
   * @param family the CSS family name, as the stylesheet's stacks name it ("Noto Sans Arabic")
   * @param bold whether it is the bold weight
   * @param fileName its name inside the container's {@code fonts/} folder
   * @param scripts the scripts it covers
   * @param url where to read it
   */
  record Font(String family, boolean bold, String fileName, Set<UnicodeScript> scripts, URL url) {
    byte[] bytes() throws IOException {
      try (InputStream in = url.openStream()) {
        return in.readAllBytes();
      }
    }
  }

  private EmbeddedFonts() {}

  /** Whether any font pack is on the class path. */
  static boolean available() {
    return !discover().isEmpty();
  }

  /** The fonts covering the scripts the text uses ({@link #addScripts}), sorted by file name. */
  static List<Font> forScripts(Set<UnicodeScript> used) {
    List<Font> fonts = new ArrayList<>();
    for (Font font : discover()) {
      if (!Collections.disjoint(font.scripts(), used)) {
        fonts.add(font);
      }
    }
    fonts.sort(Comparator.comparing(Font::fileName));
    return List.copyOf(fonts);
  }

  /** The {@code @font-face} rules for the fonts, relative to the stylesheet in {@code css/}. */
  static String css(List<Font> fonts) {
    StringBuilder css = new StringBuilder("\n/* fonts embedded for the scripts of this book */\n");
    for (Font font : fonts) {
      css.append("@font-face { font-family: \"").append(font.family()).append("\"; src: url(\"../fonts/")
          .append(font.fileName()).append("\"); font-weight: ").append(font.bold() ? "bold" : "normal")
          .append("; font-style: normal; }\n");
    }
    return css.toString();
  }

  /** Adds the scripts of the text that a font is embedded for (not Latin, common or inherited). */
  static void addScripts(String text, Set<UnicodeScript> used) {
    text.codePoints().forEach(cp -> {
      UnicodeScript script = UnicodeScript.of(cp);
      if (!IGNORED.contains(script)) {
        used.add(script);
      }
    });
  }

  private static List<Font> discover() {
    List<Font> fonts = discovered;
    if (fonts == null) {
      fonts = read(EmbeddedFonts.class.getClassLoader());
      discovered = fonts;
    }
    return fonts;
  }

  private static List<Font> read(ClassLoader loader) {
    List<Font> fonts = new ArrayList<>();
    try {
      for (URL index : Collections.list(loader.getResources(INDEX))) {
        String content;
        try (InputStream in = index.openStream()) {
          content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : content.split("\\R")) {
          font(index, line.strip()).ifPresent(fonts::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font packs' " + INDEX, e);
    }
    return List.copyOf(fonts);
  }

  /** A line {@code PATH = SCRIPTS; WEIGHT[; LANGUAGES]} as a font; none for comments, collections and TTC/OTC files. */
  private static Optional<Font> font(URL index, String line) throws IOException {
    int eq = line.indexOf('=');
    if (line.isEmpty() || line.startsWith("#") || eq < 0) {
      return Optional.empty();
    }
    String path = line.substring(0, eq).strip();
    String[] parts = line.substring(eq + 1).split(";");
    if (path.contains("#") || !path.toLowerCase(Locale.ROOT).endsWith(".ttf") || parts.length < 2) {
      return Optional.empty();
    }
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    for (String s : parts[0].split(",")) {
      try {
        scripts.add(UnicodeScript.forName(s.strip()));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // a script this JDK does not know: the PDF renderer reports it
      }
    }
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    return Optional.of(new Font(family(fileName), parts[1].strip().equalsIgnoreCase("bold"), fileName,
        Set.copyOf(scripts), new URL(index, path)));
  }

  /** The family name in a Noto file name: {@code NotoSansHanifiRohingya-Bold.ttf} is "Noto Sans Hanifi Rohingya". */
  static String family(String fileName) {
    int dash = fileName.indexOf('-');
    String stem = dash < 0 ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName.substring(0, dash);
    return stem.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
  }
}
