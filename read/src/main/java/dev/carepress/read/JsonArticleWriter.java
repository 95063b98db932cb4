package dev.carepress.read;

import dev.carepress.model.Article;
import dev.carepress.io.AtomicFiles;
import dev.carepress.read.internal.codec.Codecs;
import dev.carepress.text.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes an article as JSON in one canonical form: properties in a fixed order (the front matter's
 * keys, then the body), two-space indentation, {@code \n} line ends and a final newline, absent and
 * empty values left out, UTF-8. JSON read by {@link JsonArticleReader} and written again is
 * byte-identical; {@link Article#source()} is not written.
 *
 * <pre>{@code
 * String json = JsonArticleWriter.create().toJson(article);
 * JsonArticleWriter.create().write(article, Path.of("out/asthma.json"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonArticleWriter {
  private static final JsonArticleWriter INSTANCE = new JsonArticleWriter();

  private JsonArticleWriter() {}

  /** The writer. */
  public static JsonArticleWriter create() {
    return INSTANCE;
  }

  /** The article's JSON. */
  public String toJson(Article article) {
    return Codecs.json(article, JsonWriter.Escaping.STANDARD);
  }

  /** Writes the article's JSON as UTF-8 to the stream, which is flushed but not closed. */
  public void write(Article article, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(toJson(article));
    writer.flush();
  }

  /** Writes the article's JSON to a file, atomically: a failure leaves no partial file. */
  public void write(Article article, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(article, out));
  }
}
