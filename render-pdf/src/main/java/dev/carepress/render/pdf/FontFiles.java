package dev.carepress.render.pdf;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The text form of font settings: a font file's path, or paths separated by {@code ','}. */
final class FontFiles {
  private FontFiles() {}

  /** The font at the path, or none for a blank path. */
  static Optional<PdfFont> one(String path) {
    return path.isBlank() ? Optional.empty() : Optional.of(read(path.strip()));
  }

  /** The fonts at the paths, in order; blank entries are skipped. */
  static List<PdfFont> list(String paths) {
    List<PdfFont> fonts = new ArrayList<>();
    for (String path : paths.split(",")) {
      if (!path.isBlank()) {
        fonts.add(read(path.strip()));
      }
    }
    return List.copyOf(fonts);
  }

  static String print(Optional<PdfFont> font) {
    return font.map(PdfFont::name).orElse("");
  }

  static String print(List<PdfFont> fonts) {
    return fonts.stream().map(PdfFont::name).collect(Collectors.joining(","));
  }

  private static PdfFont read(String path) {
    try {
      return PdfFont.file(Path.of(path));
    } catch (UncheckedIOException | InvalidPathException e) {
      throw new IllegalArgumentException("cannot read the font file '" + path + "'", e);
    }
  }
}
