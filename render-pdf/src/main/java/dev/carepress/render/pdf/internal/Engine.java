package dev.carepress.render.pdf.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Person;
import dev.carepress.model.Subject;
import dev.carepress.model.Text;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders handouts and booklets: compose, paginate, draw. Immutable and thread-safe; every render
 * has its own state and borrows parsed fonts from the shared cache.
 */
public final class Engine {
  private final Theme theme;
  private final Fonts fonts;
  private final Optional<String> siteUrl;

  /** An engine for one set of options. */
  public Engine(float pageWidth, float pageHeight, boolean largePrint, Fonts fonts, Optional<String> siteUrl) {
    this.theme = new Theme(pageWidth, pageHeight, largePrint);
    this.fonts = fonts;
    this.siteUrl = siteUrl;
  }

  /** Renders one article as a handout. */
  public void renderArticle(Article article, OutputStream out, RenderContext context) throws IOException {
    List<Problem> errors = new ArrayList<>();
    Diagnostics diagnostics = new Diagnostics(context.warnings());
    Shaper shaper = new Shaper(fonts, diagnostics);
    List<Composer.Outline> outline = new ArrayList<>();
    Composer composer = new Composer(theme, shaper, diagnostics, context, errors, outline, Set.of());
    StructNode root = StructNode.document();
    List<Box> boxes = new ArrayList<>();
    composer.article(article, root, "", 1, boxes);
    if (!errors.isEmpty()) {
      throw new ContentException(errors);
    }
    List<Page> pages = new Paginator(theme, pageInfo(article)).paginate(boxes);
    DocumentInfo info = new DocumentInfo(article.title(), article.language(), names(article.metadata().authors()),
        article.metadata().summary(), keywords(article), article.metadata().published().or(article.metadata()::updated),
        article.metadata().modified());
    write(pages, root, outline, info, shaper, out);
  }

  /** Renders a book as one booklet: title page, contents, each article from a new page. */
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    List<Problem> errors = new ArrayList<>();
    Diagnostics diagnostics = new Diagnostics(context.warnings());
    Shaper shaper = new Shaper(fonts, diagnostics);
    List<Composer.Outline> outline = new ArrayList<>();
    Set<String> slugs = book.articles().stream().map(Article::slug).collect(Collectors.toCollection(LinkedHashSet::new));
    Composer composer = new Composer(theme, shaper, diagnostics, context, errors, outline, slugs);
    Labels labels = Labels.forLanguage(book.metadata().language());
    StructNode root = StructNode.document();
    List<Box> boxes = new ArrayList<>();
    float width = theme.contentWidth();
    diagnostics.source(book.source().map(Object::toString).orElse(book.metadata().slug()));

    // title page
    diagnostics.where("the title page");
    Box.Image coverImage = book.metadata().cover()
        .map(cover -> composer.cover(book, cover, root, theme.bodyHeight() * 0.42f)).orElse(null);
    float space = theme.bodyHeight() * (coverImage == null ? 0.22f : 0.03f);
    Box.Text spacer = new Box.Text(List.of(new Line(List.of(), 0f)), 0f, space, 0f);
    spacer.unbreakable = true;
    boxes.add(spacer);
    Style titleStyle = new Style(Fonts.BOLD, theme.h1 * 1.35f, Theme.HEADING, false, false, 0f, root.child("H1"), null,
        null);
    Box.Text title = composer.text(List.of(new Text(book.metadata().title())), titleStyle, 0f, width, 1.15f);
    title.spaceAfter = theme.body;
    title.anchor = "book-top";
    boxes.add(title);
    book.metadata().subtitle().ifPresent(sub -> {
      Box.Text t = composer.text(List.of(new Text(sub)), composer.lead(root.child("P")).withSize(theme.h3),
          0f, width, theme.leading);
      t.spaceAfter = theme.body * 2f;
      boxes.add(t);
    });
    if (!book.metadata().authors().isEmpty()) {
      String by = labels.format("by", labels.joinNames(names(book.metadata().authors())));
      Box.Text t = composer.text(List.of(new Text(by)), composer.lead(root.child("P")), 0f, width, theme.leading);
      t.spaceAfter = theme.body * 0.5f;
      boxes.add(t);
    }
    book.metadata().publisher().ifPresent(p -> boxes.add(
        composer.text(List.of(new Text(p)), composer.small(root.child("P")), 0f, width, theme.leading)));
    if (coverImage != null) {
      boxes.add(coverImage);
    }

