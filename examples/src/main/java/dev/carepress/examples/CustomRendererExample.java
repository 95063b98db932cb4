package dev.carepress.examples;

import dev.carepress.model.Article;
import dev.carepress.read.ArticleReaders;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lists every format found on the class path — the three built in and the {@code txt} format this
 * jar adds through the SPI ({@link TextRendererProvider}) — and renders an article with the custom
 * one, exactly as it would with a built-in format.
 *
 * <pre>{@code java -cp ... dev.carepress.examples.CustomRendererExample examples/articles/hand-washing.md out}</pre>
 */
public final class CustomRendererExample {
  private CustomRendererExample() {}

  /** Prints the formats, then writes {@code <out>/<slug>.txt}. */
  public static void main(String[] args) throws Exception {
    Path source = Path.of(args.length > 0 ? args[0] : "examples/articles/hand-washing.md");
    Path out = Path.of(args.length > 1 ? args[1] : "out");

    Renderers renderers = Renderers.discover();
    for (RendererProvider provider : renderers.providers()) {
      System.out.println(provider.format().id() + "\t." + provider.format().extension() + "\t" + provider.format().description());
    }

    Article article = ArticleReaders.read(source);
    Path file = out.resolve(article.slug() + ".txt");
    renderers.require("txt", Settings.of(Map.of("width", "60"))).render(article, file);
    System.out.println("wrote " + file);
  }
}
