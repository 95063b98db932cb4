package dev.carepress.render.pdf.internal;

import dev.carepress.Problem;
import dev.carepress.render.ImageProblems;
import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.InlineVisitor;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
import dev.carepress.model.Quote;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Resource;
import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns an article into boxes in reading order, building its structure tree on the way: page one
 * has the title, summary and key points; then the introduction and sections; then glossary, notes,
 * references, related content, the review line and the disclaimer.
 */
final class Composer {
  private static final String[] BULLETS = {"\u2022", "\u2013", "\u25AA"};

  private final Theme theme;
  private final Shaper shaper;
  private final LineBreaker breaker;
  private final Diagnostics diagnostics;
  private final RenderContext context;
  private final List<Problem> errors;
  private final List<Outline> outline;
  private final Set<String> bookSlugs;
  private final Map<String, byte[]> images = new TreeMap<>();

  private Article article;
  private Labels labels;
  private String prefix = "";
  private String source = "";

  /** An entry of the document outline (bookmarks). */
  record Outline(int level, String title, String anchor) {}

  Composer(Theme theme, Shaper shaper, Diagnostics diagnostics, RenderContext context, List<Problem> errors,
      List<Outline> outline, Set<String> bookSlugs) {
    this.theme = theme;
    this.shaper = shaper;
    this.breaker = new LineBreaker(shaper.fonts());
    this.diagnostics = diagnostics;
    this.context = context;
    this.errors = errors;
    this.outline = outline;
    this.bookSlugs = bookSlugs;
  }

  /** The bytes of every image used, by name, for the document id. */
  Map<String, byte[]> images() {
    return images;
  }

  // ---------------------------------------------------------------- styles

  Style body(StructNode node) {
    return new Style(Fonts.REGULAR, theme.body, Theme.TEXT, false, false, 0f, node, null, null);
  }

  private Style heading(int level, StructNode node) {
    float size = level == 1 ? theme.h1 : level == 2 ? theme.h2 : theme.h3;
    return new Style(Fonts.BOLD, size, Theme.HEADING, false, false, 0f, node, null, null);
  }

  // ---------------------------------------------------------------- an article

