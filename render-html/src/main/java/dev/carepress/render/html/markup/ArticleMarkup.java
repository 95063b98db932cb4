package dev.carepress.render.html.markup;

import dev.carepress.model.Article;
import dev.carepress.model.Crumb;
import dev.carepress.render.Labels;
import dev.carepress.render.html.internal.markup.ArticlePlan;
import dev.carepress.render.html.internal.markup.BodyWriter;
import dev.carepress.render.html.internal.markup.DocumentState;
import dev.carepress.render.html.internal.markup.FooterWriter;
import dev.carepress.render.html.internal.markup.FootnotesWriter;
import dev.carepress.render.html.internal.markup.GlossaryWriter;
import dev.carepress.render.html.internal.markup.HeaderWriter;
import dev.carepress.render.html.internal.markup.NavigationWriter;
import dev.carepress.render.html.internal.markup.ReferencesWriter;
import dev.carepress.render.html.internal.markup.Target;
import java.util.List;

/**
 * Writes one article, or its parts, as polyglot markup into one document: the HTML pages and the
 * EPUB content documents are both made of these parts.
 *
 * <pre>{@code
 * ArticleMarkup markup = ArticleMarkup.of(article, MarkupOptions.defaults());
 * markup.writeArticle(MarkupWriter.to(out));   // the whole <article>
 * }</pre>
 *
 * <p>{@link #writeArticle} writes, in order: {@link #writeHeader}, {@link #writeKeyPoints}, {@link
 * #writeLeadImage}, {@link #writeTableOfContents}, {@link #writeIntroduction}, {@link
 * #writeSections}, {@link #writeGlossary}, {@link #writeFootnotes}, {@link #writeReferences},
 * {@link #writeRelated} and {@link #writeFooter}. A container that wants other wrappers (an EPUB
 * chapter) calls the parts itself; the body (introduction and sections) must come before the
 * glossary and footnotes, whose links depend on it.
 *
 * <p>Ids: the title is {@code title}, the generated parts {@code key-points}, {@code contents},
 * {@code glossary}, {@code footnotes}, {@code references}, {@code related}, {@code review} and
 * {@code disclaimer} (each {@code cp-} first if a section already has that id), footnotes {@code
 * fn-N}, their references {@code fnref-N} ({@code fnref-N-2} for a second one), glossary entries
 * {@code term-<slug>}, sections their own id; all behind {@link MarkupOptions#idPrefix()}.
 *
 * <p>An instance is one document: it remembers which footnotes were referred to and which glossary
 * terms are linked, so make one per document (it is cheap) and use it from one thread.
 */
public final class ArticleMarkup {
  private final ArticlePlan plan;
  private final DocumentState state = new DocumentState();

  private ArticleMarkup(Article article, Labels labels, MarkupOptions options) {
    this.plan = new ArticlePlan(article, labels, options);
  }

  /** A writer of the article with the labels of its language. */
  public static ArticleMarkup of(Article article, MarkupOptions options) {
    return new ArticleMarkup(article, Labels.forLanguage(article.language()), options);
  }

  /** A writer of the article with the given labels (the article's language, with any overrides). */
  public static ArticleMarkup of(Article article, Labels labels, MarkupOptions options) {
    return new ArticleMarkup(article, labels, options);
  }

  /**
   * The id written for a generated part ({@code title}, {@code key-points}, {@code contents},
   * {@code glossary}, {@code footnotes}, {@code references}, {@code related}, {@code review}, {@code
   * disclaimer}) or, for anything else (a section's id), the given id; with the prefix.
   */
  public String id(String name) {
    return plan.id(name);
  }

  /** Writes the whole {@code <article>} element, labelled by its title. */
  public void writeArticle(MarkupWriter out) {
    out.start("article").attr("class", "cp-article").attr("aria-labelledby", id("title")).newline();
    Target target = target(out);
    HeaderWriter.write(target);
    BodyWriter.keyPoints(target);
    BodyWriter.leadImage(target);
    NavigationWriter.contents(target);
    BodyWriter.introduction(target);
    BodyWriter.sections(target);
    GlossaryWriter.write(target);
    FootnotesWriter.write(target);
    ReferencesWriter.references(target);
    ReferencesWriter.related(target);
    FooterWriter.write(target);
    out.end("article").newline();
  }

  /**
   * Writes a breadcrumb trail as a {@code <nav>} with an ordered list, the last step marked as the
   * current page; nothing for an empty trail. The article's own trail is {@code
   * article.metadata().breadcrumb()}; a container may make its own.
   */
  public void writeBreadcrumb(MarkupWriter out, List<Crumb> crumbs) {
    NavigationWriter.breadcrumb(target(out), crumbs);
  }

  /**
   * Writes the {@code <header>}: category, the title as the one heading one level above the
   * sections, subtitle, summary, authors, the "medically reviewed by … on …" line, and a line of
   * dates, views and reading time.
   */
  public void writeHeader(MarkupWriter out) {
    HeaderWriter.write(target(out));
  }

  /** Writes the key points as a labelled box with a bullet list; nothing when there are none. */
  public void writeKeyPoints(MarkupWriter out) {
    BodyWriter.keyPoints(target(out));
  }

  /** Writes the lead image as a figure, if the article has one. */
  public void writeLeadImage(MarkupWriter out) {
    BodyWriter.leadImage(target(out));
  }

  /**
   * Writes a table of contents ({@code <nav>}) of the sections and their subsections, when there
   * are at least {@link MarkupOptions#tableOfContentsMinimum()} sections.
   */
  public void writeTableOfContents(MarkupWriter out) {
    NavigationWriter.contents(target(out));
  }

  /** Writes the introduction's blocks. */
  public void writeIntroduction(MarkupWriter out) {
    BodyWriter.introduction(target(out));
  }

  /** Writes every section as {@code <section id>} with its heading, blocks and subsections nested. */
  public void writeSections(MarkupWriter out) {
    BodyWriter.sections(target(out));
  }

  /** Writes the glossary as a definition list with each term in {@code <dfn>}; nothing when empty. */
  public void writeGlossary(MarkupWriter out) {
    GlossaryWriter.write(target(out));
  }

  /**
   * Writes the footnotes, numbered in the article's order, each with links back to where it was
   * referred to: an ordered list in HTML, one {@code <aside epub:type="footnote">} each in EPUB.
   */
  public void writeFootnotes(MarkupWriter out) {
    FootnotesWriter.write(target(out));
  }

  /** Writes the references as an ordered list: title (linked when it has a safe URL), publisher, year. */
  public void writeReferences(MarkupWriter out) {
    ReferencesWriter.references(target(out));
  }

  /** Writes related content as a list of links, each with its summary. */
  public void writeRelated(MarkupWriter out) {
    ReferencesWriter.related(target(out));
  }

  /**
   * Writes the article's {@code <footer>}: when it was last reviewed and is next due for review,
   * and the disclaimer; nothing when it has none of them.
   */
  public void writeFooter(MarkupWriter out) {
    FooterWriter.write(target(out));
  }

  private Target target(MarkupWriter out) {
    return new Target(plan, state, out);
  }
}
