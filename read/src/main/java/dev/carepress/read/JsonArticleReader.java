package dev.carepress.read;

import dev.carepress.model.Article;
import dev.carepress.read.internal.ArticleParsing;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an article from JSON: the model itself, as {@link JsonArticleWriter} writes it and as
 * {@code dev/carepress/read/article.schema.json} describes it. Property names are those of the
 * front matter; blocks and inlines carry a {@code "type"} ({@code "paragraph"}, {@code "link"} …).
 *
 * <pre>{@code
 * Article article = JsonArticleReader.create().read(Path.of("asthma.json"));
 * }</pre>
 *
 * <p>Besides the canonical form it accepts what the front matter accepts: a single value for a
 * list, a name for a person, a line of inline Markdown for a key point. Problems name the line,
 * the column and the JSON pointer of the value at fault. Immutable and thread-safe.
 */
public final class JsonArticleReader implements ArticleReader {
  private static final JsonArticleReader DEFAULT = new JsonArticleReader();

  private JsonArticleReader() {}

  /** The reader. */
  public static JsonArticleReader create() {
    return DEFAULT;
  }

  @Override
  public ReadResult<Article> parse(Path file) throws IOException {
    return ArticleParsing.file(file, true, ArticleParsing.Options.DEFAULTS);
  }

  @Override
  public ReadResult<Article> parse(String json, String sourceName) {
    return ArticleParsing.text(json, sourceName, true, ArticleParsing.Options.DEFAULTS);
  }
}