  /**
   * Composes an article into {@code out}.
   *
   * @param container the structure element the article's content goes in
   * @param anchorPrefix makes anchors unique in a booklet ({@code a3-}); empty for a handout
   * @param outlineBase the outline level of the article's sections (1 for a handout, 2 in a booklet)
   */
  void article(Article a, StructNode container, String anchorPrefix, int outlineBase, List<Box> out) {
    this.article = a;
    this.labels = Labels.forLanguage(a.language());
    this.prefix = anchorPrefix;
    this.source = a.source().map(Path::toString).orElse(a.slug());
    diagnostics.source(source);
    float width = theme.contentWidth();

    diagnostics.where("the title");
    Box.Text title = text(List.of(new Text(a.title())), heading(1, container.child("H1")), 0f, width, 1.15f);
    title.anchor = prefix + "top";
    title.unbreakable = true;
    title.spaceAfter = theme.body * 0.5f;
    out.add(title);
    a.metadata().subtitle().ifPresent(sub -> {
      diagnostics.where("the subtitle");
      Box.Text t = text(List.of(new Text(sub)), lead(container.child("P")).withColor(Theme.MUTED), 0f, width,
          theme.leading);
      t.spaceAfter = theme.body * 0.4f;
      out.add(t);
    });
    List<String> authors = a.metadata().authors().stream().map(Person::displayName).collect(Collectors.toList());
    if (!authors.isEmpty()) {
      diagnostics.where("the byline");
      Box.Text by = text(List.of(new Text(labels.format("by", labels.joinNames(authors)))),
          small(container.child("P")), 0f, width, theme.leading);
      by.spaceAfter = theme.body * 0.4f;
      out.add(by);
    }
    a.metadata().summary().ifPresent(summary -> {
      diagnostics.where("the summary");
      Box.Text t = text(List.of(new Text(summary)), lead(container.child("P")), 0f, width, theme.leading);
      t.spaceBefore = theme.body * 0.3f;
      t.spaceAfter = theme.paragraphGap;
      out.add(t);
    });
    if (!a.keyPoints().isEmpty()) {
      diagnostics.where("the key points");
      out.add(keyPoints(a.keyPoints(), container, outlineBase));
    }
    diagnostics.where("the introduction");
    blocks(a.introduction(), 0f, width, container, out);
    for (Section section : a.sections()) {
      section(section, 2, outlineBase, container, out);
    }
    if (!a.glossary().isEmpty()) {
      diagnostics.where("the glossary");
      StructNode sect = container.child("Sect");
      out.add(sectionHeading(labels.get("glossary"), 2, outlineBase, "glossary", sect));
      for (GlossaryEntry entry : a.glossary()) {
        StructNode p = sect.child("P");
        List<Inline> content = List.of(new Strong(List.of(new Text(entry.term()))), new Text(" \u2013 " + entry.definition()));
        Box.Text t = text(content, body(p), 0f, width, theme.leading);
        t.spaceAfter = theme.body * 0.45f;
        out.add(t);
      }
    }
    if (!a.footnotes().isEmpty()) {
      diagnostics.where("the notes");
      StructNode sect = container.child("Sect");
      out.add(sectionHeading(labels.get("footnotes"), 2, outlineBase, "footnotes", sect));
      int n = 1;
      for (Footnote note : a.footnotes()) {
        StructNode noteNode = sect.child("Note");
        noteNode.id = prefix + "fn-" + n;
        List<Box> content = new ArrayList<>();
        float indent = shaper.width("00.", small(null)) + theme.body * 0.5f;
        blocks(note.blocks(), indent, width - indent, noteNode, content, true);
        label(content, noteNode, n + ".", indent, small(null), width);
        if (!content.isEmpty() && content.get(0) instanceof Box.Text) {
          ((Box.Text) content.get(0)).anchor = prefix + "fn-" + n;
        }
        out.addAll(content);
        n++;
      }
    }
    if (!a.references().isEmpty()) {
      diagnostics.where("the references");
      StructNode sect = container.child("Sect");
      out.add(sectionHeading(labels.get("references"), 2, outlineBase, "references", sect));
      List<List<Inline>> items = new ArrayList<>();
      for (Reference ref : a.references()) {
        List<Inline> inl = new ArrayList<>();
        inl.add(new Text(ref.title() + "."));
        String detail = ref.publisher().orElse("");
        if (ref.year().isPresent()) {
          detail = detail.isEmpty() ? String.valueOf(ref.year().getAsInt()) : detail + ", " + ref.year().getAsInt();
        }
        if (!detail.isEmpty()) {
          inl.add(new Text(" " + detail + "."));
        }
        ref.url().ifPresent(url -> {
          inl.add(new Text(" "));
          inl.add(Link.of(url, url));
        });
        items.add(inl);
      }
      simpleList(items, true, 0f, width, sect, out, small(null));
    }
    if (!a.related().isEmpty()) {
      diagnostics.where("the related content");
      StructNode sect = container.child("Sect");
      out.add(sectionHeading(labels.get("related"), 2, outlineBase, "related", sect));
      List<List<Inline>> items = new ArrayList<>();
      for (RelatedLink rel : a.related()) {
        List<Inline> inl = new ArrayList<>();
        Optional<String> target = rel.slug().filter(bookSlugs::contains).map(s -> "#" + bookAnchor(s))
            .or(rel::url);
        if (target.isPresent()) {
          inl.add(new Link(target.get(), Optional.empty(), List.of(new Text(rel.title()))));
        } else {
          inl.add(new Text(rel.title()));
        }
        rel.summary().ifPresent(s -> inl.add(new Text(" \u2013 " + s)));
        items.add(inl);
      }
      simpleList(items, false, 0f, width, sect, out, body(null));
    }
    diagnostics.where("the review line");
    List<String> reviewers = a.metadata().reviewers().stream().map(Person::displayName).collect(Collectors.toList());
    StructNode review = null;
    if (!reviewers.isEmpty()) {
      String names = labels.joinNames(reviewers);
      String line = a.metadata().lastReviewed()
          .map(d -> labels.format("reviewedBy", names, labels.date(d)))
          .orElse(labels.format("reviewedByUndated", names));
      review = container.child("P");
      Box.Text t = text(List.of(new Text(line)), body(review).withRole(Fonts.BOLD).withColor(Theme.MUTED), 0f, width,
          theme.leading);
      t.spaceBefore = theme.body * 1.4f;
      t.spaceAfter = theme.body * 0.2f;
      out.add(t);
    } else if (a.metadata().lastReviewed().isPresent()) {
      review = container.child("P");
      Box.Text t = text(List.of(new Text(labels.format("lastReviewed", labels.date(a.metadata().lastReviewed().get())))),
          body(review).withColor(Theme.MUTED), 0f, width, theme.leading);
      t.spaceBefore = theme.body * 1.4f;
      out.add(t);
    }
    if (a.metadata().nextReview().isPresent()) {
      Box.Text t = text(List.of(new Text(labels.format("nextReview", labels.date(a.metadata().nextReview().get())))),
          small(container.child("P")), 0f, width, theme.leading);
      t.spaceBefore = review == null ? theme.body : 0f;
      t.spaceAfter = theme.body * 0.3f;
      out.add(t);
    }
    a.disclaimer().ifPresent(disclaimer -> {
      diagnostics.where("the disclaimer");
      StructNode p = container.child("P");
      List<Inline> content = List.of(new Strong(List.of(new Text(labels.get("disclaimer") + ": "))), new Text(disclaimer));
      Box.Text t = text(content, small(p), 0f, width, theme.leading);
      t.spaceBefore = theme.body * 0.8f;
      out.add(t);
    });
  }

