package dev.carepress.render.epub.internal;

import dev.carepress.Problem;
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
import dev.carepress.model.Image;
import dev.carepress.model.Inline;
import dev.carepress.model.InlineVisitor;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.Metadata;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Quote;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import dev.carepress.render.Labels;
import dev.carepress.render.UrlPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content document of one article, written by Carepress itself: the same parts, in the same
 * order, as the HTML page, in XHTML with EPUB structural semantics ({@code epub:type}) and DPUB-ARIA
 * roles.
 */
public final class XhtmlChapterWriter implements ChapterWriter {

  @Override
  public void write(Article article, ChapterContext context, Writer out) throws IOException {
    try {
      new Document(article, context, new XmlOut(out)).write();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One document being written; visitors cannot throw checked exceptions, so I/O errors travel unchecked. */
  private static final class Document implements BlockVisitor<Void>, InlineVisitor<Void> {
    private final Article article;
    private final Metadata meta;
    private final ChapterContext context;
    private final Labels labels;
    private final XmlOut x;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> termIds = new HashMap<>();
    private final Map<String, Integer> noteRefCounts = new HashMap<>();
    private int linkDepth;

    Document(Article article, ChapterContext context, XmlOut x) {
      this.article = article;
      this.meta = article.metadata();
      this.context = context;
      this.labels = context.labels();
      this.x = x;
      ids.add("title");
      article.allSections().forEach(s -> ids.add(s.id()));
      Set<String> taken = new HashSet<>();
      for (GlossaryEntry entry : article.glossary()) {
        String base = "term-" + Slugs.slugify(entry.term());
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
          id = base + "-" + n;
        }
        termIds.put(entry.term().toLowerCase(Locale.ROOT), id);
        ids.add(id);
      }
      if (!article.keyPoints().isEmpty()) {
        ids.add("key-points");
      }
      if (!article.glossary().isEmpty()) {
        ids.add("glossary");
      }
      if (!article.footnotes().isEmpty()) {
        ids.add("footnotes");
        for (int i = 1; i <= article.footnotes().size(); i++) {
          ids.add("fn-" + i);
        }
      }
      if (!article.references().isEmpty()) {
        ids.add("references");
      }
      if (!article.related().isEmpty()) {
        ids.add("related");
      }
    }

    void write() throws IOException {
      x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
      x.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml")
          .attr("xmlns:epub", "http://www.idpf.org/2007/ops")
          .attr("lang", meta.language()).attr("xml:lang", meta.language());
      if (meta.rightToLeft()) {
        x.attr("dir", "rtl");
      }
      x.nl().start("head").nl();
      x.element("title", meta.title()).nl();
      x.start("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", context.stylesheetHref())
          .endEmpty().nl();
      x.end("head").nl();
      x.start("body").attr("epub:type", "bodymatter").nl();
      x.start("section").attr("class", "cp-article").attr("epub:type", "chapter").attr("role", "doc-chapter")
          .attr("aria-labelledby", "title").nl();
      header();
      meta.image().ifPresent(this::leadImage);
      keyPoints();
      blocks(article.introduction());
      for (Section section : article.sections()) {
        section(section, 2);
      }
      glossary();
      footnotes();
      references();
      related();
      if (article.disclaimer().isPresent()) {
        x.start("footer").attr("class", "cp-disclaimer").nl();
        x.start("p").text(article.disclaimer().get()).end("p").nl();
        x.end("footer").nl();
      }
      x.end("section").nl();
      x.end("body").nl().end("html").nl();
    }

    private void header() throws IOException {
      x.start("header").attr("class", "cp-header").nl();
      if (meta.category().isPresent()) {
        x.start("p").attr("class", "cp-category").text(meta.category().get()).end("p").nl();
      }
      x.start("h1").attr("id", "title").text(meta.title()).end("h1").nl();
      if (meta.subtitle().isPresent()) {
        x.start("p").attr("class", "cp-subtitle").text(meta.subtitle().get()).end("p").nl();
      }
      if (!meta.authors().isEmpty()) {
        x.start("p").attr("class", "cp-byline").text(labels.format("by", names(meta.authors()))).end("p").nl();
      }
      List<String> dates = new ArrayList<>();
      meta.published().ifPresent(d -> dates.add(labels.format("published", labels.date(d))));
      meta.updated().ifPresent(d -> dates.add(labels.format("updated", labels.date(d))));
      if (meta.reviewers().isEmpty()) {
        meta.lastReviewed().ifPresent(d -> dates.add(labels.format("lastReviewed", labels.date(d))));
      }
      meta.nextReview().ifPresent(d -> dates.add(labels.format("nextReview", labels.date(d))));
      if (!dates.isEmpty()) {
        x.start("p").attr("class", "cp-dates").text(String.join(" · ", dates)).end("p").nl();
      }
      if (!meta.reviewers().isEmpty()) {
        String reviewers = names(meta.reviewers());
        String line = meta.lastReviewed()
            .map(d -> labels.format("reviewedBy", reviewers, labels.date(d)))
            .orElseGet(() -> labels.format("reviewedByUndated", reviewers));
        x.start("p").attr("class", "cp-review").text(line).end("p").nl();
      }
      if (meta.summary().isPresent()) {
        x.start("p").attr("class", "cp-summary").text(meta.summary().get()).end("p").nl();
      }
      x.end("header").nl();
    }

    private String names(List<Person> people) {
      return labels.joinNames(people.stream().map(Person::displayName).toList());
    }

    private void leadImage(Image image) {
      visit(new Figure(image.src(), image.alt(), Optional.empty()));
    }

    private void keyPoints() throws IOException {
      if (article.keyPoints().isEmpty()) {
        return;
      }
      openPart("key-points", "cp-key-points", labels.get("keyPoints"), null, null);
      x.start("ul").nl();
      for (KeyPoint point : article.keyPoints()) {
        x.start("li");
        inlines(point.content());
        x.end("li").nl();
      }
      x.end("ul").nl();
      x.end("section").nl();
    }

    /** Opens a generated part: a section with an h2 that labels it. */
    private void openPart(String id, String cssClass, String title, String epubType, String role) throws IOException {
      x.start("section").attr("id", id).attr("class", cssClass);
      if (epubType != null) {
        x.attr("epub:type", epubType);
      }
      if (role != null) {
        x.attr("role", role);
      }
      x.attr("aria-labelledby", "cp-h-" + id).nl();
      x.start("h2").attr("id", "cp-h-" + id).text(title).end("h2").nl();
    }

    private void section(Section section, int level) throws IOException {
      int h = Math.min(level, 6);
      x.start("section").attr("id", section.id()).attr("aria-labelledby", "cp-h-" + section.id()).nl();
      x.start("h" + h).attr("id", "cp-h-" + section.id()).text(section.title()).end("h" + h).nl();
      blocks(section.blocks());
      for (Section sub : section.subsections()) {
        section(sub, level + 1);
      }
      x.end("section").nl();
    }

    private void glossary() throws IOException {
      if (article.glossary().isEmpty()) {
        return;
      }
      openPart("glossary", "cp-glossary", labels.get("glossary"), "glossary", "doc-glossary");
      x.start("dl").nl();
      for (GlossaryEntry entry : article.glossary()) {
        x.start("dt").attr("id", termIds.get(entry.term().toLowerCase(Locale.ROOT))).attr("epub:type", "glossterm")
            .start("dfn").text(entry.term()).end("dfn").end("dt").nl();
        x.start("dd").attr("epub:type", "glossdef").text(entry.definition()).end("dd").nl();
      }
      x.end("dl").nl();
      x.end("section").nl();
    }

    private void footnotes() throws IOException {
      if (article.footnotes().isEmpty()) {
        return;
      }
      openPart("footnotes", "cp-footnotes", labels.get("footnotes"), null, null);
      List<Footnote> notes = article.footnotes();
      for (int i = 0; i < notes.size(); i++) {
        int number = i + 1;
        x.start("aside").attr("id", "fn-" + number).attr("class", "cp-footnote").attr("epub:type", "footnote")
            .attr("role", "doc-footnote").nl();
        x.start("p").attr("class", "cp-footnote-label").text(labels.format("footnoteRef", number)).end("p").nl();
        blocks(notes.get(i).blocks());
        if (noteRefCounts.containsKey(notes.get(i).label())) {
          x.start("p").attr("class", "cp-backlink").start("a").attr("href", "#fnref-" + number)
              .attr("role", "doc-backlink").text(labels.get("footnoteBack")).end("a").end("p").nl();
        }
        x.end("aside").nl();
      }
      x.end("section").nl();
    }

    private void references() throws IOException {
      if (article.references().isEmpty()) {
        return;
      }
      openPart("references", "cp-references", labels.get("references"), "bibliography", "doc-bibliography");
      x.start("ol").nl();
      for (Reference ref : article.references()) {
        x.start("li");
        Optional<String> href = ref.url().flatMap(Urls::external);
        if (href.isPresent()) {
          x.start("a").attr("href", href.get()).start("cite").text(ref.title()).end("cite").end("a");
        } else {
          x.start("cite").text(ref.title()).end("cite");
        }
        List<String> parts = new ArrayList<>();
        ref.publisher().ifPresent(parts::add);
        if (ref.year().isPresent()) {
          parts.add(String.valueOf(ref.year().getAsInt()));
        }
        if (!parts.isEmpty()) {
          x.text(". " + String.join(", ", parts) + ".");
        }
        x.end("li").nl();
      }
      x.end("ol").nl();
      x.end("section").nl();
    }

    private void related() throws IOException {
      if (article.related().isEmpty()) {
        return;
      }
      openPart("related", "cp-related", labels.get("related"), null, null);
      x.start("ul").nl();
      for (RelatedLink link : article.related()) {
        x.start("li");
        Optional<String> href = link.slug().flatMap(context::articleHref).or(() -> link.url().flatMap(Urls::external));
        if (href.isPresent()) {
          x.start("a").attr("href", href.get()).text(link.title()).end("a");
        } else {
          x.start("span").attr("class", "cp-related-title").text(link.title()).end("span");
        }
        if (link.summary().isPresent()) {
          x.text(" — ").start("span").attr("class", "cp-related-summary").text(link.summary().get()).end("span");
        }
        x.end("li").nl();
      }
      x.end("ul").nl();
      x.end("section").nl();
    }

    // ---- blocks

    private void blocks(List<Block> blocks) {
      for (Block block : blocks) {
        block.accept(this);
      }
    }

    @Override
    public Void visit(Paragraph paragraph) {
      io(() -> x.start("p"));
      inlines(paragraph.content());
      io(() -> x.end("p").nl());
      return null;
    }

    @Override
    public Void visit(BulletList list) {
      io(() -> x.start("ul").nl());
      items(list.items());
      io(() -> x.end("ul").nl());
      return null;
    }

    @Override
    public Void visit(OrderedList list) {
      io(() -> {
        x.start("ol");
        if (list.start() != 1) {
          x.attr("start", String.valueOf(list.start()));
        }
        x.nl();
      });
      items(list.items());
      io(() -> x.end("ol").nl());
      return null;
    }

    private void items(List<ListItem> items) {
      for (ListItem item : items) {
        io(() -> x.start("li"));
        List<Block> content = item.blocks();
        if (content.size() == 1 && content.get(0) instanceof Paragraph) {
          inlines(((Paragraph) content.get(0)).content()); // a tight item: no paragraph around its text
        } else {
          io(x::nl);
          blocks(content);
        }
        io(() -> x.end("li").nl());
      }
    }

    @Override
    public Void visit(Quote quote) {
      io(() -> x.start("blockquote").nl());
      blocks(quote.blocks());
      io(() -> x.end("blockquote").nl());
      return null;
    }

    @Override
    public Void visit(Callout callout) {
      String kind = callout.kind().id();
      io(() -> {
        x.start("div").attr("class", "cp-callout cp-callout-" + kind).attr("role", "note").nl();
        x.start("p").attr("class", "cp-callout-label").start("strong").text(labels.get("callout." + kind))
            .end("strong").end("p").nl();
      });
      blocks(callout.blocks());
      io(() -> x.end("div").nl());
      return null;
    }

    @Override
    public Void visit(Figure figure) {
      io(() -> {
        Optional<String> href = context.imageHref(figure.src());
        x.start("figure").attr("class", href.isPresent() ? "cp-figure" : "cp-figure cp-figure-missing").nl();
        if (href.isPresent()) {
          x.start("img").attr("src", href.get()).attr("alt", figure.alt()).endEmpty().nl();
        } else {
          String description = figure.alt().isBlank() ? figure.src() : figure.alt();
          x.start("p").attr("class", "cp-image-missing").text(labels.format("imageMissing", description)).end("p").nl();
        }
        if (figure.caption().isPresent()) {
          x.start("figcaption").text(figure.caption().get()).end("figcaption").nl();
        }
        x.end("figure").nl();
      });
      return null;
    }

    @Override
    public Void visit(Table table) {
      io(() -> {
        x.start("div").attr("class", "cp-table").nl();
        x.start("table").nl();
        if (table.caption().isPresent()) {
          x.start("caption").text(table.caption().get()).end("caption").nl();
        }
        x.start("thead").nl();
        row(table.header(), table, true);
        x.end("thead").nl();
        if (!table.rows().isEmpty()) {
          x.start("tbody").nl();
          for (TableRow row : table.rows()) {
            row(row, table, false);
          }
          x.end("tbody").nl();
        }
        x.end("table").nl();
        x.end("div").nl();
      });
      return null;
    }

    private void row(TableRow row, Table table, boolean header) throws IOException {
      x.start("tr");
      List<TableCell> cells = row.cells();
      for (int i = 0; i < cells.size(); i++) {
        String tag = header ? "th" : "td";
        x.start(tag);
        if (header) {
          x.attr("scope", "col");
        }
        Table.Alignment alignment = table.alignments().get(i);
        if (alignment != Table.Alignment.NONE && alignment != Table.Alignment.LEFT) {
          x.attr("class", "cp-align-" + alignment.id());
        }
        inlines(cells.get(i).content());
        x.end(tag);
      }
      x.end("tr").nl();
    }

    @Override
    public Void visit(CodeBlock codeBlock) {
      io(() -> {
        x.start("pre").start("code");
        if (codeBlock.language().isPresent()) {
          x.attr("class", "language-" + codeBlock.language().get().replaceAll("\\s+", "-"));
        }
        x.text(codeBlock.code()).end("code").end("pre").nl();
      });
      return null;
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
      io(() -> x.start("hr").endEmpty().nl());
      return null;
    }

    // ---- inlines

    private void inlines(List<Inline> inlines) {
      for (Inline inline : inlines) {
        inline.accept(this);
      }
    }

    private void wrap(String tag, List<Inline> content) {
      io(() -> x.start(tag));
      inlines(content);
      io(() -> x.end(tag));
    }

    @Override
    public Void visit(Text text) {
      io(() -> x.text(text.text()));
      return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
      wrap("em", emphasis.content());
      return null;
    }

    @Override
    public Void visit(Strong strong) {
      wrap("strong", strong.content());
      return null;
    }

    @Override
    public Void visit(Strikethrough strikethrough) {
      wrap("s", strikethrough.content());
      return null;
    }

    @Override
    public Void visit(Code code) {
      io(() -> x.start("code").text(code.code()).end("code"));
      return null;
    }

    @Override
    public Void visit(Link link) {
      Optional<String> href = linkDepth > 0 ? Optional.empty() : href(link.url());
      if (href.isEmpty()) {
        if (linkDepth == 0) {
          context.warnings().accept(Problem.warning(
              "epub-link-dropped", Images.sourceName(article), 0, 0,
              "article '" + article.slug() + "' links to '" + link.url() + "', which cannot be a link in the "
                  + "e-book (not a web address, nor an article or a part of this article in the book); its text "
                  + "is kept without the link",
              "link to an http(s) address, or to an article of the book by its file name"));
        }
        inlines(link.content());
        return null;
      }
      io(() -> {
        x.start("a").attr("href", href.get());
        if (link.title().isPresent()) {
          x.attr("title", link.title().get());
        }
      });
      linkDepth++;
      inlines(link.content());
      linkDepth--;
      io(() -> x.end("a"));
      return null;
    }

    /** Where a link may point in the e-book: the web, a part of this article, or another article. */
    private Optional<String> href(String url) {
      if (UrlPolicy.hasScheme(url) || url.startsWith("//")) {
        return Urls.external(url.startsWith("//") ? "https:" + url : url);
      }
      String path = url.strip();
      String fragment = "";
      int hash = path.indexOf('#');
      if (hash >= 0) {
        fragment = path.substring(hash + 1);
        path = path.substring(0, hash);
      }
      int query = path.indexOf('?');
      if (query >= 0) {
        path = path.substring(0, query);
      }
      if (path.isEmpty()) {
        return ids.contains(fragment) ? Optional.of("#" + Urls.fragment(fragment)) : Optional.empty();
      }
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      for (String extension : new String[] {".md", ".markdown", ".html", ".htm", ".xhtml", ".json"}) {
        if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
          name = name.substring(0, name.length() - extension.length());
          break;
        }
      }
      if (name.equals(article.slug()) && ids.contains(fragment)) {
        return Optional.of("#" + Urls.fragment(fragment));
      }
      return context.articleHref(name);
    }

    @Override
    public Void visit(LineBreak lineBreak) {
      io(() -> x.start("br").endEmpty());
      return null;
    }

    @Override
    public Void visit(FootnoteReference reference) {
      int number = article.footnoteNumber(reference.label());
      if (number == 0) {
        context.warnings().accept(Problem.warning(
            "epub-footnote-missing", Images.sourceName(article), 0, 0,
            "article '" + article.slug() + "' refers to the footnote '" + reference.label() + "', which it does not have",
            "add the footnote [^" + reference.label() + "]: … or remove the reference"));
        return null;
      }
      if (linkDepth > 0) {
        io(() -> x.start("sup").text(String.valueOf(number)).end("sup"));
        return null;
      }
      int count = noteRefCounts.merge(reference.label(), 1, Integer::sum);
      String id = count == 1 ? "fnref-" + number : "fnref-" + number + "-" + count;
      io(() -> x.start("sup").start("a").attr("id", id).attr("href", "#fn-" + number)
          .attr("class", "cp-noteref").attr("epub:type", "noteref").attr("role", "doc-noteref")
          .attr("aria-label", labels.format("footnoteRef", number))
          .text(String.valueOf(number)).end("a").end("sup"));
      return null;
    }

    @Override
    public Void visit(GlossaryTerm term) {
      String id = termIds.get(term.term().toLowerCase(Locale.ROOT));
      if (id == null || linkDepth > 0) {
        inlines(term.content());
        return null;
      }
      io(() -> x.start("a").attr("href", "#" + Urls.fragment(id)).attr("class", "cp-term")
          .attr("epub:type", "glossref").attr("role", "doc-glossref"));
      linkDepth++;
      inlines(term.content());
      linkDepth--;
      io(() -> x.end("a"));
      return null;
    }

    private interface IoAction {
      void run() throws IOException;
    }

    private static void io(IoAction action) {
      try {
        action.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
