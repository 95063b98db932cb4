package dev.carepress.render;

import dev.carepress.model.Article;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A renderer that can also make one bilingual output from an article and its translation — each
 * section of the translation beside (or after) the same section of the original — as the PDF
 * renderer's patient handouts do. Ask for it by format and check:
 *
 * <pre>{@code
 * if (Renderers.discover().require("pdf") instanceof BilingualRenderer pdf) {
 *   pdf.renderBilingual(english, spanish, out, RenderContext.defaults());
 * }
 * }</pre>
 *
 * <p>The contract of {@link Renderer} holds: stateless, thread-safe, deterministic; the stream is
 * not closed.
 */
public interface BilingualRenderer extends Renderer {

  /**
   * Writes one output holding {@code original} and {@code translation}, paired section by
   * section; when the two are not built alike, a warning to {@link RenderContext#warnings()} says
   * where, and the output gives the whole original, then the whole translation.
   */
  void renderBilingual(Article original, Article translation, OutputStream out, RenderContext context)
      throws IOException;
}