  /** The anchor of an article in a booklet. */
  String bookAnchor(String slug) {
    return "article-" + slug + "-top";
  }

  private Box.Panel keyPoints(List<KeyPoint> points, StructNode container, int outlineBase) {
    StructNode sect = container.child("Sect");
    float pad = theme.body * 0.9f;
    float bar = 4f;
    float inner = theme.contentWidth() - 2 * pad - bar;
    List<Box> children = new ArrayList<>();
    Box.Text h = sectionHeading(labels.get("keyPoints"), 2, outlineBase, "key-points", sect);
    h.spaceBefore = 0f;
    children.add(h);
    List<List<Inline>> items = points.stream().map(KeyPoint::content).collect(Collectors.toList());
    simpleList(items, false, 0f, inner, sect, children, body(null));
    children.get(children.size() - 1).spaceAfter = 0f;
    Box.Panel panel = new Box.Panel(children, 0f, theme.contentWidth(), pad * 0.8f, pad, pad * 0.8f, Theme.KEY_FILL,
        Theme.KEY_BAR, bar);
    panel.spaceBefore = theme.body * 0.6f;
    panel.spaceAfter = theme.body * 1.2f;
    return panel;
  }

  private Box.Text sectionHeading(String title, int level, int outlineBase, String id, StructNode sect) {
    int h = Math.min(level, 6);
    Box.Text t = text(List.of(new Text(title)), heading(Math.min(level, 3), sect.child("H" + h)), 0f,
        theme.contentWidth(), 1.25f);
    t.anchor = prefix + id;
    t.keepWithNext = true;
    t.unbreakable = true;
    t.spaceBefore = level == 2 ? theme.body * 1.3f : theme.body * 1.0f;
    t.spaceAfter = theme.body * 0.45f;
    outline.add(new Outline(outlineBase + level - 2, title, t.anchor));
    return t;
  }

  private void section(Section section, int level, int outlineBase, StructNode parent, List<Box> out) {
    StructNode sect = parent.child("Sect");
    diagnostics.where("the heading of section \"" + section.title() + "\"");
    out.add(sectionHeading(section.title(), level, outlineBase, "sec-" + section.id(), sect));
    String where = "section \"" + section.title() + "\"";
    for (int i = 0; i < section.blocks().size(); i++) {
      diagnostics.where(where + ", block " + (i + 1));
      blocks(List.of(section.blocks().get(i)), 0f, theme.contentWidth(), sect, out);
    }
    for (Section sub : section.subsections()) {
      section(sub, level + 1, outlineBase, sect, out);
    }
  }

  // ---------------------------------------------------------------- blocks

  void blocks(List<Block> blocks, float x, float width, StructNode parent, List<Box> out) {
    blocks(blocks, x, width, parent, out, false);
  }

