package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.ArrayList;
import java.util.List;
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
      out.start("li").start("cite");
      Optional<String> href = ref.url().flatMap(Urls::safeLink);
      if (href.isPresent()) {
        out.start("a").attr("href", href.get()).text(ref.title()).end("a");
      } else {
        out.text(ref.title());
      }
      out.end("cite");
      List<String> parts = new ArrayList<>();
      ref.publisher().ifPresent(parts::add);
      if (ref.year().isPresent()) {
        parts.add(String.valueOf(ref.year().getAsInt()));
      }
      if (!parts.isEmpty()) {
        out.text(". " + String.join(", ", parts) + ".");
      }
      out.end("li").newline();
    }
    out.end("ol").newline();
    out.end("section").newline();
  }

  /** Related content as a list of links (where the container has them), each with its summary. */
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
        out.start("a").attr("href", href.get()).text(link.title()).end("a");
      } else {
        out.start("span").attr("class", "cp-related-title").text(link.title()).end("span");
      }
      if (link.summary().isPresent()) {
        out.empty("br");
        out.start("span").attr("class", "cp-related-summary").text(link.summary().get()).end("span");
      }
      out.end("li").newline();
    }
    out.end("ul").newline();
    out.end("section").newline();
  }
}
