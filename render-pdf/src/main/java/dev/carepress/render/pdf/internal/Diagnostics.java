package dev.carepress.render.pdf.internal;

import dev.carepress.Problem;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects what goes wrong while composing one document without stopping it: characters no font
 * has, reported once per character and place.
 */
final class Diagnostics {
  private final Consumer<Problem> sink;
  private final Set<String> reported = new HashSet<>();
  private String source = "";
  private String where = "";
  private boolean quiet;

  Diagnostics(Consumer<Problem> sink) {
    this.sink = sink;
  }

  /** The article being composed: its file, or its slug when it was made in code. */
  void source(String newSource) {
    this.source = newSource;
  }

  /** Where in the article composing is, e.g. {@code section "Using your inhaler"}. */
  void where(String newWhere) {
    this.where = newWhere;
  }

  String where() {
    return where;
  }

  /** Whether missing characters go unreported (running headers repeat text already reported). */
  void quiet(boolean newQuiet) {
    this.quiet = newQuiet;
  }

  void remoteImage(String src) {
    sink.accept(Problem.warning("image-remote", source, 0, 0,
        "the image '" + src + "' is on the web and is not embedded (renders never use the network); its"
            + " description is printed in its place, in " + where,
        "save the image beside the article and refer to it by a relative path, or give"
            + " RenderContext.withResources(...) a resolver that fetches it"));
  }

  void tableTooWide(int columns, String word) {
    sink.accept(Problem.warning("table-too-wide", source, 0, 0,
        "a table of " + columns + " columns is too wide for the page, in " + where + ": its longest words"
            + " are broken inside to fit, such as '" + word + "'",
        "split it into tables of fewer columns (repeat the first column in each), or shorten its longest words"));
  }

  void missingGlyph(int codePoint) {
    if (quiet || !reported.add(source + "\u0000" + where + "\u0000" + codePoint)) {
      return;
    }
    String name = Character.getName(codePoint);
    String text = Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)
        ? " (" + new String(Character.toChars(codePoint)) + ")" : "";
    sink.accept(Problem.warning(
        "missing-glyph", source, 0, 0,
        String.format(Locale.ROOT, "no font has U+%04X %s%s, in %s; it is drawn as a box", codePoint,
            name == null ? "UNASSIGNED" : name, text, where),
        "add a font file that has it: on the command line --set pdf.fallbackFonts=FONT.ttf (several"
            + " separated by ','), in code PdfRenderer.builder().fallbackFont(PdfFont.file(...))"));
  }
}
