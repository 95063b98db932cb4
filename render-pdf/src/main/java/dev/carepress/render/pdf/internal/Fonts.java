package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.carepress.render.pdf.internal.text.Scripts;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The faces a renderer draws with: the four text faces, the monospaced face and the fallback
 * chain. {@link #faceFor} picks, for each character, the first face that has a glyph for it: the
 * role's face, the user's fallbacks, the bundled faces, then the fonts of the font packs on the
 * class path ({@link FontPacks}) for the character's script. The bundled bold italic, monospaced and
 * math faces and the pack fonts are parsed when first asked for (most handouts never draw them, and
 * parsing a font file is most of a cold start's cost).
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
  /** The OS/2 weight class from which a face counts as bold. */
  private static final int SEMIBOLD = 600;

  private final FontProgram[] faces;
  /** The index of the first pack face in {@link #faces}. */
  private final int firstPack;
  private final List<FontPacks.Entry> packs;

  /** The faces: five role faces (null for the bundled one), the user's fallbacks and the font packs found. */
  public Fonts(List<FontProgram> roleFaces, List<FontProgram> fallbacks) {
    this(roleFaces, fallbacks, FontPacks.discover());
  }

  /** The faces with the given font packs' fonts. */
  Fonts(List<FontProgram> roleFaces, List<FontProgram> fallbacks, List<FontPacks.Entry> packs) {
    List<FontProgram> all = new ArrayList<>();
    for (int role = 0; role < 5; role++) {
      FontProgram given = role < roleFaces.size() ? roleFaces.get(role) : null;
      // the regular, bold and italic faces nearly every handout draws are parsed now (while a batch
      // is still reading its articles); the others, null here, on first use
      all.add(given != null ? given : role <= ITALIC ? bundled(role) : null);
    }
    all.add(null); // the bundled math face
    all.addAll(fallbacks);
    this.firstPack = all.size();
    this.packs = packs;
    for (int i = 0; i < packs.size(); i++) {
      all.add(null); // parsed on first use
    }
    this.faces = all.toArray(new FontProgram[0]);
  }

  /** The bundled face for a role (Noto Sans, Noto Sans Mono, then Noto Sans Math), parsed once per JVM. */
  public static FontProgram bundled(int role) {
    String file = BUNDLED_FILES[role];
    return FontCache.get("bundled:" + file, file, () -> readResource(BUNDLED + file), Optional.empty());
  }

  /**
   * Every face: the five roles, the bundled math face, the user's fallbacks, then the pack fonts. A
   * bundled or pack font not used yet is null here: take faces through {@link #face(int)}.
   */
  public FontProgram[] faces() {
    return faces;
  }

  /** The number of faces. */
  public int count() {
    return faces.length;
  }

  /** The face with this index (a bundled or pack font is parsed on first use). */
  public FontProgram face(int index) {
    FontProgram face = faces[index];
    if (face == null) {
      // the same instance for every caller (FontCache), so a race between threads is harmless
      face = index < FIRST_FALLBACK ? bundled(index) : packs.get(index - firstPack).program();
      faces[index] = face;
    }
    return face;
  }

  /**
   * Like {@link #faceFor(int, int)}, and for Han, kana, Hangul and CJK punctuation the pack font
   * with the regional forms of the language (a BCP 47 tag such as {@code zh-Hant}, {@code ja}).
   */
  public int faceFor(int role, int codePoint, String language) {
    int face = bundledFaceFor(role, codePoint);
    if (face >= FIRST_FALLBACK && lacksBold(role, face)) {
      int bold = packFaceFor(role, codePoint, language);
      if (bold >= 0 && face(bold).weight() >= SEMIBOLD) {
        return bold; // a pack's bold face before a user's regular-only fallback for bold text
      }
    }
    return face >= 0 ? face : packFaceFor(role, codePoint, language);
  }

  /**
   * The index of the first face that can draw the code point in the role: the role's face, then the
   * user's fallbacks, then the regular face, the bundled math face and the monospaced face, then the
   * font packs; -1 when none can. For bold text a pack's bold face comes before a user's fallback
   * lighter than semibold (a regular-only Thai font would otherwise be emboldened by the renderer
   * while the Thai pack's own bold went unused).
   */
  public int faceFor(int role, int codePoint) {
    return faceFor(role, codePoint, "");
  }

  /**
   * Whether text of a bold role drawn with this face must be emboldened by the renderer: the face
   * is not the role's own and is lighter than semibold by its OS/2 weight class. So it is for a
   * script whose font has no bold (Noto Sans CJK, N'Ko, Syriac and Tifinagh in the packs, most
   * fallback fonts) and for a character the bold face lacks that the regular or math face draws.
   */
  public boolean lacksBold(int role, int face) {
    return (role == BOLD || role == BOLD_ITALIC) && face >= 0 && face != role && face(face).weight() < SEMIBOLD;
  }

  private int bundledFaceFor(int role, int codePoint) {
    if (face(role).has(codePoint)) {
      return role;
    }
    for (int i = FIRST_FALLBACK; i < firstPack; i++) {
      if (faces[i].has(codePoint)) {
        return i;
      }
    }
    if (role != REGULAR && face(REGULAR).has(codePoint)) {
      return REGULAR;
    }
    if (face(MATH).has(codePoint)) {
      return MATH;
    }
    if (role != MONO && face(MONO).has(codePoint)) {
      return MONO;
    }
    return -1;
  }

  /**
   * The pack font for the code point's script that has it: bold for bold roles when the pack has a
   * bold face, the language's regional face for CJK; -1 when none has it.
   */
  private int packFaceFor(int role, int codePoint, String language) {
    if (packs.isEmpty()) {
      return -1;
    }
    UnicodeScript script = Scripts.fontScript(codePoint);
    if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN) {
      return -1; // shared characters follow the text around them (the paragraph layout sees it)
    }
    boolean bold = role == BOLD || role == BOLD_ITALIC;
    int[] order = new int[packs.size()];
    int n = 0;
    for (int i = 0; i < packs.size(); i++) {
      FontPacks.Entry e = packs.get(i);
      if (e.scripts().contains(script)) {
        int score = e.match(language) * 4 + (Scripts.regionFits(e, script) ? 2 : 0) + (e.bold() == bold ? 1 : 0);
        order[n++] = -(score << 16 | (0xFFFF - i)); // best score first, then the earlier entry
      }
    }
    java.util.Arrays.sort(order, 0, n);
    for (int k = 0; k < n; k++) {
      int i = 0xFFFF - (-order[k] & 0xFFFF);
      if (face(firstPack + i).has(codePoint)) {
        return firstPack + i;
      }
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
