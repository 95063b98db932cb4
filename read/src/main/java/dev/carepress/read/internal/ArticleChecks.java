package dev.carepress.read.internal;

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
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import dev.carepress.text.UrlPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of a finished article that do not depend on how it was written: unsafe URLs, images
 * without alt text, footnote references without a footnote, glossary terms not in the glossary,
 * reserved section ids, dates out of order. Readers run them with the positions they recorded; an
 * article made in code gets them without positions (through {@code ArticleValidator}).
 */
public final class ArticleChecks {
  private final Article article;
  private final Positions positions;
  private final Pos fallback;
  private final Diagnostics diagnostics;
  private final Set<String> footnoteLabels = new HashSet<>();
  private final Set<String> referenced = new HashSet<>();

  private ArticleChecks(Article article, Positions positions, Pos fallback, Diagnostics diagnostics) {
    this.article = article;
    this.positions = positions;
    this.fallback = fallback;
    this.diagnostics = diagnostics;
  }

  /** Runs every check, reporting at the recorded positions (else at {@code fallback}). */
  public static void run(Article article, Positions positions, Pos fallback, Diagnostics diagnostics) {
    new ArticleChecks(article, positions, fallback, diagnostics).run();
  }

  private void run() {
    article.footnotes().forEach(f -> footnoteLabels.add(f.label()));
    metadata(article.metadata());
    for (KeyPoint point : article.keyPoints()) {
      inlines(point.content(), pos(point));
    }
    blocks(article.introduction(), fallback);
    article.allSections().forEach(this::section);
    for (Footnote footnote : article.footnotes()) {
      blocks(footnote.blocks(), pos(footnote));
    }
    for (Footnote footnote : article.footnotes()) {
      if (!referenced.contains(footnote.label())) {
        diagnostics.warning(
            "unused-footnote", pos(footnote), "the footnote '" + footnote.label() + "' is never referred to",
            "refer to it from the text or remove it");
      }
    }
    for (Reference reference : article.references()) {
      reference.url().ifPresent(url -> url(url, pos(reference), "the reference '" + reference.title() + "'"));
    }
    for (RelatedLink link : article.related()) {
      link.url().ifPresent(url -> url(url, pos(link), "the related link '" + link.title() + "'"));
      if (link.slug().filter(article.slug()::equals).isPresent()) {
        diagnostics.warning(
            "related-self", pos(link), "the related link '" + link.title() + "' points to this article itself",
            "point it to another article's slug");
      }
    }
  }

  private void metadata(Metadata metadata) {
    for (Crumb crumb : metadata.breadcrumb()) {
      crumb.url().ifPresent(url -> url(url, pos(crumb), "the breadcrumb step '" + crumb.label() + "'"));
    }
    for (Person person : metadata.authors()) {
      person.url().ifPresent(url -> url(url, pos(person), "the author " + person.name()));
    }
    for (Person person : metadata.reviewers()) {
      person.url().ifPresent(url -> url(url, pos(person), "the reviewer " + person.name()));
    }
    metadata.image().ifPresent(this::image);
    if (metadata.published().isPresent() && metadata.updated().isPresent()
        && metadata.updated().get().isBefore(metadata.published().get())) {
      diagnostics.warning(
          "date-order", fallback, "the article was updated (" + metadata.updated().get() + ") before it was published ("
              + metadata.published().get() + ")",
          "check the dates 'published' and 'updated'");
    }
    if (metadata.lastReviewed().isPresent() && metadata.nextReview().isPresent()
        && metadata.nextReview().get().isBefore(metadata.lastReviewed().get())) {
      diagnostics.warning(
          "date-order", fallback, "the next review (" + metadata.nextReview().get() + ") is before the last review ("
              + metadata.lastReviewed().get() + ")",
          "check the dates 'lastReviewed' and 'nextReview'");
    }
  }

  private void image(Image image) {
    Pos pos = pos(image);
    if (!UrlPolicy.isSafeImage(image.src())) {
      diagnostics.warning(
          "unsafe-image", pos, "the image '" + shorten(image.src()) + "' uses the scheme '"
              + UrlPolicy.scheme(image.src()).orElse("") + ":', which is not allowed for images; it will not be shown",
          "use a path relative to the article, or an http or https URL");
    }
    if (image.alt().isBlank()) {
      diagnostics.warning(
          "missing-alt", pos, "the image '" + shorten(image.src()) + "' has no alt text",
          "add alt: with a short description for people who cannot see it");
    }
  }

