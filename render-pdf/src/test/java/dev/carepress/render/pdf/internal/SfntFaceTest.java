package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table reader that spares a cold start FontBox's parse, checked against FontBox itself on every
 * bundled font and every font of the world pack: the same PostScript name, metrics and glyph for
 * every code point.
 */
class SfntFaceTest {
  private static final String WORLD = "/META-INF/carepress/";

  static Stream<String> fonts() throws IOException {
    List<String> paths = new ArrayList<>();
    for (String file : new String[] {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
        "NotoSans-BoldItalic.ttf", "NotoSansMono-Regular.ttf", "NotoSansMath-Regular.ttf"}) {
      paths.add("/dev/carepress/render/pdf/fonts/" + file);
    }
    Properties pack = new Properties();
    try (InputStream in = SfntFaceTest.class.getResourceAsStream(WORLD + "fonts.properties")) {
      pack.load(in);
    }
    pack.stringPropertyNames().stream().sorted().forEach(p -> paths.add(WORLD + p));
    assertThat(paths).hasSizeGreaterThan(50);
    return paths.stream();
  }

  private static byte[] bytes(String path) {
    try (InputStream in = SfntFaceTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("fonts")
  void readsTheSameNameMetricsAndGlyphsAsFontBox(String path) throws IOException {
    byte[] data = bytes(path);
    SfntFace face = SfntFace.read(data, path).orElseThrow();
    TrueTypeFont ttf = FontFiles.parse(data, Optional.empty());
    FontMetrics expected = new FontMetrics(ttf, path);
    FontCmap expectedCmap = new FontCmap(ttf, expected.glyphCount, path);

    assertThat(face.postScriptName).isEqualTo(ttf.getName());
    FontMetrics actual = face.metrics;
    assertThat(actual.unitsPerEm).isEqualTo(expected.unitsPerEm);
    assertThat(actual.ascent).isEqualTo(expected.ascent);
    assertThat(actual.descent).isEqualTo(expected.descent);
    assertThat(actual.bbox).isEqualTo(expected.bbox);
    assertThat(actual.italicAngle).isEqualTo(expected.italicAngle);
    assertThat(actual.capHeight).isEqualTo(expected.capHeight);
    assertThat(actual.fixedPitch).isEqualTo(expected.fixedPitch);
    assertThat(actual.weight).isEqualTo(expected.weight);
    assertThat(actual.glyphCount).isEqualTo(expected.glyphCount);
    assertThat(actual.advances).isEqualTo(expected.advances);
    int mismatches = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (face.cmap.glyph(cp) != expectedCmap.glyph(cp)) {
        mismatches++;
      }
    }
    assertThat(mismatches).as("code points mapped to another glyph than FontBox's").isZero();
    for (int gid = 0; gid < expected.glyphCount; gid++) {
      if (face.cmap.codePointOf(gid) != expectedCmap.codePointOf(gid)) {
        mismatches++;
      }
    }
    assertThat(mismatches).as("glyphs mapped back to another code point than FontBox's").isZero();
  }
}
