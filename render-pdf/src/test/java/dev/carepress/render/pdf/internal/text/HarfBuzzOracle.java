package dev.carepress.render.pdf.internal.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * HarfBuzz's own shaping of a text, from Debian's {@code hb-shape} (package libharfbuzz-bin): the
 * oracle the shaping engine is tested against. Tests that need it skip when it or the fonts are
 * missing, unless {@code -Dcarepress.requireFonts=true}.
 */
final class HarfBuzzOracle {
  /** Debian's fonts-noto-core: the same files as the fonts-world pack. */
  static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
  private static final Pattern GLYPH = Pattern.compile(
      "\\{\"g\":(\\d+),\"cl\":(\\d+),\"dx\":(-?\\d+),\"dy\":(-?\\d+),\"ax\":(-?\\d+),\"ay\":(-?\\d+)\\}");

  /** One glyph as hb-shape gives it. */
  record Glyph(int gid, int cluster, int dx, int dy, int ax) {}

  private HarfBuzzOracle() {}

  static Path font(String file) {
    Path path = NOTO.resolve(file);
    require(Files.isRegularFile(path), "no font " + path + " (apt-get install fonts-noto-core)");
    return path;
  }

  static void require(boolean present, String message) {
    if (!present) {
      if (Boolean.getBoolean("carepress.requireFonts")) {
        throw new AssertionError(message);
      }
      Assumptions.abort("skipped: " + message);
    }
  }

  /** The glyphs hb-shape gives for the text, in visual order. */
  static List<Glyph> shape(Path font, String text) {
    try {
      Process p = new ProcessBuilder("hb-shape", "--output-format=json", "--no-glyph-names", font.toString(), text)
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("hb-shape failed: " + out);
      }
      List<Glyph> glyphs = new ArrayList<>();
      Matcher m = GLYPH.matcher(out);
      while (m.find()) {
        glyphs.add(new Glyph(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
      }
      return glyphs;
    } catch (IOException e) {
      require(false, "hb-shape is not installed (apt-get install libharfbuzz-bin)");
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
