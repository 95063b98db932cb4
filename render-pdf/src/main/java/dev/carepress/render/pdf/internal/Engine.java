package dev.carepress.render.pdf.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.Labels;
import dev.carepress.render.UntranslatedLanguages;
import dev.carepress.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders handouts and booklets: compose, paginate, draw. Immutable and thread-safe; every render
 * has its own state and borrows parsed fonts from the shared cache.
 */
public final class Engine {
  private final Theme theme;
  private final Paginator paginator;
  private final Fonts fonts;
  private final Optional<String> footerUrl;
  private final Optional<String> clinicLine;
  private final Map<String, String> labelOverrides;
  private final String calendar;
  private final HandoutExtras extras;

  /**
   * An engine for one set of options.
   *
   * @param footerUrl the URL printed in every page's footer, if any
   * @param labelOverrides label texts replacing Carepress's own, by key (checked by the caller)
   * @param calendar the calendar of dates ({@link Labels#CALENDAR}; checked by the caller)
   * @param extras what a clinic adds to a handout: its details (on page 1 and in every footer) and a QR code
   */
  public Engine(float pageWidth, float pageHeight, boolean largePrint, Fonts fonts, Optional<String> footerUrl,
      Map<String, String> labelOverrides, String calendar, HandoutExtras extras) {
    this.theme = Theme.of(pageWidth, pageHeight, largePrint);
    this.paginator = new Paginator(theme);
    this.fonts = fonts;
    this.footerUrl = extras.footer(footerUrl);
    this.clinicLine = extras.footer(Optional.empty());
    this.extras = extras;
    this.labelOverrides = Map.copyOf(labelOverrides);
    this.calendar = calendar;
  }

  /** Renders one article as a handout. */
  public void renderArticle(Article article, OutputStream out, RenderContext context) throws IOException {
    UntranslatedLanguages.warn(Optional.empty(), List.of(article), context.warnings());
    Composition composition = composition(context, Set.of(), extras);
    StructNode root = StructNode.document();
    List<Box> boxes = new ArrayList<>();
    new ArticleComposer(composition).compose(article, root, "", 1, boxes);
    failOnErrors(composition);
    PageInfo info = PageInfo.of(article, labels(article.language()));
    List<Page> pages = paginator(composition.typesetter, info.rightToLeft()).paginate(boxes, info);
    Mirror.pages(pages, theme.page());
    write(pages, root, composition, DocumentInfo.of(article), out);
  }

  /** Renders a book as one booklet: title page, contents, each article from a new page. */
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    UntranslatedLanguages.warn(Optional.of(book), book.articles(), context.warnings());
    Set<String> slugs = book.articles().stream().map(Article::slug)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Composition composition = composition(context, slugs, HandoutExtras.NONE);
    StructNode root = StructNode.document();
    List<Box> boxes = new ArrayList<>();
    new BookComposer(composition).compose(book, root, boxes);
    failOnErrors(composition);
    PageInfo info = new PageInfo("", "", labels(book.metadata().language()).get("pageOf"),
        book.metadata().rightToLeft());
    List<Page> pages = paginator(composition.typesetter, info.rightToLeft()).paginate(boxes, info);
    Mirror.pages(pages, theme.page());
    write(pages, root, composition, DocumentInfo.of(book), out);
  }

  /**
   * Renders two articles as one bilingual handout: each section of the translation beside the same
   * section of the original in two columns, or after it in large print ({@link BilingualComposer});
   * the whole original, then the whole translation, with a warning, when their sections do not
   * pair. The page furniture and the document's language are the original's.
   */
  public void renderBilingual(Article original, Article translation, OutputStream out, RenderContext context)
      throws IOException {
    UntranslatedLanguages.warn(Optional.empty(), List.of(original, translation), context.warnings());
    boolean paired = BilingualPairing.check(original, translation, context.warnings());
    Diagnostics diagnostics = new Diagnostics(context.warnings());
    Typesetter typesetter = new Typesetter(new Shaper(fonts, diagnostics));
    boolean originalRtl = original.metadata().rightToLeft();
    BilingualLayout layout = BilingualLayout.of(theme.withMarginBottom(footerMargin(typesetter, originalRtl)),
        originalRtl);
    BilingualComposer composer = new BilingualComposer(layout, (columnTheme, handout) ->
        new Composition(columnTheme, typesetter, diagnostics, context, Set.of(), handout, this::labels), extras);
    StructNode root = StructNode.document();
    List<BilingualRow> rows = composer.compose(original, translation, root, paired);
    List<Outline> outline = new ArrayList<>();
    List<Problem> errors = new ArrayList<>();
    for (Composition composition : composer.compositions()) {
      errors.addAll(composition.errors());
      outline.addAll(composition.outline());
    }
    if (!errors.isEmpty()) {
      throw new ContentException(errors);
    }
    PageInfo info = PageInfo.of(original, labels(original.language()));
    List<Page> pages = new BilingualPaginator(layout, originalRtl, translation.metadata().rightToLeft())
        .paginate(rows, info);
    typesetter.language(original.language(), originalRtl); // the running heads are the original's
    write(pages, root, typesetter, outline, DocumentInfo.of(original), out);
  }

  /** The paginator for pages whose footer is drawn in this direction, with room for its lines. */
  private Paginator paginator(Typesetter typesetter, boolean rightToLeft) {
    float margin = footerMargin(typesetter, rightToLeft);
    return margin > theme.page().marginBottom() ? new Paginator(theme.withMarginBottom(margin)) : paginator;
  }

  /** The bottom margin the footer needs (a clinic's line that wraps onto several lines needs more than the theme's). */
  private float footerMargin(Typesetter typesetter, boolean rightToLeft) {
    return new RunningHeads(theme, typesetter, footerUrl, clinicLine).bottomMargin(rightToLeft);
  }

  private Composition composition(RenderContext context, Set<String> bookSlugs, HandoutExtras handout) {
    Diagnostics diagnostics = new Diagnostics(context.warnings());
    Typesetter typesetter = new Typesetter(new Shaper(fonts, diagnostics));
    return new Composition(theme, typesetter, diagnostics, context, bookSlugs, handout, this::labels);
  }

  private Labels labels(String languageTag) {
    return Labels.forRendering(languageTag, calendar, labelOverrides);
  }

  private static void failOnErrors(Composition composition) {
    if (!composition.errors().isEmpty()) {
      throw new ContentException(composition.errors());
    }
  }

  private void write(List<Page> pages, StructNode root, Composition composition, DocumentInfo info,
      OutputStream out) throws IOException {
    write(pages, root, composition.typesetter, composition.outline(), info, out);
  }

  private void write(List<Page> pages, StructNode root, Typesetter typesetter, List<Outline> outline,
      DocumentInfo info, OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    new PdfWriter(theme, fonts, typesetter, footerUrl, clinicLine).write(pages, root, outline, info, buffer);
    buffer.writeTo(out); // nothing reaches the caller's stream unless the whole document was made
  }
}
