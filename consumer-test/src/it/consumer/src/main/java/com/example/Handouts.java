package com.example;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.Renderers;
import java.nio.file.Path;
import java.util.List;

/** The README's example, as a program: one article to a web page, a handout and an e-book. */
public class Handouts {
  public static void main(String[] args) throws Exception {
    // README: Use it from Maven (keep the two in step)
    Article article = MarkdownArticleReader.create().read(Path.of("asthma.md"));
    Renderers renderers = Renderers.discover();
    for (String format : List.of("html", "pdf", "epub")) {
      renderers.require(format).render(article, Path.of("out", article.slug() + "." + format));
    }
  }
}
