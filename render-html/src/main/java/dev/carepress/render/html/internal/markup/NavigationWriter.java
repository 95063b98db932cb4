package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Crumb;
import dev.carepress.model.Section;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.List;
import java.util.Optional;

/** Writes the ways around an article: the breadcrumb trail and the table of contents. */
public final class NavigationWriter {
  private NavigationWriter() {}

  /** A {@code <nav>} with the trail as an ordered list, the last step the current page; nothing for none. */
  public static void breadcrumb(Target target, List<Crumb> crumbs) {
    if (crumbs.isEmpty()) {
      return;
    }
    MarkupWriter out = target.out();
    out.start("nav").attr("class", "cp-breadcrumb").attr("aria-label", target.labels().get("breadcrumb")).newline();
    out.start("ol").newline();
    for (int i = 0; i < crumbs.size(); i++) {
      Crumb crumb = crumbs.get(i);
      boolean last = i == crumbs.size() - 1;
      out.start("li");
      Optional<String> href = last ? Optional.empty() : crumb.url().flatMap(Urls::safeLink);
      if (href.isPresent()) {
        out.start("a").attr("href", href.get()).text(crumb.label()).end("a");
      } else if (last) {
        out.start("span").attr("aria-current", "page").text(crumb.label()).end("span");
      } else {
        out.text(crumb.label());
      }
      out.end("li").newline();
    }
    out.end("ol").newline();
    out.end("nav").newline();
  }

  /** Whether the article has enough sections for a table of contents. */
  private static boolean hasContents(ArticlePlan plan) {
    return plan.article().sections().size() >= plan.options().tableOfContentsMinimum();
  }

  /** A {@code <nav>} listing the sections and their subsections, when there are enough sections. */
  public static void contents(Target target) {
    if (!hasContents(target.plan())) {
      return;
    }
    MarkupWriter out = target.out();
    String headingId = target.plan().id("contents") + "-title";
    out.start("nav").attr("class", "cp-toc").attr("id", target.plan().id("contents"))
        .attr("aria-labelledby", headingId);
    target.dialect().part(MarkupDialect.Part.CONTENTS, out);
    out.newline();
    target.heading(0, headingId, target.labels().get("contents"));
    list(target, target.plan().article().sections(), 0);
    out.end("nav").newline();
  }

  private static void list(Target target, List<Section> sections, int depth) {
    MarkupWriter out = target.out();
    out.start("ol").newline();
    for (Section section : sections) {
      out.start("li").start("a").attr("href", "#" + target.plan().id(section.id())).text(section.title()).end("a");
      if (depth == 0 && !section.subsections().isEmpty()) {
        out.newline();
        list(target, section.subsections(), depth + 1);
      }
      out.end("li").newline();
    }
    out.end("ol").newline();
  }
}
