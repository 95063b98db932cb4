package dev.carepress.render.epub;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Paragraph;
import dev.carepress.model.PlainText;
import dev.carepress.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reading system must give back of an article: its title, its section titles and the text
 * of its paragraphs, compared as lower-case words so that wrapping and markup do not matter.
 */
final class ReaderText {
  private ReaderText() {}

  /** Letters and digits only, lower case, words separated by one space. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }

  /** The normalized pieces of text that must all appear: title, section titles, paragraph runs. */
  static List<String> expected(Article article) {
    List<String> pieces = new ArrayList<>();
    pieces.add(normalize(article.title()));
    paragraphs(article.introduction(), pieces);
    article.allSections().forEach(s -> sectionPieces(s, pieces));
    pieces.removeIf(String::isEmpty);
    return pieces;
  }

  private static void sectionPieces(Section section, List<String> pieces) {
    pieces.add(normalize(section.title()));
    paragraphs(section.blocks(), pieces);
  }

  private static void paragraphs(List<Block> blocks, List<String> pieces) {
    for (Block block : blocks) {
      if (block instanceof Paragraph) {
        // a footnote reference or line break splits the run: readers show them their own way
        List<Inline> run = new ArrayList<>();
        for (Inline inline : ((Paragraph) block).content()) {
          if (inline instanceof FootnoteReference || inline instanceof LineBreak) {
            pieces.add(normalize(PlainText.of(run)));
            run.clear();
          } else {
            run.add(inline);
          }
        }
        pieces.add(normalize(PlainText.of(run)));
      }
    }
  }
}
