package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the article's {@code <header>}: category, title, subtitle, summary, authors, the
 * "medically reviewed by … on …" line, and a line of dates, views and reading time.
 */
public final class HeaderWriter {
  private HeaderWriter() {}

  /** Writes the header. */
  public static void write(Target target) {
    MarkupWriter out = target.out();
    Metadata meta = target.plan().article().metadata();
    out.start("header").attr("class", "cp-header").newline();
    meta.category().ifPresent(category -> category(target, category));
    String h = "h" + (target.options().headingBase() - 1);
    out.start(h).attr("id", target.plan().id("title")).attr("class", "cp-title").text(meta.title()).end(h).newline();
    meta.subtitle().ifPresent(s -> out.start("p").attr("class", "cp-subtitle").text(s).end("p").newline());
    meta.summary().ifPresent(s -> out.start("p").attr("class", "cp-summary").text(s).end("p").newline());
    if (!meta.authors().isEmpty()) {
      out.start("p").attr("class", "cp-byline");
      LabelMarkup.write(target, "by", () -> LabelMarkup.people(target, meta.authors()));
      out.end("p").newline();
    }
    if (!meta.reviewers().isEmpty()) {
      out.start("p").attr("class", "cp-reviewed");
      Runnable reviewers = () -> LabelMarkup.people(target, meta.reviewers());
      if (meta.lastReviewed().isPresent()) {
        LabelMarkup.write(target, "reviewedBy", reviewers, () -> LabelMarkup.time(target, meta.lastReviewed().get()));
      } else {
        LabelMarkup.write(target, "reviewedByUndated", reviewers);
      }
      out.end("p").newline();
    }
    facts(target);
    out.end("header").newline();
  }

  private static void category(Target target, String category) {
    MarkupWriter out = target.out();
    out.start("p").attr("class", "cp-category");
    Optional<String> href = target.options().categoryLink().apply(category).flatMap(Urls::safeLink);
    if (href.isPresent()) {
      out.start("a").attr("href", href.get()).text(category).end("a");
    } else {
      out.text(category);
    }
    out.end("p").newline();
  }

  private static void dated(Target target, String key, java.time.LocalDate date) {
    LabelMarkup.write(target, key, () -> LabelMarkup.time(target, date));
  }

  /** The list of dates, views and reading time, when there is any of them. */
  private static void facts(Target target) {
    MarkupWriter out = target.out();
    Article article = target.plan().article();
    Metadata meta = article.metadata();
    List<Runnable> facts = new ArrayList<>();
    meta.published().ifPresent(d -> facts.add(() -> dated(target, "published", d)));
    meta.updated().ifPresent(d -> facts.add(() -> dated(target, "updated", d)));
    meta.views().ifPresent(v -> facts.add(() -> out.text(target.labels().views(v))));
    if (!article.sections().isEmpty() || !article.introduction().isEmpty()) {
      int minutes = ReadingTime.minutes(article, target.options().wordsPerMinute());
      facts.add(() -> out.text(target.labels().readingTime(minutes)));
    }
    if (facts.isEmpty()) {
      return;
    }
    out.start("ul").attr("class", "cp-facts").newline();
    for (Runnable fact : facts) {
      out.start("li");
      fact.run();
      out.end("li").newline();
    }
    out.end("ul").newline();
  }
}
