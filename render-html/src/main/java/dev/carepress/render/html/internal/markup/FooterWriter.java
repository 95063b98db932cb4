package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import dev.carepress.render.html.markup.MarkupWriter;

/**
 * Writes the article's {@code <footer>}: when it was last reviewed and is next due for review, and
 * the disclaimer; nothing when it has none of them.
 */
public final class FooterWriter {
  private FooterWriter() {}

  public static void write(Target target) {
    Article article = target.plan().article();
    Metadata meta = article.metadata();
    boolean review = meta.lastReviewed().isPresent() || meta.nextReview().isPresent();
    if (!review && article.disclaimer().isEmpty()) {
      return;
    }
    MarkupWriter out = target.out();
    out.start("footer").attr("class", "cp-footer").newline();
    if (review) {
      out.start("p").attr("class", "cp-review").attr("id", target.plan().id("review"));
      meta.lastReviewed().ifPresent(d -> LabelMarkup.write(target, "lastReviewed", () -> LabelMarkup.time(target, d)));
      if (meta.lastReviewed().isPresent() && meta.nextReview().isPresent()) {
        out.empty("br");
      }
      meta.nextReview().ifPresent(d -> LabelMarkup.write(target, "nextReview", () -> LabelMarkup.time(target, d)));
      out.end("p").newline();
    }
    if (article.disclaimer().isPresent()) {
      out.start("p").attr("class", "cp-disclaimer").attr("id", target.plan().id("disclaimer"))
          .text(article.disclaimer().get()).end("p").newline();
    }
    out.end("footer").newline();
  }
}