  private void blocks(List<Block> blocks, float x, float width, StructNode parent, List<Box> out, boolean compact) {
    for (Block block : blocks) {
      block.accept(new BlockVisitor<Void>() {
        @Override
        public Void visit(Paragraph paragraph) {
          Box.Text t = text(paragraph.content(), compact ? small(parent.child("P")) : body(parent.child("P")), x, width,
              theme.leading);
          t.spaceAfter = compact ? theme.body * 0.35f : theme.paragraphGap;
          out.add(t);
          return null;
        }

        @Override
        public Void visit(BulletList list) {
          list(list.items(), false, 1, x, width, parent, out, 0);
          return null;
        }

        @Override
        public Void visit(OrderedList list) {
          list(list.items(), true, list.start(), x, width, parent, out, 0);
          return null;
        }

        @Override
        public Void visit(Quote quote) {
          StructNode node = parent.child("BlockQuote");
          float pad = theme.body * 0.8f;
          if (width - pad - 3f < theme.body * 12) { // nested too deep for another rule: no more indent
            blocks(quote.blocks(), x, width, node, out);
            return null;
          }
          List<Box> children = new ArrayList<>();
          blocks(quote.blocks(), 0f, width - pad - 3f, node, children);
          trim(children);
          Box.Panel panel = new Box.Panel(children, x, width, 2f, pad, 2f, -1, Theme.QUOTE_BAR, 3f);
          panel.spaceBefore = theme.body * 0.2f;
          panel.spaceAfter = theme.paragraphGap;
          out.add(panel);
          return null;
        }

        @Override
        public Void visit(Callout callout) {
          out.add(callout(callout, x, width, parent));
          return null;
        }

        @Override
        public Void visit(Figure figure) {
          figure(figure, x, width, parent, out);
          return null;
        }

        @Override
        public Void visit(Table table) {
          table(table, x, width, parent, out);
          return null;
        }

        @Override
        public Void visit(CodeBlock codeBlock) {
          StructNode node = parent.child("P");
          float pad = theme.body * 0.6f;
          Style style = body(node).withRole(Fonts.MONO).withSize(theme.body * 0.9f);
          List<Item> items = new ArrayList<>();
          shaper.shape(codeBlock.code().isEmpty() ? " " : codeBlock.code(), style, true, items);
          List<Line> lines = breaker.breakLines(items, width - 2 * pad);
          float lh = style.size() * 1.35f;
          Box.Text t = new Box.Text(lines, 0f, lh, baseline(style.size(), lh));
          Box.Panel panel = new Box.Panel(List.of(t), x, width, pad * 0.7f, pad, pad * 0.7f, Theme.CODE_FILL, -1, 0f);
          panel.spaceAfter = theme.paragraphGap;
          out.add(panel);
          return null;
        }

        @Override
        public Void visit(ThematicBreak thematicBreak) {
          Box.Rule rule = new Box.Rule(x, width);
          rule.spaceBefore = theme.body * 0.6f;
          rule.spaceAfter = theme.body * 1.0f;
          out.add(rule);
          return null;
        }
      });
    }
  }

  private Box.Panel callout(Callout callout, float x, float width, StructNode parent) {
    StructNode node = parent.child("Aside");
    float pad = theme.body * 0.8f;
    float bar = 4f;
    float inner = width - 2 * pad - bar;
    if (inner < theme.body * 12) { // nested too deep for another box: the content at this width
      pad = 0f;
      bar = 0f;
      inner = width;
    }
    List<Box> children = new ArrayList<>();
    String word = labels.get("callout." + callout.kind().id());
    Box.Text label = text(List.of(new Text(word)), body(node.child("P")).withRole(Fonts.BOLD)
        .withColor(Theme.bar(callout.kind())), 0f, inner, theme.leading);
    label.keepWithNext = true;
    label.spaceAfter = theme.body * 0.15f;
    children.add(label);
    blocks(callout.blocks(), 0f, inner, node, children);
    trim(children);
    Box.Panel panel = new Box.Panel(children, x, width, pad * 0.7f, pad, pad * 0.7f, Theme.fill(callout.kind()),
        Theme.bar(callout.kind()), bar);
    panel.spaceBefore = theme.body * 0.3f;
    panel.spaceAfter = theme.paragraphGap * 1.3f;
    return panel;
  }

  private static void trim(List<Box> children) {
    if (!children.isEmpty()) {
      children.get(0).spaceBefore = 0f;
      children.get(children.size() - 1).spaceAfter = 0f;
    }
  }

