package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The faces a renderer draws with: the four text faces, the monospaced face and the fallback
 * chain. {@link #faceFor} picks, for each character, the first face that has a glyph for it.
 */
public final class Fonts {
  /** Face roles; the index of the face in {@link #faces()}. */
  public static final int REGULAR = 0;
  /** Bold text. */
  public static final int BOLD = 1;
  /** Italic text. */
  public static final int ITALIC = 2;
  /** Bold italic text. */
  public static final int BOLD_ITALIC = 3;
  /** Monospaced text (code). */
  public static final int MONO = 4;

  private static final String BUNDLED = "/dev/carepress/render/pdf/fonts/";
  private static final String[] BUNDLED_FILES = {
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
    "NotoSansMono-Regular.ttf", "NotoSansMath-Regular.ttf"
  };
  /** The bundled math face: minus, relations, arrows, which Noto Sans lacks. */
  private static final int MATH = 5;
  private static final int FIRST_FALLBACK = 6;

  private final FontProgram[] faces;

  /** The faces: five role faces (null for the bundled one) and the user's fallbacks. */
  public Fonts(List<FontProgram> roleFaces, List<FontProgram> fallbacks) {
    List<FontProgram> all = new ArrayList<>();
    for (int role = 0; role < 5; role++) {
      FontProgram given = role < roleFaces.size() ? roleFaces.get(role) : null;
      all.add(given != null ? given : bundled(role));
    }
    all.add(bundled(MATH));
    all.addAll(fallbacks);
    this.faces = all.toArray(new FontProgram[0]);
  }

  /** The bundled face for a role (Noto Sans, Noto Sans Mono, then Noto Sans Math), parsed once per JVM. */
  public static FontProgram bundled(int role) {
    String file = BUNDLED_FILES[role];
    return FontCache.get("bundled:" + file, file, () -> readResource(BUNDLED + file), Optional.empty());
  }

  /** Every face: the five roles, the bundled math face, then the user's fallbacks. */
  public FontProgram[] faces() {
    return faces;
  }

  /** The face with this index. */
  public FontProgram face(int index) {
    return faces[index];
  }

  /**
   * The index of the first face that can draw the code point in the role: the role's face, then the
   * user's fallbacks, then the regular face, the bundled math face and the monospaced face; -1 when
   * none can.
   */
  public int faceFor(int role, int codePoint) {
    if (faces[role].has(codePoint)) {
      return role;
    }
    for (int i = FIRST_FALLBACK; i < faces.length; i++) {
      if (faces[i].has(codePoint)) {
        return i;
      }
    }
    if (role != REGULAR && faces[REGULAR].has(codePoint)) {
      return REGULAR;
    }
    if (faces[MATH].has(codePoint)) {
      return MATH;
    }
    if (role != MONO && faces[MONO].has(codePoint)) {
      return MONO;
    }
    return -1;
  }

  private static byte[] readResource(String path) {
    try (InputStream in = Fonts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the bundled font " + path + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font " + path, e);
    }
  }
}