    // contents
    PageInfo bookInfo = new PageInfo(book.metadata().title(), "", labels.get("pageOf"));
    boxes.add(new Box.PageBreak(bookInfo));
    diagnostics.where("the table of contents");
    StructNode heading = root.child("H2");
    Box.Text contents = composer.text(List.of(new Text(labels.get("contents"))),
        new Style(Fonts.BOLD, theme.h2, Theme.HEADING, false, false, 0f, heading, null, null), 0f, width, 1.25f);
    contents.anchor = "contents";
    contents.spaceAfter = theme.body;
    contents.keepWithNext = true;
    boxes.add(contents);
    outline.add(new Composer.Outline(1, labels.get("contents"), "contents"));
    StructNode toc = root.child("TOC");
    float numberWidth = theme.body * 3.5f;
    for (Article article : book.articles()) {
      StructNode item = toc.child("TOCI");
      StructNode link = item.child("Link");
      String anchor = composer.bookAnchor(article.slug());
      Style style = composer.body(null).withLink(link, "#" + anchor, article.title()).withColor(Theme.TEXT);
      style = new Style(style.role(), style.size(), style.color(), false, false, 0f, link, style.link(), style.linkText());
      Box.Text entry = composer.text(List.of(new Text(article.title())), style, 0f, width - numberWidth,
          theme.leading);
      entry.tocAnchor = anchor;
      entry.tocStyle = style.withRole(Fonts.BOLD);
      entry.tocRight = width;
      entry.spaceAfter = theme.body * 0.45f;
      boxes.add(entry);
    }

    // the articles
    for (Article article : book.articles()) {
      boxes.add(new Box.PageBreak(pageInfo(article)));
      StructNode art = root.child("Art");
      art.lang = article.language();
      String prefix = "article-" + article.slug() + "-";
      outline.add(new Composer.Outline(1, article.title(), prefix + "top"));
      composer.article(article, art, prefix, 2, boxes);
    }
    if (!errors.isEmpty()) {
      throw new ContentException(errors);
    }
    List<Page> pages = new Paginator(theme, new PageInfo("", "", labels.get("pageOf"))).paginate(boxes);
    List<String> keywords = book.articles().stream().flatMap(a -> keywords(a).stream()).distinct()
        .collect(Collectors.toList());
    DocumentInfo info = new DocumentInfo(book.metadata().title(), book.metadata().language(),
        names(book.metadata().authors()), book.metadata().subtitle(), keywords,
        book.articles().stream().flatMap(a -> a.metadata().published().stream()).min(Comparable::compareTo),
        book.articles().stream().flatMap(a -> a.metadata().modified().stream()).max(Comparable::compareTo));
    write(pages, root, outline, info, shaper, out);
  }

  private void write(List<Page> pages, StructNode root, List<Composer.Outline> outline, DocumentInfo info,
      Shaper shaper, OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    new PdfWriter(theme, fonts, shaper, siteUrl).write(pages, root, outline, info, buffer);
    buffer.writeTo(out); // nothing reaches the caller's stream unless the whole document was made
  }

  private static PageInfo pageInfo(Article article) {
    Labels labels = Labels.forLanguage(article.language());
    String reviewed = article.metadata().lastReviewed()
        .map(d -> labels.format("lastReviewed", labels.date(d))).orElse("");
    return new PageInfo(article.title(), reviewed, labels.get("pageOf"));
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::displayName).collect(Collectors.toList());
  }

  private static List<String> keywords(Article article) {
    LinkedHashSet<String> words = new LinkedHashSet<>(article.metadata().tags());
    article.metadata().about().stream().map(Subject::name).forEach(words::add);
    return new ArrayList<>(words);
  }
}
