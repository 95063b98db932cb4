package dev.carepress.render.html.markup;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Crumb;
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
import dev.carepress.model.Metadata;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
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
import dev.carepress.text.UrlPolicy;
import dev.carepress.render.html.internal.Urls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one article, or any of its parts, as polyglot markup. The HTML pages and the EPUB content
 * documents are both made of these parts.
 *
 * <pre>{@code
 * ArticleMarkup markup = ArticleMarkup.of(article, MarkupOptions.defaults());
 * markup.writeArticle(MarkupWriter.to(out));   // the whole <article>
 * }</pre>
 *
 * <p>{@link #writeArticle} writes, in order: the header ({@link #writeHeader}), {@link
 * #writeKeyPoints}, the lead image ({@link #writeLeadImage}), {@link #writeTableOfContents}, {@link #writeIntroduction}, {@link
 * #writeSections}, {@link #writeGlossary}, {@link #writeFootnotes}, {@link #writeReferences},
 * {@link #writeRelated} and {@link #writeFooter}. A container that wants another order or other
 * wrappers calls the parts itself; the body (introduction and sections) must come before the
 * glossary and footnotes, whose back-links depend on it.
 *
 * <p>Ids: the title is {@code title}, the generated parts {@code key-points}, {@code contents},
 * {@code glossary}, {@code footnotes}, {@code references}, {@code related}, {@code review} and
 * {@code disclaimer} (each prefixed {@code cp-} if a section already has that id), footnotes {@code
 * fn-N}, their references {@code fnref-N} ({@code fnref-N-2} for a second one), glossary entries
 * {@code term-<slug>}, sections their own id; all behind {@link MarkupOptions#idPrefix()}.
 *
 * <p>An instance remembers which glossary terms and footnotes it has written, so it is for one
 * document and one thread; make a new one per render (it is cheap).
 */
public final class ArticleMarkup {
  private static final String[] PARTS = {
    "title", "key-points", "contents", "glossary", "footnotes", "references", "related", "review", "disclaimer"
  };

  private final Article article;
  private final Metadata meta;
  private final MarkupOptions options;
  private final Labels labels;
  private final boolean epub;
  private final Map<String, String> partIds = new HashMap<>();
  private final Map<String, String> termIds = new HashMap<>();
  private final Set<String> termsWritten = new HashSet<>();
  private final Map<String, Integer> noteRefCounts = new HashMap<>();
  private final Writer writer = new Writer();
  private MarkupWriter w;
  private int linkDepth;

  private ArticleMarkup(Article article, Labels labels, MarkupOptions options) {
    this.article = article;
    this.meta = article.metadata();
    this.options = options;
    this.labels = labels;
    this.epub = options.dialect() == Dialect.EPUB;
    Set<String> taken = new HashSet<>();
    article.allSections().forEach(s -> taken.add(s.id()));
    for (String part : PARTS) {
      partIds.put(part, taken.contains(part) ? "cp-" + part : part);
    }
    Set<String> terms = new HashSet<>();
    for (GlossaryEntry entry : article.glossary()) {
      String base = "term-" + Slugs.slugify(entry.term());
      String id = base;
      for (int n = 2; !terms.add(id); n++) {
        id = base + "-" + n;
      }
      termIds.put(key(entry.term()), id);
    }
  }

  /** A writer for the article with the labels of its language (from {@link MarkupOptions#labels()}). */
  public static ArticleMarkup of(Article article, MarkupOptions options) {
    return new ArticleMarkup(article, options.labels().apply(article.language()), options);
  }

  /** A writer for the article with the given labels. */
  public static ArticleMarkup of(Article article, Labels labels, MarkupOptions options) {
    return new ArticleMarkup(article, labels, options);
  }

  /** The article written. */
  public Article article() {
    return article;
  }

  /** The labels used. */
  public Labels labels() {
    return labels;
  }

  /** The options used. */
  public MarkupOptions options() {
    return options;
  }

  /**
   * The id written for a generated part ({@code title}, {@code key-points}, {@code contents},
   * {@code glossary}, {@code footnotes}, {@code references}, {@code related}, {@code review}, {@code
   * disclaimer}) or, for anything else, the given id, with the prefix.
   */
  public String id(String name) {
    return options.idPrefix() + partIds.getOrDefault(name, name);
  }

  /** The estimated reading time in whole minutes, at least 1. */
  public int readingMinutes() {
    int words = wordCount(PlainText.ofBody(article));
    return Math.max(1, (words + options.wordsPerMinute() - 1) / options.wordsPerMinute());
  }

  /** Whether {@link #writeTableOfContents} writes anything. */
  public boolean hasTableOfContents() {
    return article.sections().size() >= options.tableOfContentsMinimum();
  }

  // ---------------------------------------------------------------- the whole article

  /** Writes the whole {@code <article>} element, labelled by its title. */
  public void writeArticle(MarkupWriter out) {
    w = out;
    w.start("article").attr("class", "cp-article").attr("aria-labelledby", id("title")).newline();
    writeHeader(out);
    writeKeyPoints(out);
    writeLeadImage(out);
    writeTableOfContents(out);
    writeIntroduction(out);
    writeSections(out);
    writeGlossary(out);
    writeFootnotes(out);
    writeReferences(out);
    writeRelated(out);
    writeFooter(out);
    w.end("article").newline();
  }

  // ---------------------------------------------------------------- parts

  /**
   * Writes the breadcrumb trail as a {@code <nav>} with an ordered list, the last step marked as
   * the current page; nothing when the article has no breadcrumb.
   */
  public void writeBreadcrumb(MarkupWriter out) {
    writeBreadcrumb(out, meta.breadcrumb());
  }

  /** Writes the given breadcrumb trail (for a container that makes its own trail). */
  public void writeBreadcrumb(MarkupWriter out, List<Crumb> crumbs) {
    if (crumbs.isEmpty()) {
      return;
    }
    w = out;
    w.start("nav").attr("class", "cp-breadcrumb").attr("aria-label", labels.get("breadcrumb")).newline();
    w.start("ol").newline();
    for (int i = 0; i < crumbs.size(); i++) {
      Crumb crumb = crumbs.get(i);
      boolean last = i == crumbs.size() - 1;
      w.start("li");
      Optional<String> href = last ? Optional.empty() : crumb.url().flatMap(Urls::safeLink);
      if (href.isPresent()) {
        w.start("a").attr("href", href.get()).text(crumb.label()).end("a");
      } else if (last) {
        w.start("span").attr("aria-current", "page").text(crumb.label()).end("span");
      } else {
        w.text(crumb.label());
      }
      w.end("li").newline();
    }
    w.end("ol").newline();
    w.end("nav").newline();
  }

  /**
   * Writes the {@code <header>}: category, the title as the one heading one level above the
   * sections, subtitle, summary, authors, the "medically reviewed by … on …" line, and a line of
   * dates, views and reading time.
   */
  public void writeHeader(MarkupWriter out) {
    w = out;
    w.start("header").attr("class", "cp-header").newline();
    if (meta.category().isPresent()) {
      String category = meta.category().get();
      w.start("p").attr("class", "cp-category");
      Optional<String> href = options.categoryLink().apply(category).flatMap(Urls::safeLink);
      if (href.isPresent()) {
        w.start("a").attr("href", href.get()).text(category).end("a");
      } else {
        w.text(category);
      }
      w.end("p").newline();
    }
    String h = "h" + (options.headingBase() - 1);
    w.start(h).attr("id", id("title")).attr("class", "cp-title").text(meta.title()).end(h).newline();
    if (meta.subtitle().isPresent()) {
      w.start("p").attr("class", "cp-subtitle").text(meta.subtitle().get()).end("p").newline();
    }
    if (meta.summary().isPresent()) {
      w.start("p").attr("class", "cp-summary").text(meta.summary().get()).end("p").newline();
    }
    if (!meta.authors().isEmpty()) {
      w.start("p").attr("class", "cp-byline");
      formatted("by", () -> people(meta.authors()));
      w.end("p").newline();
    }
    if (!meta.reviewers().isEmpty()) {
      w.start("p").attr("class", "cp-reviewed");
      if (meta.lastReviewed().isPresent()) {
        formatted("reviewedBy", () -> people(meta.reviewers()), () -> time(meta.lastReviewed().get()));
      } else {
        formatted("reviewedByUndated", () -> people(meta.reviewers()));
      }
      w.end("p").newline();
    }
    List<Runnable> facts = new ArrayList<>();
    meta.published().ifPresent(d -> facts.add(() -> formatted("published", () -> time(d))));
    meta.updated().ifPresent(d -> facts.add(() -> formatted("updated", () -> time(d))));
    meta.views().ifPresent(v -> facts.add(() -> w.text(labels.views(v))));
    if (!article.sections().isEmpty() || !article.introduction().isEmpty()) {
      int minutes = readingMinutes();
      facts.add(() -> w.text(labels.readingTime(minutes)));
    }
    if (!facts.isEmpty()) {
      w.start("ul").attr("class", "cp-facts").newline();
      for (Runnable fact : facts) {
        w.start("li");
        fact.run();
        w.end("li").newline();
      }
      w.end("ul").newline();
    }
    w.end("header").newline();
  }

  /** Writes the lead image as a figure, if the article has one. */
  public void writeLeadImage(MarkupWriter out) {
    w = out;
    meta.image().ifPresent(image -> figure(image.src(), image.alt(), Optional.empty(), "cp-figure cp-lead"));
  }

  /** Writes the key points as a labelled box with a bullet list; nothing when there are none. */
  public void writeKeyPoints(MarkupWriter out) {
    if (article.keyPoints().isEmpty()) {
      return;
    }
    w = out;
    String headingId = id("key-points") + "-title";
    w.start("section").attr("class", "cp-key-points").attr("id", id("key-points"))
        .attr("aria-labelledby", headingId).newline();
    heading(0, headingId, labels.get("keyPoints"));
    w.start("ul").newline();
    for (KeyPoint point : article.keyPoints()) {
      w.start("li");
      writeInlines(out, point.content());
      w.end("li").newline();
    }
    w.end("ul").newline();
    w.end("section").newline();
  }

  /**
   * Writes a table of contents ({@code <nav>}) of the sections and their subsections, when there
   * are at least {@link MarkupOptions#tableOfContentsMinimum()} sections.
   */
  public void writeTableOfContents(MarkupWriter out) {
    if (!hasTableOfContents()) {
      return;
    }
    w = out;
    String headingId = id("contents") + "-title";
    w.start("nav").attr("class", "cp-toc").attr("id", id("contents")).attr("aria-labelledby", headingId);
    if (epub) {
      w.attr("role", "doc-toc");
    }
    w.newline();
    heading(0, headingId, labels.get("contents"));
    tocList(article.sections(), 0);
    w.end("nav").newline();
  }

  private void tocList(List<Section> sections, int depth) {
    w.start("ol").newline();
    for (Section section : sections) {
      w.start("li").start("a").attr("href", "#" + id(section.id())).text(section.title()).end("a");
      if (depth == 0 && !section.subsections().isEmpty()) {
        w.newline();
        tocList(section.subsections(), depth + 1);
      }
      w.end("li").newline();
    }
    w.end("ol").newline();
  }

  /** Writes the introduction's blocks. */
  public void writeIntroduction(MarkupWriter out) {
    writeBlocks(out, article.introduction());
  }

  /** Writes every section, with its subsections nested. */
  public void writeSections(MarkupWriter out) {
    for (Section section : article.sections()) {
      writeSection(out, section, 0);
    }
  }

  /**
   * Writes one section as {@code <section id>} with its heading ({@code depth} 0 is at {@link
   * MarkupOptions#headingBase()}; levels stop at 6), its blocks and its subsections.
   */
  public void writeSection(MarkupWriter out, Section section, int depth) {
    w = out;
    w.start("section").attr("id", id(section.id())).newline();
    int level = Math.min(6, options.headingBase() + depth);
    w.start("h" + level);
    if (options.sectionLinks()) {
      w.start("a").attr("class", "cp-self").attr("href", "#" + id(section.id())).text(section.title()).end("a");
    } else {
      w.text(section.title());
    }
    w.end("h" + level).newline();
    writeBlocks(out, section.blocks());
    for (Section sub : section.subsections()) {
      writeSection(out, sub, depth + 1);
    }
    w.end("section").newline();
  }

  /** Writes the glossary as a definition list with each term in {@code <dfn>}; nothing when empty. */
  public void writeGlossary(MarkupWriter out) {
    if (article.glossary().isEmpty()) {
      return;
    }
    w = out;
    openPart("glossary", "cp-glossary", "glossary", epub ? "doc-glossary" : null);
    w.start("dl").newline();
    for (GlossaryEntry entry : article.glossary()) {
      w.start("dt").attr("id", options.idPrefix() + termIds.get(key(entry.term())));
      if (epub) {
        w.attr("epub:type", "glossterm");
      }
      w.start("dfn").text(entry.term()).end("dfn").end("dt").newline();
      w.start("dd");
      if (epub) {
        w.attr("epub:type", "glossdef");
      }
      w.text(entry.definition()).end("dd").newline();
    }
    w.end("dl").newline();
    w.end("section").newline();
  }

  /**
   * Writes the footnotes, numbered in the article's order, each with links back to where it was
   * referred to: an ordered list in HTML, one {@code <aside epub:type="footnote">} each in EPUB.
   */
  public void writeFootnotes(MarkupWriter out) {
    if (article.footnotes().isEmpty()) {
      return;
    }
    w = out;
    openPart("footnotes", "cp-footnotes", "footnotes", epub ? "doc-endnotes" : null);
    if (!epub) {
      w.start("ol").newline();
    }
    List<Footnote> notes = article.footnotes();
    for (int i = 0; i < notes.size(); i++) {
      int number = i + 1;
      Footnote note = notes.get(i);
      String noteId = options.idPrefix() + "fn-" + number;
      if (epub) {
        w.start("aside").attr("id", noteId).attr("class", "cp-footnote").attr("epub:type", "footnote")
            .attr("role", "doc-footnote").newline();
        w.start("p").attr("class", "cp-footnote-label").text(labels.format("footnoteRef", number)).end("p").newline();
      } else {
        w.start("li").attr("id", noteId).newline();
      }
      List<Block> blocks = note.blocks();
      Block last = blocks.get(blocks.size() - 1);
      if (last instanceof Paragraph) {
        writeBlocks(out, blocks.subList(0, blocks.size() - 1));
        w.start("p");
        writeInlines(out, ((Paragraph) last).content());
        backLinks(note.label(), number);
        w.end("p").newline();
      } else {
        writeBlocks(out, blocks);
        w.start("p");
        backLinks(note.label(), number);
        w.end("p").newline();
      }
      w.end(epub ? "aside" : "li").newline();
    }
    if (!epub) {
      w.end("ol").newline();
    }
    w.end("section").newline();
  }

  private void backLinks(String label, int number) {
    int count = noteRefCounts.getOrDefault(label, 0);
    for (int n = 1; n <= count; n++) {
      String target = options.idPrefix() + (n == 1 ? "fnref-" + number : "fnref-" + number + "-" + n);
      String name = count == 1 ? labels.get("footnoteBack") : labels.get("footnoteBack") + " (" + n + ")";
      w.text(' ').start("a").attr("class", "cp-backref").attr("href", "#" + target).attr("aria-label", name);
      if (epub) {
        w.attr("role", "doc-backlink");
      }
      w.text(count == 1 ? "\u21a9\ufe0e" : "\u21a9\ufe0e" + n).end("a");
    }
  }

  /** Writes the references as an ordered list: title (linked when it has a safe URL), publisher, year. */
  public void writeReferences(MarkupWriter out) {
    if (article.references().isEmpty()) {
      return;
    }
    w = out;
    openPart("references", "cp-references", "references", epub ? "doc-bibliography" : null);
    w.start("ol").newline();
    for (Reference ref : article.references()) {
      w.start("li");
      Optional<String> href = ref.url().flatMap(Urls::safeLink);
      w.start("cite");
      if (href.isPresent()) {
        w.start("a").attr("href", href.get()).text(ref.title()).end("a");
      } else {
        w.text(ref.title());
      }
      w.end("cite");
      List<String> parts = new ArrayList<>();
      ref.publisher().ifPresent(parts::add);
      if (ref.year().isPresent()) {
        parts.add(String.valueOf(ref.year().getAsInt()));
      }
      if (!parts.isEmpty()) {
        w.text(". " + String.join(", ", parts) + ".");
      }
      w.end("li").newline();
    }
    w.end("ol").newline();
    w.end("section").newline();
  }

  /** Writes related content as a list of links, each with its summary. */
  public void writeRelated(MarkupWriter out) {
    if (article.related().isEmpty()) {
      return;
    }
    w = out;
    openPart("related", "cp-related", "related", null);
    w.start("ul").newline();
    for (RelatedLink link : article.related()) {
      w.start("li");
      Optional<String> href = options.relatedLink().apply(link).flatMap(Urls::safeLink);
      if (href.isPresent()) {
        w.start("a").attr("href", href.get()).text(link.title()).end("a");
      } else {
        w.start("span").attr("class", "cp-related-title").text(link.title()).end("span");
      }
      if (link.summary().isPresent()) {
        w.empty("br");
        w.start("span").attr("class", "cp-related-summary").text(link.summary().get()).end("span");
      }
      w.end("li").newline();
    }
    w.end("ul").newline();
    w.end("section").newline();
  }

  /**
   * Writes the article's {@code <footer>}: when it was last reviewed and is next due for review,
   * and the disclaimer; nothing when it has none of them.
   */
  public void writeFooter(MarkupWriter out) {
    boolean review = meta.lastReviewed().isPresent() || meta.nextReview().isPresent();
    if (!review && article.disclaimer().isEmpty()) {
      return;
    }
    w = out;
    w.start("footer").attr("class", "cp-footer").newline();
    if (review) {
      w.start("p").attr("class", "cp-review").attr("id", id("review"));
      meta.lastReviewed().ifPresent(d -> formatted("lastReviewed", () -> time(d)));
      if (meta.lastReviewed().isPresent() && meta.nextReview().isPresent()) {
        w.empty("br");
      }
      meta.nextReview().ifPresent(d -> formatted("nextReview", () -> time(d)));
      w.end("p").newline();
    }
    if (article.disclaimer().isPresent()) {
      w.start("p").attr("class", "cp-disclaimer").attr("id", id("disclaimer")).text(article.disclaimer().get())
          .end("p").newline();
    }
    w.end("footer").newline();
  }

  // ---------------------------------------------------------------- blocks and inlines

  /** Writes blocks. */
  public void writeBlocks(MarkupWriter out, List<Block> blocks) {
    w = out;
    for (Block block : blocks) {
      block.accept(writer);
    }
  }

  /** Writes inlines. */
  public void writeInlines(MarkupWriter out, List<Inline> inlines) {
    w = out;
    for (Inline inline : inlines) {
      inline.accept(writer);
    }
  }

  // ---------------------------------------------------------------- helpers

  private void openPart(String part, String cssClass, String labelKey, String role) {
    w.start("section").attr("class", cssClass).attr("id", id(part));
    if (role != null) {
      w.attr("role", role);
    }
    // epub:type and its matching DPUB-ARIA role go on the same element (DAISY Ace checks the pair)
    if (epub && part.equals("references")) {
      w.attr("epub:type", "bibliography");
    } else if (epub && part.equals("footnotes")) {
      w.attr("epub:type", "endnotes");
    } else if (epub && part.equals("glossary")) {
      w.attr("epub:type", "glossary");
    }
    w.newline();
    heading(0, null, labels.get(labelKey));
  }

  private void heading(int depth, String headingId, String text) {
    String h = "h" + Math.min(6, options.headingBase() + depth);
    w.start(h);
    if (headingId != null) {
      w.attr("id", headingId);
    }
    w.text(text).end(h).newline();
  }

  /** Writes a label whose {@code {0}}, {@code {1}} … are markup written by the given actions. */
  private void formatted(String key, Runnable... args) {
    String text = labels.get(key);
    int from = 0;
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && Character.isDigit(text.charAt(i + 1)) && text.charAt(i + 2) == '}') {
        w.text(text.substring(from, i));
        int index = text.charAt(i + 1) - '0';
        if (index < args.length) {
          args[index].run();
        }
        from = i + 3;
        i += 2;
      }
    }
    w.text(text.substring(from));
  }

  private void time(LocalDate date) {
    w.start("time").attr("datetime", date.toString()).text(labels.date(date)).end("time");
  }

  private void people(List<Person> people) {
    for (int i = 0; i < people.size(); i++) {
      if (i > 0) {
        w.text(i == people.size() - 1 ? " " + labels.get("and") + " " : ", ");
      }
      Person person = people.get(i);
      Optional<String> href = person.url().flatMap(Urls::safeLink);
      if (href.isPresent()) {
        w.start("a").attr("href", href.get()).text(person.displayName()).end("a");
      } else {
        w.text(person.displayName());
      }
    }
  }

  private void figure(String src, String alt, Optional<String> caption, String cssClass) {
    Optional<String> resolved = options.imageSource().apply(src).flatMap(Urls::safeImage);
    w.start("figure").attr("class", resolved.isPresent() ? cssClass : cssClass + " cp-figure-missing").newline();
    if (resolved.isPresent()) {
      w.empty("img").attr("src", resolved.get()).attr("alt", alt);
      options.imageSize().apply(src).ifPresent(size ->
          w.attr("width", String.valueOf(size.width())).attr("height", String.valueOf(size.height())));
      if (!epub && !cssClass.contains("cp-lead")) {
        w.attr("loading", "lazy").attr("decoding", "async"); // the lead image loads at once: it is the largest paint
      }
      w.newline();
    } else {
      warn("image-left-out",
          "the image '" + src + "' is not shown: " + (UrlPolicy.isSafeImage(src)
              ? "it could not be found" : "only http, https and relative image addresses are allowed"),
          "use an image file next to the article or an https address");
      w.start("p").attr("class", "cp-image-missing")
          .text(labels.format("imageMissing", alt.isBlank() ? src : alt)).end("p").newline();
    }
    if (caption.isPresent()) {
      w.start("figcaption").text(caption.get()).end("figcaption").newline();
    }
    w.end("figure").newline();
  }

  private void warn(String code, String message, String hint) {
    String source = article.source().map(Object::toString).orElse(article.slug());
    options.warnings().accept(Problem.warning(code, source, 0, 0, message, hint));
  }

  /** {@link PlainText#wordCount} with a fast path for ASCII; the same count for every text. */
  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int cp;
      boolean letterOrDigit;
      if (c < 0x80) {
        cp = c;
        i++;
        letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      } else {
        cp = text.codePointAt(i);
        i += Character.charCount(cp);
        letterOrDigit = Character.isLetterOrDigit(cp);
      }
      boolean part = letterOrDigit || inWord && (cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2011');
      if (part && !inWord) {
        words++;
      }
      inWord = part;
    }
    return words;
  }

  private static String key(String term) {
    return term.toLowerCase(Locale.ROOT);
  }

  /** Visits blocks and inlines; kept private so the public API stays the write methods. */
  private final class Writer implements BlockVisitor<Void>, InlineVisitor<Void> {

    @Override
    public Void visit(Paragraph paragraph) {
      w.start("p");
      writeInlines(w, paragraph.content());
      w.end("p").newline();
      return null;
    }

    @Override
    public Void visit(BulletList list) {
      w.start("ul").newline();
      items(list.items());
      w.end("ul").newline();
      return null;
    }

    @Override
    public Void visit(OrderedList list) {
      w.start("ol");
      if (list.start() != 1) {
        w.attr("start", String.valueOf(list.start()));
      }
      w.newline();
      items(list.items());
      w.end("ol").newline();
      return null;
    }

    private void items(List<ListItem> items) {
      for (ListItem item : items) {
        w.start("li");
        List<Block> blocks = item.blocks();
        if (blocks.get(0) instanceof Paragraph) {
          writeInlines(w, ((Paragraph) blocks.get(0)).content()); // a tight item: its text without <p>
          if (blocks.size() > 1) {
            w.newline();
            writeBlocks(w, blocks.subList(1, blocks.size()));
          }
        } else {
          w.newline();
          writeBlocks(w, blocks);
        }
        w.end("li").newline();
      }
    }

    @Override
    public Void visit(Quote quote) {
      w.start("blockquote").newline();
      writeBlocks(w, quote.blocks());
      w.end("blockquote").newline();
      return null;
    }

    @Override
    public Void visit(Callout callout) {
      String kind = callout.kind().id();
      w.start("div").attr("class", "cp-callout cp-callout-" + kind).attr("role", "note").newline();
      w.start("p").attr("class", "cp-callout-label").start("strong").text(labels.get("callout." + kind))
          .end("strong").end("p").newline();
      writeBlocks(w, callout.blocks());
      w.end("div").newline();
      return null;
    }

    @Override
    public Void visit(Figure figure) {
      figure(figure.src(), figure.alt(), figure.caption(), "cp-figure");
      return null;
    }

    @Override
    public Void visit(Table table) {
      // A wide table scrolls inside its own box; the box is focusable so keyboard users can scroll it.
      w.start("div").attr("class", "cp-table");
      if (!epub) {
        w.attr("role", "region").attr("tabindex", "0");
        if (table.caption().isPresent()) {
          w.attr("aria-label", table.caption().get());
        } else {
          List<String> names = new ArrayList<>();
          table.header().cells().forEach(c -> names.add(PlainText.of(c.content())));
          w.attr("aria-label", String.join(", ", names));
        }
      }
      w.newline();
      w.start("table").newline();
      if (table.caption().isPresent()) {
        w.element("caption", table.caption().get()).newline();
      }
      w.start("thead").newline();
      row(table, table.header(), true);
      w.end("thead").newline();
      if (!table.rows().isEmpty()) {
        w.start("tbody").newline();
        for (TableRow row : table.rows()) {
          row(table, row, false);
        }
        w.end("tbody").newline();
      }
      w.end("table").newline();
      w.end("div").newline();
      return null;
    }

    private void row(Table table, TableRow row, boolean header) {
      w.start("tr");
      List<TableCell> cells = row.cells();
      for (int i = 0; i < cells.size(); i++) {
        String tag = header ? "th" : "td";
        w.start(tag);
        if (header) {
          w.attr("scope", "col");
        }
        Table.Alignment alignment = table.alignments().get(i);
        if (alignment == Table.Alignment.CENTER || alignment == Table.Alignment.RIGHT) {
          w.attr("class", "cp-align-" + alignment.id());
        }
        writeInlines(w, cells.get(i).content());
        w.end(tag);
      }
      w.end("tr").newline();
    }

    @Override
    public Void visit(CodeBlock codeBlock) {
      w.start("pre").start("code");
      if (codeBlock.language().isPresent()) {
        String language = codeBlock.language().get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#-]+", "-");
        if (!language.isEmpty()) {
          w.attr("class", "language-" + language);
        }
      }
      w.text(codeBlock.code()).end("code").end("pre").newline();
      return null;
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
      w.empty("hr").newline();
      return null;
    }

    private void wrap(String tag, List<Inline> content) {
      w.start(tag);
      writeInlines(w, content);
      w.end(tag);
    }

    @Override
    public Void visit(Text text) {
      w.text(text.text());
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
      w.start("code").text(code.code()).end("code");
      return null;
    }

    @Override
    public Void visit(Link link) {
      Optional<String> href = Optional.empty();
      if (linkDepth == 0) {
        href = options.linkTarget().apply(link.url()).flatMap(Urls::safeLink);
        if (href.isEmpty()) {
          warn("link-left-out",
              "the link to '" + link.url() + "' is shown as text: " + (UrlPolicy.isSafeLink(link.url())
                  ? "its target is not available here" : "only http, https, mailto and relative links are allowed"),
              "link to an http(s) or mailto address, or to a page by a relative path");
        }
      }
      if (href.isEmpty()) {
        writeInlines(w, link.content());
        return null;
      }
      w.start("a").attr("href", href.get());
      link.title().ifPresent(title -> w.attr("title", title));
      linkDepth++;
      writeInlines(w, link.content());
      linkDepth--;
      w.end("a");
      return null;
    }

    @Override
    public Void visit(LineBreak lineBreak) {
      w.empty("br");
      return null;
    }

    @Override
    public Void visit(FootnoteReference reference) {
      int number = article.footnoteNumber(reference.label());
      if (number == 0) {
        warn("footnote-missing", "the footnote '" + reference.label() + "' is referred to but does not exist",
            "add [^" + reference.label() + "]: … or remove the reference");
        return null;
      }
      if (linkDepth > 0) {
        w.start("sup").text(String.valueOf(number)).end("sup");
        return null;
      }
      int count = noteRefCounts.merge(reference.label(), 1, Integer::sum);
      String refId = options.idPrefix() + (count == 1 ? "fnref-" + number : "fnref-" + number + "-" + count);
      w.start("sup").attr("class", "cp-noteref").start("a").attr("id", refId)
          .attr("href", "#" + options.idPrefix() + "fn-" + number)
          .attr("aria-label", labels.format("footnoteRef", number));
      if (epub) {
        w.attr("epub:type", "noteref").attr("role", "doc-noteref");
      }
      w.text(String.valueOf(number)).end("a").end("sup");
      return null;
    }

    @Override
    public Void visit(GlossaryTerm term) {
      String termId = termIds.get(key(term.term()));
      if (termId == null || linkDepth > 0 || !termsWritten.add(termId)) {
        writeInlines(w, term.content());
        return null;
      }
      w.start("a").attr("class", "cp-term").attr("href", "#" + options.idPrefix() + termId);
      if (epub) {
        w.attr("epub:type", "glossref").attr("role", "doc-glossref");
      }
      linkDepth++;
      writeInlines(w, term.content());
      linkDepth--;
      w.end("a");
      return null;
    }
  }
}
