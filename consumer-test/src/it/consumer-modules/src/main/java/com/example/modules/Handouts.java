package com.example.modules;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.Renderers;
import java.nio.file.Path;
import java.util.List;

/** The README's example on the module path: renderers found through their modules' provides. */
public class Handouts {
  public static void main(String[] args) throws Exception {
    if (Handouts.class.getModule().getName() == null) {
      throw new IllegalStateException("not running as a named module");
    }
    Article article = MarkdownArticleReader.create().read(Path.of("asthma.md"));
    Renderers renderers = Renderers.discover();
    for (String format : List.of("html", "pdf", "epub")) {
      String module = renderers.requireProvider(format).getClass().getModule().getName();
      System.out.println(format + " from module " + module);
      renderers.require(format).render(article, Path.of("out", article.slug() + "." + format));
    }
  }
}
