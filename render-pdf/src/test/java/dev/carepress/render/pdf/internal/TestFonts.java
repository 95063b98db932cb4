package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fonts for tests in other packages: the bundled faces and the given fallbacks, with no font packs. */
public final class TestFonts {
  private TestFonts() {}

  /** The bundled faces, then the fallback font files, as for a user without carepress-fonts-world. */
  public static Fonts withoutPacks(Path... fallbacks) throws IOException {
    List<FontProgram> programs = new ArrayList<>();
    for (Path file : fallbacks) {
      programs.add(FontProgram.load(file.getFileName().toString(), Files.readAllBytes(file), Optional.empty()));
    }
    return new Fonts(List.of(), programs, List.of());
  }
}
