package dev.carepress.render.pdf.internal;

import dev.carepress.Problem;
import dev.carepress.render.ImageProblems;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Image;
import dev.carepress.render.Labels;
import dev.carepress.render.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a book into one booklet's boxes: a title page (with the cover, if any), the table of
 * contents, then each article from a new page, tagged Art in its own language. The title page and
 * contents take the book's direction, each article its own (its pages are mirrored when it is right
 * to left, see {@link Mirror}).
 */
final class BookComposer {
  private final Composition composition;
  private final Theme theme;

  BookComposer(Composition composition) {
    this.composition = composition;
    this.theme = composition.theme;
  }

  void compose(Book book, StructNode root, List<Box> out) {
    Labels labels = composition.labels(book.metadata().language());
    composition.diagnostics.source(book.source().map(Object::toString).orElse(book.metadata().slug()));
    boolean rtl = book.metadata().rightToLeft();
    composition.typesetter.language(book.metadata().language(), rtl);
    composition.diagnostics.where("the title page");
    titlePage(book, labels, root, out);
    out.add(new Box.PageBreak(new PageInfo(book.metadata().title(), "", labels.get("pageOf"), rtl)));
    composition.diagnostics.where("the table of contents");
    contents(book, labels, root, out);
    ArticleComposer articles = new ArticleComposer(composition);
    for (Article article : book.articles()) {
      out.add(new Box.PageBreak(PageInfo.of(article, composition.labels(article.language()))));
      StructNode art = root.child("Art");
      art.lang = article.language();
      composition.outline(new Outline(1, article.title(), Anchors.article(article.slug())));
      articles.compose(article, art, Anchors.articlePrefix(article.slug()), 2, out);
    }
  }

  private void titlePage(Book book, Labels labels, StructNode root, List<Box> out) {
    float width = theme.page().contentWidth();
    float leading = theme.type().leading();
    Typesetter typesetter = composition.typesetter;
    Box.Image coverImage = book.metadata().cover().map(cover -> cover(book, cover, root)).orElse(null);
    float drop = coverImage == null ? theme.heights().titleDrop() : theme.heights().titleDropWithCover();
    Box.Text spacer = new Box.Text(List.of(new Line(List.of(), 0f)), 0f, drop, 0f);
    spacer.unbreakable = true;
    out.add(spacer);
    Style titleStyle = Style.plain(Fonts.BOLD, theme.type().bookTitle(), Palette.HEADING, root.child("H1"));
    Box.Text title = typesetter.text(book.metadata().title(), titleStyle, 0f, width, theme.type().titleLeading());
    title.spaceAfter = theme.space().bookTitleAfter();
    title.anchor = "book-top";
    out.add(title);
    book.metadata().subtitle().ifPresent(sub -> {
      Style style = composition.styles.lead(root.child("P")).withSize(theme.type().h3());
      Box.Text t = typesetter.text(sub, style, 0f, width, leading);
      t.spaceAfter = theme.space().bookSubtitleAfter();
      out.add(t);
    });
    if (!book.metadata().authors().isEmpty()) {
      List<String> names = book.metadata().authors().stream().map(labels::displayName).collect(Collectors.toList());
      String by = labels.format("by", labels.joinNames(names));
      Box.Text t = typesetter.text(by, composition.styles.lead(root.child("P")), 0f, width, leading);
      t.spaceAfter = theme.space().bookAuthorsAfter();
      out.add(t);
    }
    book.metadata().publisher().ifPresent(p -> out.add(
        typesetter.text(p, composition.styles.small(root.child("P")), 0f, width, leading)));
    if (coverImage != null) {
      out.add(coverImage);
    }
  }

  /** The book's cover for its title page, or null (and an error) when it cannot be found. */
  private Box.Image cover(Book book, Image cover, StructNode parent) {
    Optional<Resource> found = Images.find(composition.context, book.source(), cover.src());
    ImageInfo info = found.map(r -> ImageInfo.read(r.bytes())).orElse(null);
    if (info == null && found.isPresent()) {
      String where = book.source().map(Path::toString).orElse(book.metadata().slug());
      composition.error(ImageProblems.notAnImage(where, cover.src(), "book '" + book.metadata().slug() + "'",
          found.get()));
      return null;
    }
    if (info == null) {
      String where = book.source().map(Path::toString).orElse(book.metadata().slug());
      composition.error(Problem.error("image-not-found", where, 0, 0,
          "the cover '" + cover.src() + "' of book '" + book.metadata().slug() + "' "
              + (found.isEmpty() ? "cannot be found" : "is not a PNG or JPEG image"),
          "put a PNG or JPEG at that path relative to the book file, or remove the cover"));
      return null;
    }
    if (info.tooLarge()) {
      String where = book.source().map(Path::toString).orElse(book.metadata().slug());
      composition.error(info.tooLargeError(where,
          "the cover '" + cover.src() + "' of book '" + book.metadata().slug() + "'"));
      return null;
    }
    Images.Size size = Images.fit(info, theme.page().contentWidth(), theme.heights().cover());
    StructNode node = null;
    if (!cover.alt().isBlank()) {
      node = parent.child("Figure");
      node.alt = cover.alt();
    }
    Box.Image image = new Box.Image(0f, size.width(), size.height(), found.get().bytes(), "cover:" + cover.src(), node);
    image.spaceBefore = theme.space().coverBefore();
    return image;
  }

  /** The table of contents: each article's title linked to it, its page number right, dot leaders between. */
  private void contents(Book book, Labels labels, StructNode root, List<Box> out) {
    float width = theme.page().contentWidth();
    Style headingStyle = Style.plain(Fonts.BOLD, theme.type().h2(), Palette.HEADING, root.child("H2"));
    Box.Text contents = composition.typesetter.text(labels.get("contents"), headingStyle, 0f, width,
        theme.type().headingLeading());
    contents.anchor = "contents";
    contents.spaceAfter = theme.space().contentsAfter();
    contents.keepWithNext = true;
    out.add(contents);
    composition.outline(new Outline(1, labels.get("contents"), "contents"));
    StructNode toc = root.child("TOC");
    for (Article article : book.articles()) {
      StructNode link = toc.child("TOCI").child("Link");
      String anchor = Anchors.article(article.slug());
      // a link, but not underlined: the whole entry is the link
      Style style = new Style(Fonts.REGULAR, theme.type().body(), Palette.TEXT, false, false, 0f, link, "#" + anchor,
          article.title());
      Box.Text entry = composition.typesetter.text(article.title(), style, 0f,
          width - theme.indents().pageNumberColumn(), theme.type().leading());
      entry.tocAnchor = anchor;
      entry.tocStyle = style.withRole(Fonts.BOLD);
      entry.tocRight = width;
      entry.spaceAfter = theme.space().entryAfter();
      out.add(entry);
    }
  }
}
