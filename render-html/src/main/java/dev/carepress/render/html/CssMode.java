package dev.carepress.render.html;

/** How a standalone page gets its stylesheet. */
public enum CssMode {
  /**
   * In a {@code <style>} element in the page, allowed by the page's Content-Security-Policy through
   * the SHA-256 hash of its text: the page is one self-contained file.
   */
  EMBED,
  /**
   * As a {@code <link rel="stylesheet">} to a file beside the page ({@link
   * HtmlRenderer#STYLESHEET_NAME}); {@link HtmlRenderer#render(dev.carepress.model.Article,
   * java.nio.file.Path)} writes that file too, and a site shares one file between all its pages.
   */
  LINK
}
