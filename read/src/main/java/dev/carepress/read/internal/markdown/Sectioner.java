package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.carepress.model.Block;
import dev.carepress.model.PlainText;
import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import dev.carepress.read.internal.source.ArticleDraft;
import dev.carepress.read.internal.source.Pos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a body into the introduction and nested sections at its headings: text before the first
 * {@code ##} is the introduction, {@code ##} starts a section, {@code ###} a subsection and so on; a
 * first {@code # Title} is dropped, a later {@code #} read as {@code ##}. Ids are unique slugs of the
 * headings. Made per body: it remembers the open sections while it walks the document.
 */
final class Sectioner {
  private final BodyContext cx;
  private final String title;
  private final Open root = new Open(null, null, 1, Pos.START);
  private final Deque<Open> stack = new ArrayDeque<>();
  private final Set<String> ids = new HashSet<>();
  private boolean first = true;
  private List<Block> pending = root.blocks;

  private Sectioner(BodyContext cx, String title) {
    this.cx = cx;
    this.title = title;
    stack.push(root);
  }

  /**
   * Reads the document's top-level nodes into the draft's introduction and sections.
   *
   * @param title the article's title, to compare with a leading {@code # Title}; null when it is
   *     missing, so that a leading heading is dropped without a warning
   */
  static void read(Document document, String title, ArticleDraft draft, BodyContext cx) {
    Sectioner sectioner = new Sectioner(cx, title);
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading) {
        sectioner.heading((Heading) node);
      } else {
        sectioner.block(node);
      }
    }
    draft.introduction.addAll(sectioner.root.blocks);
    for (Open section : sectioner.root.subsections) {
      draft.sections.add(section.build(cx));
    }
  }

  private void block(Node node) {
    if (!(node instanceof HtmlCommentBlock) && !(node instanceof com.vladsch.flexmark.ast.Reference)
        && !(node instanceof FootnoteBlock)) {
      first = false;
    }
    BlockMapper.add(node, pending, 0, cx);
  }

  private void heading(Heading heading) {
    Pos pos = cx.pos(heading);
    String text = collapseBlanks(PlainText.of(InlineMapper.inlines(heading, 0, cx)).strip());
    boolean wasFirst = first;
    first = false;
    if (wasFirst && heading.getLevel() == 1) {
      if (title != null && !normalize(text).equals(normalize(title))) {
        cx.diagnostics().warning(
            "title-heading", pos, "the first heading '# " + text + "' is not the title '" + title + "'; it was left out",
            "the title comes from the front matter: change 'title:' or remove the '#' line");
      }
      return;
    }
    if (text.isBlank()) {
      cx.diagnostics().warning(
          "empty-heading", pos, "a heading without text was left out", "write the heading's text or remove it");
      return;
    }
    open(text, level(heading, text, pos), pos);
  }

  /** The heading's level; a later {@code #} heading is read as {@code ##}, with a warning. */
  private int level(Heading heading, String text, Pos pos) {
    if (heading.getLevel() != 1) {
      return heading.getLevel();
    }
    cx.diagnostics().warning(
        "extra-title", pos, "'# " + text + "' is a second top-level heading; it was read as a '##' section",
        "use '##' for sections: the one '#' heading is the title");
    return 2;
  }

  /** Opens a section under the nearest open one of a lower level, warning when a level is skipped. */
  private void open(String text, int level, Pos pos) {
    while (stack.peek().level >= level) {
      stack.pop();
    }
    Open parent = stack.peek();
    if (level > parent.level + 1) {
      cx.diagnostics().warning(
          "skipped-level", pos,
          "the heading '" + "#".repeat(level) + " " + text + "' skips a level (it follows "
              + (parent == root ? "no '##' heading" : "a '" + "#".repeat(parent.level) + "' heading") + ")",
          "use '" + "#".repeat(parent.level + 1) + "' here, so screen readers and tables of contents follow");
    }
    Open section = new Open(Slugs.unique(text, ids), text, level, pos);
    parent.subsections.add(section);
    stack.push(section);
    pending = section.blocks;
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceAll("[.!?:]+$", "").toLowerCase(Locale.ROOT);
  }

  /** The text with every run of {@code \\s} (space, tab, line break, form feed, vertical tab) one space. */
  static String collapseBlanks(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBlank(c) && (c != ' ' || (i + 1 < text.length() && isBlank(text.charAt(i + 1))))) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(' ');
        while (i + 1 < text.length() && isBlank(text.charAt(i + 1))) {
          i++;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** A section still open: headings nest by level. */
  private static final class Open {
    final String id;
    final String title;
    final int level;
    final Pos pos;
    final List<Block> blocks = new ArrayList<>();
    final List<Open> subsections = new ArrayList<>();

    Open(String id, String title, int level, Pos pos) {
      this.id = id;
      this.title = title;
      this.level = level;
      this.pos = pos;
    }

    Section build(BodyContext cx) {
      List<Section> built = new ArrayList<>();
      for (Open sub : subsections) {
        built.add(sub.build(cx));
      }
      return cx.article().positions().at(new Section(id, title, blocks, built), pos);
    }
  }
}