  private void list(List<ListItem> items, boolean ordered, int start, float x, float width, StructNode parent,
      List<Box> out, int depth) {
    StructNode list = parent.child("L");
    list.listNumbering = ordered ? "Decimal" : depth == 0 ? "Disc" : depth == 1 ? "Circle" : "Square";
    Style labelStyle = body(null);
    float indent;
    if (ordered) {
      String widest = (start + items.size() - 1) + ".";
      indent = shaper.width(widest, labelStyle) + theme.body * 0.6f;
    } else {
      indent = theme.body * 1.25f;
    }
    for (int i = 0; i < items.size(); i++) {
      StructNode li = list.child("LI");
      StructNode lbl = li.child("Lbl");
      StructNode lbody = li.child("LBody");
      List<Box> content = new ArrayList<>();
      // a list nested deeper than the column allows stays at its parent's indent rather than run off the page
      boolean room = width - 2 * indent >= theme.body * 12;
      float nestX = room ? x + indent : x;
      float nestWidth = room ? width - indent : width;
      for (Block block : items.get(i).blocks()) {
        if (block instanceof BulletList) {
          list(((BulletList) block).items(), false, 1, nestX, nestWidth, lbody, content, depth + 1);
        } else if (block instanceof OrderedList) {
          OrderedList ol = (OrderedList) block;
          list(ol.items(), true, ol.start(), nestX, nestWidth, lbody, content, depth + 1);
        } else {
          blocks(List.of(block), x + indent, width - indent, lbody, content);
        }
      }
      for (Box box : content) {
        if (box instanceof Box.Text && box.spaceAfter > theme.body * 0.3f) {
          box.spaceAfter = theme.body * 0.3f;
        }
      }
      String mark = ordered ? (start + i) + "." : BULLETS[Math.min(depth, BULLETS.length - 1)];
      labelBox(content, lbl, mark, indent, labelStyle, x + indent, width);
      out.addAll(content);
    }
    if (!out.isEmpty()) {
      out.get(out.size() - 1).spaceAfter = depth == 0 ? theme.paragraphGap : theme.body * 0.3f;
    }
  }

  /** A list of inline items, each its own paragraph (key points, references, related links). */
  private void simpleList(List<List<Inline>> items, boolean ordered, float x, float width, StructNode parent,
      List<Box> out, Style base) {
    StructNode list = parent.child("L");
    list.listNumbering = ordered ? "Decimal" : "Disc";
    float indent = ordered ? shaper.width(items.size() + ".", base) + theme.body * 0.6f : theme.body * 1.25f;
    for (int i = 0; i < items.size(); i++) {
      StructNode li = list.child("LI");
      StructNode lbl = li.child("Lbl");
      StructNode lbody = li.child("LBody");
      Box.Text t = text(items.get(i), base.withNode(lbody.child("P")), x + indent, width - indent, theme.leading);
      t.spaceAfter = theme.body * 0.35f;
      List<Box> one = new ArrayList<>(List.of(t));
      labelBox(one, lbl, ordered ? (i + 1) + "." : BULLETS[0], indent, base.withNode(null), x + indent, width);
      out.addAll(one);
    }
    if (!out.isEmpty()) {
      out.get(out.size() - 1).spaceAfter = theme.paragraphGap;
    }
  }

  private void labelBox(List<Box> content, StructNode lbl, String mark, float indent, Style style, float textX,
      float width) {
    Style s = style.withNode(lbl).withColor(ordinalColor(mark));
    List<Item> items = new ArrayList<>();
    shaper.shape(mark, s, false, items);
    Line line = breaker.breakLines(items, indent).get(0);
    if (content.isEmpty() || !(content.get(0) instanceof Box.Text) || ((Box.Text) content.get(0)).label != null) {
      float lh = style.size() * theme.leading;
      Box.Text holder = new Box.Text(List.of(new Line(List.of(), 0f)), textX, lh, baseline(style.size(), lh));
      content.add(0, holder);
    }
    Box.Text first = (Box.Text) content.get(0);
    first.label = line;
    first.labelX = -indent;
  }

  private void label(List<Box> content, StructNode note, String mark, float indent, Style style, float width) {
    labelBox(content, note.child("Lbl"), mark, indent, style, indent, width);
  }

  private static int ordinalColor(String mark) {
    return Character.isDigit(mark.charAt(0)) ? Theme.TEXT : Theme.HEADING;
  }

