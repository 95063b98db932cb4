package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.Section;
import dev.carepress.text.UrlPolicy;
import dev.carepress.render.html.markup.ArticleMarkup;
import dev.carepress.render.html.markup.Dialect;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The content document of one article, written with render-html's shared polyglot writer ({@link
 * ArticleMarkup} in its EPUB dialect), so the e-book shows exactly the parts of the web page. This
 * class adds what only an EPUB needs: the XHTML document around the article, a chapter wrapper,
 * links resolved inside the book, and packed image paths.
 */
public final class MarkupChapterWriter implements ChapterWriter {
  @Override
  public void write(Article article, ChapterContext context, StringBuilder out) {
    Article safe = withEpubSafeUrls(article);
    ArticleMarkup markup = ArticleMarkup.of(safe, context.labels(), options(safe, context));
    MarkupWriter w = MarkupWriter.to(out);
    String language = article.language();
    w.trusted("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    w.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
        .attr("lang", language).attr("xml:lang", language);
    if (article.metadata().rightToLeft()) {
      w.attr("dir", "rtl");
    }
    w.newline().start("head").newline();
    w.element("title", article.title()).newline();
    w.empty("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", context.stylesheetHref())
        .newline();
    w.end("head").newline();
    w.start("body").attr("epub:type", "bodymatter").newline();
    w.start("section").attr("class", "cp-article").attr("epub:type", "chapter").attr("role", "doc-chapter")
        .attr("aria-labelledby", markup.id("title")).newline();
    // the parts in the order of ArticleMarkup.writeArticle, inside the chapter wrapper
    markup.writeHeader(w);
    markup.writeKeyPoints(w);
    markup.writeLeadImage(w);
    markup.writeIntroduction(w);
    markup.writeSections(w);
    markup.writeGlossary(w);
    markup.writeFootnotes(w);
    markup.writeReferences(w);
    markup.writeRelated(w);
    markup.writeFooter(w);
    w.end("section").newline();
    w.end("body").newline().end("html").newline();
  }

  private static MarkupOptions options(Article article, ChapterContext context) {
    Set<String> ids = documentIds(article);
    return MarkupOptions.builder()
        .dialect(Dialect.EPUB)
        .sectionLinks(false)
        .tableOfContentsMinimum(Integer.MAX_VALUE) // the book's navigation document lists the sections
        .imageSource(context::imageHref)
        .linkTarget(url -> linkTarget(url, article, ids, context))
        .relatedLink(link -> link.slug().flatMap(context::articleHref).or(() -> link.url().flatMap(Urls::external)))
        // an image left out was already reported by Images, saying why an EPUB cannot show it
        .warnings(problem -> {
          if (!problem.code().equals("image-left-out")) {
            context.warnings().accept(problem);
          }
        })
        .build();
  }

  /**
   * Where an inline link points in the e-book: the web ({@code http}, {@code https}, {@code
   * mailto}, when the URL is well-formed), a part of this article, or another article of the book
   * named by its file or slug. Anything else would be a broken link in the container, so it is text.
   */
  static Optional<String> linkTarget(String url, Article article, Set<String> ids, ChapterContext context) {
    if (UrlPolicy.hasScheme(url) || url.strip().startsWith("//")) {
      return Urls.external(url.strip().startsWith("//") ? "https:" + url.strip() : url);
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
    if (name.equals(article.slug())) {
      return ids.contains(fragment) || fragment.isEmpty()
          ? Optional.of("#" + Urls.fragment(fragment.isEmpty() ? "title" : fragment)) : Optional.empty();
    }
    return context.articleHref(name);
  }

  /** The ids a link inside the article may target: its sections and the parts ArticleMarkup writes. */
  private static Set<String> documentIds(Article article) {
    Set<String> ids = new HashSet<>();
    article.allSections().map(Section::id).forEach(ids::add);
    ids.add("title");
    Metadata m = article.metadata();
    if (!article.keyPoints().isEmpty()) {
      ids.add("key-points");
    }
    if (!article.glossary().isEmpty()) {
      ids.add("glossary");
    }
    if (!article.footnotes().isEmpty()) {
      ids.add("footnotes");
    }
    if (!article.references().isEmpty()) {
      ids.add("references");
    }
    if (!article.related().isEmpty()) {
      ids.add("related");
    }
    if (m.lastReviewed().isPresent() || m.nextReview().isPresent()) {
      ids.add("review");
    }
    if (article.disclaimer().isPresent()) {
      ids.add("disclaimer");
    }
    return ids;
  }

  /**
   * The article with the web addresses ArticleMarkup links directly (references, authors,
   * reviewers) kept only when they work in an e-book: a relative or malformed address would be a
   * broken link in the container.
   */
  static Article withEpubSafeUrls(Article article) {
    Metadata m = article.metadata();
    List<Person> authors = m.authors().stream().map(MarkupChapterWriter::safe).toList();
    List<Person> reviewers = m.reviewers().stream().map(MarkupChapterWriter::safe).toList();
    List<Reference> references = article.references().stream()
        .map(r -> new Reference(r.title(), r.url().flatMap(Urls::external), r.publisher(), r.year()))
        .toList();
    if (authors.equals(m.authors()) && reviewers.equals(m.reviewers()) && references.equals(article.references())) {
      return article;
    }
    Metadata metadata = new Metadata(
        m.title(), m.subtitle(), m.slug(), m.summary(), m.language(), m.category(), m.breadcrumb(), m.tags(),
        m.published(), m.updated(), m.lastReviewed(), m.nextReview(), m.views(), authors, reviewers, m.audience(),
        m.about(), m.image(), m.url());
    return new Article(metadata, article.introduction(), article.sections(), article.keyPoints(), article.glossary(),
        article.footnotes(), references, article.related(), article.disclaimer(), article.source());
  }

  private static Person safe(Person person) {
    return new Person(person.name(), person.credentials(), person.url().flatMap(Urls::external));
  }
}
