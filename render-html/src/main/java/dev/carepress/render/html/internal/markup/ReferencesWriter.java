package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.Optional;

/** Writes what the article points to: its references and its related content. */
public final class ReferencesWriter {
  private ReferencesWriter() {}

  /** The references as an ordered list: title (linked when it has a safe URL), publisher, year. */
  public static void references(Target target) {
    if (target.plan().article().references().isEmpty()) {
      return;
    }
    MarkupWriter out = target.out();
    target.openPart(MarkupDialect.Part.REFERENCES, "references", "cp-references", "references");
    out.start("ol").newline();
    for (Reference ref : target.plan().article().references()) {
      out.start("li").start("cite").start("bdi");
      Optional<String> href = ref.url().flatMap(Urls::safeLink);
      if (href.isPresent()) {
        out.start("a").attr("href", href.get()).text(ref.title()).end("a");
      } else {
        out.text(ref.title());
      }
      out.end("bdi").end("cite");
      Optional<String> year = ref.year().isPresent() ? Optional.of(String.valueOf(ref.year().getAsInt()))
          : Optional.empty();
      Optional<String> detail = ref.publisher().map(p -> year.map(y -> target.labels().commaJoin(p, y)).orElse(p))
          .or(() -> year);
      if (detail.isPresent()) {
        out.text(target.labels().fullStopAndSpace() + detail.get() + target.labels().fullStop());
      }
      out.end("li").newline();
    }
    out.end("ol").newline();
    out.end("section").newline();
  }

  /**
   * Related content as a list of links (where the container has them), each with its summary; titles
   * and summaries are isolated, since related pages may be in another language.
   */
  public static void related(Target target) {
    if (target.plan().article().related().isEmpty()) {
      return;
    }
    MarkupWriter out = target.out();
    target.openPart(MarkupDialect.Part.RELATED, "related", "cp-related", "related");
    out.start("ul").newline();
    for (RelatedLink link : target.plan().article().related()) {
      out.start("li");
      Optional<String> href = target.options().relatedLink().apply(link).flatMap(Urls::safeLink);
      if (href.isPresent()) {
        out.start("a").attr("href", href.get()).start("bdi").text(link.title()).end("bdi").end("a");
      } else {
        out.start("span").attr("class", "cp-related-title").attr("dir", "auto").text(link.title()).end("span");
      }
      if (link.summary().isPresent()) {
        out.empty("br");
        out.start("span").attr("class", "cp-related-summary").attr("dir", "auto").text(link.summary().get()).end("span");
      }
      out.end("li").newline();
    }
    out.end("ul").newline();
    out.end("section").newline();
  }
}
