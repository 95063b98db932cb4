package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Block;
import dev.carepress.model.Footnote;
import dev.carepress.model.Paragraph;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.List;

/**
 * Writes the footnotes, numbered in the article's order, each ending with links back to every
 * place it was referred to (so the body must have been written first).
 */
public final class FootnotesWriter {
  private static final String BACK_ARROW = "\u21a9\ufe0e";

  private FootnotesWriter() {}

  public static void write(Target target) {
    List<Footnote> notes = target.plan().article().footnotes();
    if (notes.isEmpty()) {
      return;
    }
    MarkupWriter out = target.out();
    target.openPart(MarkupDialect.Part.FOOTNOTES, "footnotes", "cp-footnotes", "footnotes");
    target.dialect().openNotes(out);
    for (int i = 0; i < notes.size(); i++) {
      note(target, notes.get(i), i + 1);
    }
    target.dialect().closeNotes(out);
    out.end("section").newline();
  }

  /** One note: its blocks, the back-links at the end of its last paragraph (or in one of their own). */
  private static void note(Target target, Footnote note, int number) {
    MarkupWriter out = target.out();
    target.dialect().openNote(out, target.options().idPrefix() + "fn-" + number, number, target.labels());
    List<Block> blocks = note.blocks();
    Block last = blocks.get(blocks.size() - 1);
    if (last instanceof Paragraph) {
      target.blocks(blocks.subList(0, blocks.size() - 1));
      out.start("p");
      target.inlines(((Paragraph) last).content());
    } else {
      target.blocks(blocks);
      out.start("p");
    }
    backLinks(target, note.label(), number);
    out.end("p").newline();
    target.dialect().closeNote(out);
  }

  private static void backLinks(Target target, String label, int number) {
    MarkupWriter out = target.out();
    int count = target.state().noteReferences(label);
    String back = target.labels().get("footnoteBack");
    for (int n = 1; n <= count; n++) {
      String id = target.options().idPrefix() + (n == 1 ? "fnref-" + number : "fnref-" + number + "-" + n);
      out.text(' ').start("a").attr("class", "cp-backref").attr("href", "#" + id)
          .attr("aria-label", count == 1 ? back : back + " (" + n + ")");
      target.dialect().backLink(out);
      out.text(count == 1 ? BACK_ARROW : BACK_ARROW + n).end("a");
    }
  }
}