  /** The book's cover for its title page, or null (and an error) when it cannot be found. */
  Box.Image cover(dev.carepress.model.Book book, dev.carepress.model.Image cover, StructNode parent, float maxHeight) {
    Optional<Resource> found;
    try {
      found = UrlPolicy.isSafeImage(cover.src()) ? context.resources().resolve(book.source(), cover.src())
          : Optional.empty();
    } catch (IOException e) {
      found = Optional.empty();
    }
    ImageInfo info = found.map(r -> ImageInfo.read(r.bytes())).orElse(null);
    String where = book.source().map(Path::toString).orElse(book.metadata().slug());
    if (info == null) {
      errors.add(Problem.error("image-not-found", where, 0, 0,
          "the cover '" + cover.src() + "' of book '" + book.metadata().slug() + "' "
              + (found.isEmpty() ? "cannot be found" : "is not a PNG or JPEG image"),
          "put a PNG or JPEG at that path relative to the book file, or remove the cover"));
      return null;
    }
    float w = Math.min(theme.contentWidth(), info.width() * 0.75f);
    float h = w * info.height() / info.width();
    if (h > maxHeight) {
      w = w * maxHeight / h;
      h = maxHeight;
    }
    images.put("cover:" + cover.src(), found.get().bytes());
    StructNode node = null;
    if (!cover.alt().isBlank()) {
      node = parent.child("Figure");
      node.alt = cover.alt();
    }
    Box.Image image = new Box.Image(0f, w, h, found.get().bytes(), "cover:" + cover.src(), node);
    image.spaceBefore = theme.body * 2f;
    return image;
  }

  private void figure(Figure figure, float x, float width, StructNode parent, List<Box> out) {
    Optional<Resource> found;
    try {
      found = UrlPolicy.isSafeImage(figure.src()) ? context.resources().resolve(article.source(), figure.src())
          : Optional.empty();
    } catch (IOException e) {
      found = Optional.empty();
    }
    ImageInfo info = found.map(r -> ImageInfo.read(r.bytes())).orElse(null);
    boolean remote = UrlPolicy.scheme(figure.src()).isPresent() || figure.src().startsWith("//");
    if (found.isEmpty() && remote) {
      // a web image: renders are offline, so it is described in place (a local file that is
      // missing, by contrast, is a broken article and an error)
      diagnostics.remoteImage(figure.src());
      StructNode p = parent.child("P");
      String what = figure.alt().isBlank() ? figure.src() : figure.alt();
      float pad = theme.body * 0.7f;
      Box.Text t = text(List.of(new Text(labels.format("imageMissing", what))),
          body(p).withRole(Fonts.ITALIC).withColor(Theme.MUTED), 0f, width - 2 * pad - 3f, theme.leading);
      Box.Panel panel = new Box.Panel(List.of(t), x, width, pad, pad, pad, Theme.CODE_FILL, Theme.RULE, 3f);
      panel.spaceBefore = theme.body * 0.3f;
      panel.spaceAfter = figure.caption().isPresent() ? theme.body * 0.4f : theme.paragraphGap;
      panel.keepWithNext = figure.caption().isPresent();
      out.add(panel);
      figure.caption().ifPresent(caption -> {
        Box.Text c = text(List.of(new Text(caption)), small(parent.child("Caption")).withRole(Fonts.ITALIC), x, width,
            theme.leading);
        c.spaceAfter = theme.paragraphGap;
        out.add(c);
      });
      return;
    }
    if (found.isEmpty()) {
      String owner = "article '" + article.slug() + "'";
      errors.add(ImageProblems.notFound(source, figure.src(), owner, article.source()));
      return;
    }
    if (info == null) {
      errors.add(Problem.error("image-format", source, 0, 0,
          "the image '" + figure.src() + "' of article '" + article.slug() + "' is not a PNG or JPEG image ("
              + found.get().mediaType() + ")",
          "convert it to PNG or JPEG"));
      return;
    }
    byte[] bytes = found.get().bytes();
    images.put(prefix + figure.src(), bytes);
    float w = Math.min(width, info.width() * 0.75f);
    float h = w * info.height() / info.width();
    float maxH = theme.bodyHeight() * 0.55f;
    if (h > maxH) {
      w = w * maxH / h;
      h = maxH;
    }
    StructNode node = null;
    if (!figure.alt().isBlank()) {
      node = parent.child("Figure");
      node.alt = figure.alt();
    }
    Box.Image image = new Box.Image(x, w, h, bytes, figure.src(), node);
    image.spaceBefore = theme.body * 0.3f;
    image.spaceAfter = figure.caption().isPresent() ? theme.body * 0.4f : theme.paragraphGap;
    image.keepWithNext = figure.caption().isPresent();
    out.add(image);
    figure.caption().ifPresent(caption -> {
      Box.Text t = text(List.of(new Text(caption)), small(parent.child("Caption")).withRole(Fonts.ITALIC), x, width,
          theme.leading);
      t.spaceAfter = theme.paragraphGap;
      out.add(t);
    });
  }

