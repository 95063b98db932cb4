package dev.carepress.render.pdf.internal;

import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.InlineVisitor;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.PlainText;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import dev.carepress.text.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an article's inline content into line-breaking items: emphasis and code change the face,
 * links become Link elements (and, on paper, print where they go), footnote references become
 * superscript links to their notes.
 */
final class InlineComposer {
  private final ArticleScope scope;
  private final Typesetter typesetter;
  private final float smaller;

  InlineComposer(Composition composition, ArticleScope scope) {
    this.scope = scope;
    this.typesetter = composition.typesetter;
    this.smaller = composition.theme.type().smaller();
  }

  /** A text box of the content laid out in the style. */
  Box.Text text(List<Inline> content, Style style, float x, float width, float leading) {
    List<Item> items = new ArrayList<>();
    shape(content, style, items);
    return typesetter.box(items, style.size(), x, width, leading);
  }

  /** Appends the items of the content. */
  void shape(List<Inline> content, Style style, List<Item> items) {
    Dispatch dispatch = new Dispatch(style, items);
    for (Inline inline : content) {
      inline.accept(dispatch);
    }
  }

  /** Shapes each kind of inline in one style, into one list of items. */
  private final class Dispatch implements InlineVisitor<Void> {
    private final Style style;
    private final List<Item> items;

    Dispatch(Style style, List<Item> items) {
      this.style = style;
      this.items = items;
    }

    @Override
    public Void visit(Text text) {
      typesetter.shaper().shape(text.text(), style, false, items);
      return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
      shape(emphasis.content(), style.withRole(Style.italic(style.role())), items);
      return null;
    }

    @Override
    public Void visit(Strong strong) {
      shape(strong.content(), style.withRole(Style.bold(style.role())), items);
      return null;
    }

    @Override
    public Void visit(Strikethrough strikethrough) {
      shape(strikethrough.content(), style.withStrike(), items);
      return null;
    }

    @Override
    public Void visit(Code code) {
      typesetter.shaper().shape(code.code(), style.withRole(Fonts.MONO).withSize(style.size() * smaller), false, items);
      return null;
    }

    @Override
    public Void visit(Link link) {
      link(link, style, items);
      return null;
    }

    @Override
    public Void visit(LineBreak lineBreak) {
      items.add(Item.newline(style));
      return null;
    }

    @Override
    public Void visit(FootnoteReference reference) {
      footnoteReference(reference, style, items);
      return null;
    }

    @Override
    public Void visit(GlossaryTerm term) {
      shape(term.content(), style, items);
      return null;
    }
  }

  /** A superscript number linking to its note; nothing for a reference to no note. */
  private void footnoteReference(FootnoteReference reference, Style style, List<Item> items) {
    int n = scope.article().footnoteNumber(reference.label());
    if (n > 0 && style.node() != null && style.link() == null) {
      StructNode linkNode = style.node().child("Link");
      Style s = style.withLink(linkNode, "#" + scope.anchor("fn-" + n), scope.labels().format("footnoteRef", n))
          .superscript().withColor(Palette.LINK);
      typesetter.shaper().shape(String.valueOf(n), new Style(s.role(), s.size(), s.color(), false, false, s.rise(),
          s.node(), s.link(), s.linkText()), false, items);
    }
  }

  private void link(Link link, Style style, List<Item> items) {
    String url = link.url().strip();
    String target = target(url);
    if (target == null || style.node() == null || style.link() != null) {
      shape(link.content(), style, items);
      return;
    }
    String text = PlainText.of(link.content());
    StructNode linkNode = style.node().child("Link");
    Style s = style.withLink(linkNode, target, text.isBlank() ? url : text).withColor(Palette.LINK);
    shape(link.content(), s, items);
    if (!target.startsWith("#")) {
      String shown = printable(url);
      if (!shown.equalsIgnoreCase(printable(text.strip()))) {
        // paper has no hyperlinks: print where the link goes
        typesetter.shaper().shape(" (" + shown + ")", s.withSize(style.size() * smaller), false, items);
      }
    }
  }

  /**
   * The longest address a link keeps as a live link (8 KB, the limit of common web servers): each
   * line of a wrapped link carries its own annotation with the whole address, so an address of
   * 800 KB made gigabytes of them; a longer one is printed as plain text.
   */
  static final int LONGEST_LINK = 8192;

  /**
   * Where a link goes in the PDF: a section of the article, another article of the booklet, or a
   * safe URL no longer than {@link #LONGEST_LINK}; null for anything else (the link is then plain
   * text).
   */
  private String target(String url) {
    if (url.length() > LONGEST_LINK) {
      return null;
    }
    if (url.startsWith("#")) {
      String id = url.substring(1);
      if (scope.article().allSections().anyMatch(s -> s.id().equals(id))) {
        return "#" + scope.anchor("sec-" + id);
      }
      return id.startsWith("article-") ? url : null;
    }
    return UrlPolicy.scheme(url).isPresent() && UrlPolicy.isSafeLink(url) ? url : null;
  }

  /** The URL as printed: without {@code https://}, {@code mailto:} or a lone trailing slash. */
  static String printable(String url) {
    String u = url;
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://")) {
      u = u.substring(8);
    } else if (lower.startsWith("http://")) {
      u = u.substring(7);
    } else if (lower.startsWith("mailto:")) {
      u = u.substring(7);
    }
    if (u.endsWith("/") && u.indexOf('/') == u.length() - 1) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }
}
