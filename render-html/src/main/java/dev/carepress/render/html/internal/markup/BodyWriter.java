package dev.carepress.render.html.internal.markup;

import dev.carepress.model.KeyPoint;
import dev.carepress.model.Section;
import dev.carepress.render.html.markup.MarkupWriter;

/** Writes the article's own content: the key points, the lead image, the introduction and the sections. */
public final class BodyWriter {
  private BodyWriter() {}

  /** The key points as a labelled box with a bullet list; nothing when there are none. */
  public static void keyPoints(Target target) {
    if (target.plan().article().keyPoints().isEmpty()) {
      return;
    }
    MarkupWriter out = target.out();
    String id = target.plan().id("key-points");
    String headingId = id + "-title";
    out.start("section").attr("class", "cp-key-points").attr("id", id).attr("aria-labelledby", headingId).newline();
    target.heading(0, headingId, target.labels().get("keyPoints"));
    out.start("ul").newline();
    for (KeyPoint point : target.plan().article().keyPoints()) {
      out.start("li");
      target.inlines(point.content());
      out.end("li").newline();
    }
    out.end("ul").newline();
    out.end("section").newline();
  }

  /** The lead image as a figure, if the article has one. */
  public static void leadImage(Target target) {
    target.plan().article().metadata().image()
        .ifPresent(image -> FigureWriter.write(target, image.src(), image.alt(), java.util.Optional.empty(), true));
  }

  /** The introduction's blocks. */
  public static void introduction(Target target) {
    target.blocks(target.plan().article().introduction());
  }

  /** Every section, with its subsections nested. */
  public static void sections(Target target) {
    for (Section section : target.plan().article().sections()) {
      section(target, section, 0);
    }
  }

  /** One section with its heading ({@code depth} 0 at the sections' level), blocks and subsections. */
  private static void section(Target target, Section section, int depth) {
    MarkupWriter out = target.out();
    String id = target.plan().id(section.id());
    out.start("section").attr("id", id).newline();
    String h = "h" + Math.min(6, target.options().headingBase() + depth);
    out.start(h);
    if (target.options().sectionLinks()) {
      out.start("a").attr("class", "cp-self").attr("href", "#" + id).text(section.title()).end("a");
    } else {
      out.text(section.title());
    }
    out.end(h).newline();
    target.blocks(section.blocks());
    for (Section sub : section.subsections()) {
      section(target, sub, depth + 1);
    }
    out.end("section").newline();
  }
}