  private void table(Table table, float x, float width, StructNode parent, List<Box> out) {
    StructNode tableNode = parent.child("Table");
    float pad = theme.body * 0.4f;
    float size = theme.body * 0.92f;
    float lh = size * 1.35f;
    table.caption().ifPresent(caption -> {
      Box.Text t = text(List.of(new Text(caption)), body(tableNode.child("Caption")).withRole(Fonts.BOLD), x, width,
          theme.leading);
      t.keepWithNext = true;
      t.spaceBefore = theme.body * 0.3f;
      t.spaceAfter = theme.body * 0.3f;
      out.add(t);
    });
    int cols = table.columnCount();
    List<TableRow> all = new ArrayList<>();
    all.add(table.header());
    all.addAll(table.rows());
    // shape every cell once, then measure: min = widest unbreakable piece, max = the whole text
    List<List<List<Item>>> shaped = new ArrayList<>();
    float[] min = new float[cols];
    float[] max = new float[cols];
    List<StructNode> rowNodes = new ArrayList<>();
    List<List<StructNode>> cellNodes = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      StructNode tr = tableNode.child("TR");
      rowNodes.add(tr);
      List<StructNode> nodes = new ArrayList<>();
      List<List<Item>> row = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        StructNode cell = tr.child(r == 0 ? "TH" : "TD");
        if (r == 0) {
          cell.scope = "Column";
        }
        nodes.add(cell);
        TableCell tc = all.get(r).cells().get(c);
        Style style = new Style(r == 0 ? Fonts.BOLD : Fonts.REGULAR, size, Theme.TEXT, false, false, 0f, cell, null, null);
        List<Item> items = new ArrayList<>();
        inlines(tc.content(), style, items);
        row.add(items);
        float word = 0f;
        float total = 0f;
        for (Item it : items) {
          total += it.width;
          if (it.kind == Item.TEXT || it.kind == Item.PLACEHOLDER) {
            word += it.width;
            min[c] = Math.max(min[c], Math.min(word, width / cols));
          } else {
            word = 0f;
          }
        }
        max[c] = Math.max(max[c], total);
      }
      cellNodes.add(nodes);
      shaped.add(row);
    }
    float[] colW = new float[cols];
    float sumMin = 0f;
    float sumMax = 0f;
    for (int c = 0; c < cols; c++) {
      min[c] += 2 * pad + 1f;
      max[c] += 2 * pad + 1f;
      sumMin += min[c];
      sumMax += max[c];
    }
    for (int c = 0; c < cols; c++) {
      if (sumMax <= width) {
        colW[c] = max[c] + (width - sumMax) * max[c] / sumMax;
      } else if (sumMin >= width) {
        colW[c] = min[c] * width / sumMin;
      } else {
        float extra = width - sumMin;
        float spread = sumMax - sumMin;
        colW[c] = min[c] + (spread <= 0 ? extra / cols : extra * (max[c] - min[c]) / spread);
      }
    }
    float[] colX = new float[cols];
    for (int c = 1; c < cols; c++) {
      colX[c] = colX[c - 1] + colW[c - 1];
    }
    List<Box.Row> rows = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      List<Box.Cell> cells = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        List<Line> lines = shaped.get(r).get(c).isEmpty() ? List.of()
            : breaker.breakLines(shaped.get(r).get(c), Math.max(1f, colW[c] - 2 * pad));
        Table.Alignment alignment = table.alignments().get(c);
        int align = alignment == Table.Alignment.RIGHT ? 2 : alignment == Table.Alignment.CENTER ? 1 : 0;
        cells.add(new Box.Cell(lines, cellNodes.get(r).get(c), lh, baseline(size, lh), align));
      }
      rows.add(new Box.Row(cells, rowNodes.get(r), pad));
    }
    Box.Table box = new Box.Table(x, colX, colW, rows.get(0), rows.subList(1, rows.size()), tableNode);
    box.spaceBefore = table.caption().isPresent() ? 0f : theme.body * 0.3f;
    box.spaceAfter = theme.paragraphGap * 1.3f;
    out.add(box);
  }

  // ---------------------------------------------------------------- text

  Style lead(StructNode node) {
    return new Style(Fonts.REGULAR, theme.lead, Theme.TEXT, false, false, 0f, node, null, null);
  }

  Style small(StructNode node) {
    return new Style(Fonts.REGULAR, theme.small, Theme.MUTED, false, false, 0f, node, null, null);
  }

  static float baseline(float size, float lineHeight) {
    return (lineHeight - size) / 2f + size * 0.84f;
  }

  /** Lays out inline content into a text box. */
  Box.Text text(List<Inline> content, Style style, float x, float width, float leading) {
    List<Item> items = new ArrayList<>();
    inlines(content, style, items);
    List<Line> lines = breaker.breakLines(items, width);
    float lh = style.size() * leading;
    return new Box.Text(lines, x, lh, baseline(style.size(), lh));
  }

  /** Lines of plain text in the style (running heads, table of contents). */
  List<Line> lines(String text, Style style, float width) {
    List<Item> items = new ArrayList<>();
    shaper.shape(text, style, false, items);
    return breaker.breakLines(items, width);
  }

  void inlines(List<Inline> content, Style style, List<Item> items) {
    for (Inline inline : content) {
      inline.accept(new InlineVisitor<Void>() {
        @Override
        public Void visit(Text text) {
          shaper.shape(text.text(), style, false, items);
          return null;
        }

        @Override
        public Void visit(Emphasis emphasis) {
          inlines(emphasis.content(), style.withRole(Style.italic(style.role())), items);
          return null;
        }

        @Override
        public Void visit(Strong strong) {
          inlines(strong.content(), style.withRole(Style.bold(style.role())), items);
          return null;
        }

        @Override
        public Void visit(Strikethrough strikethrough) {
          inlines(strikethrough.content(), style.withStrike(), items);
          return null;
        }

        @Override
        public Void visit(Code code) {
          shaper.shape(code.code(), style.withRole(Fonts.MONO).withSize(style.size() * 0.92f), false, items);
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
          int n = article.footnoteNumber(reference.label());
          if (n > 0 && style.node() != null && style.link() == null) {
            StructNode linkNode = style.node().child("Link");
            Style s = style.withLink(linkNode, "#" + prefix + "fn-" + n, labels.format("footnoteRef", n)).superscript()
                .withColor(Theme.LINK);
            shaper.shape(String.valueOf(n), new Style(s.role(), s.size(), s.color(), false, false, s.rise(), s.node(),
                s.link(), s.linkText()), false, items);
          }
          return null;
        }

        @Override
        public Void visit(GlossaryTerm term) {
          inlines(term.content(), style, items);
          return null;
        }
      });
    }
  }

  private void link(Link link, Style style, List<Item> items) {
    String url = link.url().strip();
    String target = null;
    if (url.startsWith("#")) {
      String id = url.substring(1);
      boolean section = article.allSections().anyMatch(s -> s.id().equals(id));
      if (section) {
        target = "#" + prefix + "sec-" + id;
      } else if (id.startsWith("article-")) {
        target = url;
      }
    } else {
      Optional<String> scheme = UrlPolicy.scheme(url);
      if (scheme.isPresent() && UrlPolicy.isSafeLink(url)) {
        target = url;
      }
    }
    if (target == null || style.node() == null || style.link() != null) {
      inlines(link.content(), style, items);
      return;
    }
    String text = PlainText.of(link.content());
    StructNode linkNode = style.node().child("Link");
    Style s = style.withLink(linkNode, target, text.isBlank() ? url : text).withColor(Theme.LINK);
    inlines(link.content(), s, items);
    if (!target.startsWith("#")) {
      String shown = printable(url);
      if (!shown.equalsIgnoreCase(printable(text.strip()))) {
        // paper has no hyperlinks: print where the link goes
        shaper.shape(" (" + shown + ")", s.withSize(style.size() * 0.92f), false, items);
      }
    }
  }

  private static String printable(String url) {
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
