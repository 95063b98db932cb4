package dev.carepress.render.html.internal.markup;

import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import dev.carepress.text.UrlPolicy;
import java.util.Optional;

/**
 * Writes a figure: the image where the container has it, else its description in its place (and a
 * warning), then the caption.
 */
final class FigureWriter {
  private FigureWriter() {}

  /** Writes a figure; {@code lead} for the article's lead image. */
  static void write(Target target, String src, String alt, Optional<String> caption, boolean lead) {
    MarkupWriter out = target.out();
    String cssClass = lead ? "cp-figure cp-lead" : "cp-figure";
    Optional<String> resolved = target.options().imageSource().apply(src).flatMap(Urls::safeImage);
    out.start("figure").attr("class", resolved.isPresent() ? cssClass : cssClass + " cp-figure-missing").newline();
    if (resolved.isPresent()) {
      out.empty("img").attr("src", resolved.get()).attr("alt", alt);
      target.options().imageSize().apply(src).ifPresent(size ->
          out.attr("width", String.valueOf(size.width())).attr("height", String.valueOf(size.height())));
      target.dialect().image(out, lead);
      out.newline();
    } else {
      target.plan().warn("image-left-out",
          "the image '" + src + "' is not shown: " + (UrlPolicy.isSafeImage(src)
              ? "it could not be found" : "only http, https and relative image addresses are allowed"),
          "use an image file next to the article or an https address");
      out.start("p").attr("class", "cp-image-missing")
          .text(target.labels().format("imageMissing", alt.isBlank() ? src : alt)).end("p").newline();
    }
    if (caption.isPresent()) {
      out.start("figcaption").text(caption.get()).end("figcaption").newline();
    }
    out.end("figure").newline();
  }
}
