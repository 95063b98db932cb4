package dev.carepress.model;

import java.util.List;

/**
 * The text of inlines and blocks without their markup: what a search index, a word count or a
 * readability formula sees. Footnote references are left out; line breaks become spaces; blocks are
 * separated by a blank line.
 */
public final class PlainText {
  private PlainText() {}

  /** The text of the inlines. */
  public static String of(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    append(out, inlines);
    return out.toString();
  }

  /** The text of the blocks, separated by blank lines; table cells separated by tabs. */
  public static String ofBlocks(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    appendBlocks(out, blocks);
    return out.toString().strip();
  }

  /** The text of a whole article body: introduction and sections, with section titles. */
  public static String ofBody(Article article) {
    StringBuilder out = new StringBuilder();
    appendBlocks(out, article.introduction());
    article.allSections().forEach(
        s -> {
          out.append(s.title()).append("\n\n");
          appendBlocks(out, s.blocks());
        });
    return out.toString().strip();
  }

  /** The number of words (runs of letters or digits, apostrophes and hyphens inside) in the text. */
  public static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean part = Character.isLetterOrDigit(cp)
          || (inWord && (cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2011'));
      if (part && !inWord) {
        words++;
      }
      inWord = part;
    }
    return words;
  }

  private static void append(StringBuilder out, List<Inline> inlines) {
    for (Inline inline : inlines) {
      inline.accept(new InlineVisitor<Void>() {
        @Override public Void visit(Text text) { out.append(text.text()); return null; }
        @Override public Void visit(Emphasis emphasis) { append(out, emphasis.content()); return null; }
        @Override public Void visit(Strong strong) { append(out, strong.content()); return null; }
        @Override public Void visit(Strikethrough strike) { append(out, strike.content()); return null; }
        @Override public Void visit(Code code) { out.append(code.code()); return null; }
        @Override public Void visit(Link link) { append(out, link.content()); return null; }
        @Override public Void visit(LineBreak lineBreak) { out.append(' '); return null; }
        @Override public Void visit(FootnoteReference reference) { return null; }
        @Override public Void visit(GlossaryTerm term) { append(out, term.content()); return null; }
      });
    }
  }

  private static void appendBlocks(StringBuilder out, List<Block> blocks) {
    for (Block block : blocks) {
      block.accept(new BlockVisitor<Void>() {
        @Override public Void visit(Paragraph p) { append(out, p.content()); out.append("\n\n"); return null; }
        @Override public Void visit(BulletList list) { items(list.items()); return null; }
        @Override public Void visit(OrderedList list) { items(list.items()); return null; }
        @Override public Void visit(Quote quote) { appendBlocks(out, quote.blocks()); return null; }
        @Override public Void visit(Callout callout) { appendBlocks(out, callout.blocks()); return null; }
        @Override public Void visit(Figure figure) {
          figure.caption().ifPresent(c -> out.append(c).append("\n\n"));
          return null;
        }
        @Override public Void visit(Table table) {
          row(table.header());
          table.rows().forEach(this::row);
          out.append('\n');
          return null;
        }
        @Override public Void visit(CodeBlock code) { out.append(code.code()).append("\n\n"); return null; }
        @Override public Void visit(ThematicBreak thematicBreak) { return null; }

        private void items(List<ListItem> items) {
          for (ListItem item : items) {
            appendBlocks(out, item.blocks());
          }
        }

        private void row(TableRow row) {
          for (int i = 0; i < row.cells().size(); i++) {
            if (i > 0) {
              out.append('\t');
            }
            append(out, row.cells().get(i).content());
          }
          out.append('\n');
        }
      });
    }
  }
}