  private void section(Section section) {
    Pos pos = pos(section);
    if (Slugs.isReserved(section.id())) {
      diagnostics.error(
          "reserved-id", pos, "the section id '" + section.id() + "' is kept for the parts renderers add",
          "choose another id (Slugs.unique gives one that is free)");
    }
    blocks(section.blocks(), pos);
  }

  private void url(String url, Pos pos, String what) {
    if (!UrlPolicy.isSafeLink(url)) {
      diagnostics.warning(
          "unsafe-link", pos, what + " links to '" + shorten(url) + "', whose scheme '"
              + UrlPolicy.scheme(url).orElse("") + ":' is not allowed; it will not be a live link",
          "use an http, https or mailto address, or a relative one");
    }
  }

  private Pos pos(Object node) {
    return positions.of(node, fallback);
  }

  private void blocks(List<Block> blocks, Pos around) {
    for (Block block : blocks) {
      Pos pos = positions.of(block, around);
      block.accept(new BlockVisitor<Void>() {
        @Override public Void visit(Paragraph paragraph) { inlines(paragraph.content(), pos); return null; }
        @Override public Void visit(BulletList list) { items(list.items(), pos); return null; }
        @Override public Void visit(OrderedList list) { items(list.items(), pos); return null; }
        @Override public Void visit(Quote quote) { blocks(quote.blocks(), pos); return null; }
        @Override public Void visit(Callout callout) { blocks(callout.blocks(), pos); return null; }
        @Override public Void visit(Figure figure) {
          if (!UrlPolicy.isSafeImage(figure.src())) {
            diagnostics.warning(
                "unsafe-image", pos, "the image '" + shorten(figure.src()) + "' uses the scheme '"
                    + UrlPolicy.scheme(figure.src()).orElse("") + ":', which is not allowed for images; it will not"
                    + " be shown",
                "use a path relative to the article, or an http or https URL");
          }
          if (figure.alt().isBlank()) {
            diagnostics.warning(
                "missing-alt", pos, "the image '" + shorten(figure.src()) + "' has no alt text",
                "describe the image in the brackets: ![A nurse showing how to use an inhaler](" + shorten(figure.src())
                    + ")");
          }
          return null;
        }
        @Override public Void visit(Table table) {
          row(table.header(), pos);
          table.rows().forEach(r -> row(r, pos));
          return null;
        }
        @Override public Void visit(CodeBlock codeBlock) { return null; }
        @Override public Void visit(ThematicBreak thematicBreak) { return null; }
      });
    }
  }

  private void items(List<ListItem> items, Pos pos) {
    for (ListItem item : items) {
      blocks(item.blocks(), pos);
    }
  }

  private void row(TableRow row, Pos pos) {
    for (TableCell cell : row.cells()) {
      inlines(cell.content(), pos);
    }
  }

  private void inlines(List<Inline> inlines, Pos around) {
    for (Inline inline : inlines) {
      Pos pos = positions.of(inline, around);
      inline.accept(new InlineVisitor<Void>() {
        @Override public Void visit(Text text) { return null; }
        @Override public Void visit(Emphasis emphasis) { inlines(emphasis.content(), pos); return null; }
        @Override public Void visit(Strong strong) { inlines(strong.content(), pos); return null; }
        @Override public Void visit(Strikethrough strike) { inlines(strike.content(), pos); return null; }
        @Override public Void visit(Code code) { return null; }
        @Override public Void visit(Link link) {
          if (link.url().isBlank()) {
            diagnostics.warning(
                "empty-link", pos, "the link '" + shorten(dev.carepress.model.PlainText.of(link.content()))
                    + "' has no target", "write the address in the parentheses: [text](https://…)");
          } else {
            url(link.url(), pos, "the link '" + shorten(dev.carepress.model.PlainText.of(link.content())) + "'");
          }
          inlines(link.content(), pos);
          return null;
        }
        @Override public Void visit(LineBreak lineBreak) { return null; }
        @Override public Void visit(FootnoteReference reference) {
          referenced.add(reference.label());
          if (!footnoteLabels.contains(reference.label())) {
            diagnostics.error(
                "undefined-footnote", pos, "the footnote [^" + reference.label() + "] is referred to but never defined",
                "add a line '[^" + reference.label() + "]: the note's text' at the end of the article");
          }
          return null;
        }
        @Override public Void visit(GlossaryTerm term) {
          if (article.glossary().stream().noneMatch(e -> e.term().equals(term.term()))) {
            diagnostics.error(
                "undefined-term", pos, "the glossary term '" + term.term() + "' is not in the glossary",
                "add it to the glossary or make it plain text");
          }
          inlines(term.content(), pos);
          return null;
        }
      });
    }
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }

}
