package dev.carepress.render.pdf.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Whether two articles pair for a bilingual handout: the same number of key points, of sections
 * and, section by section, of subsections. The first difference is reported as a warning naming
 * the section and the line of its heading in the article's file (found by its title, when the
 * article was read from a file). Stateless.
 */
final class BilingualPairing {
  /** The code of the warning. */
  static final String MISMATCH = "bilingual-mismatch";
  private static final String FALLBACK = "; the handout gives the whole original, then the whole translation";
  private static final String HINT = "give the translation the same key points and sections as the original, in"
      + " the same order, so that each can be printed beside its translation";
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

  private BilingualPairing() {}

  /** Whether the articles pair; if not, reports the first difference to {@code warnings}. */
  static boolean check(Article original, Article translation, Consumer<Problem> warnings) {
    int a = original.keyPoints().size();
    int b = translation.keyPoints().size();
    if (a != b) {
      warnings.accept(Problem.warning(MISMATCH, source(translation), line(translation, "keyPoints:", false), 0,
          "the translation has " + count(b, "key point") + " and the original (" + source(original) + ") "
          + count(a, "key point") + FALLBACK, HINT));
      return false;
    }
    return sections(original, original.sections(), translation, translation.sections(), "", warnings);
  }

  private static boolean sections(Article original, List<Section> mine, Article translation, List<Section> theirs,
      String within, Consumer<Problem> warnings) {
    int common = Math.min(mine.size(), theirs.size());
    if (mine.size() != theirs.size()) {
      boolean longer = mine.size() > theirs.size();
      Article article = longer ? original : translation;
      Section extra = (longer ? mine : theirs).get(common);
      String other = longer ? "the translation (" + source(translation) + ")"
          : "the original (" + source(original) + ")";
      warnings.accept(Problem.warning(MISMATCH, source(article), line(article, extra.title(), true), 0,
          (longer ? "the original" : "the translation") + " has " + count(Math.max(mine.size(), theirs.size()),
          "section") + within + " and " + other + " has " + common + ": section " + (common + 1) + " \""
          + extra.title() + "\" has no counterpart" + FALLBACK, HINT));
      return false;
    }
    for (int i = 0; i < common; i++) {
      Section s = mine.get(i);
      String in = " in section " + (i + 1) + " \"" + s.title() + "\" (line " + line(original, s.title(), true)
          + " of " + source(original) + ")";
      if (!sections(original, s.subsections(), translation, theirs.get(i).subsections(), in, warnings)) {
        return false;
      }
    }
    return true;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String source(Article article) {
    return article.source().map(Path::toString).orElse(article.slug());
  }

  /**
   * The line of the article's file with a heading of this title ({@code heading}) or starting with
   * this text; 0 when the article has no file or no such line.
   */
  static int line(Article article, String text, boolean heading) {
    Optional<Path> file = article.source().filter(Files::isRegularFile);
    if (file.isEmpty()) {
      return 0;
    }
    try {
      List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        var m = HEADING.matcher(line);
        if (heading ? m.matches() && m.group(1).replaceAll("[*_`]", "").equals(text) : line.startsWith(text)) {
          return i + 1;
        }
      }
      return 0;
    } catch (IOException | UncheckedIOException e) {
      return 0; // the line is a help, not a need
    }
  }
}
