package dev.carepress.read;

import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import dev.carepress.read.internal.codec.Codecs;
import dev.carepress.text.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes an article as JSON in one canonical form: properties in a fixed order (the front matter's
 * keys, then the body), two-space indentation, {@code \n} line ends and a final newline, absent and
 * empty values left out, UTF-8. JSON read by {@link JsonArticleReader} and written again is
 * byte-identical; {@link Article#source()} is not written.
 *
 * <pre>{@code
 * String json = JsonArticleWriter.create().toJson(article);
 * JsonArticleWriter.create().write(article, Path.of("out/asthma.json"));
 * String ascii = JsonArticleWriter.builder().escaping(JsonWriter.Escaping.ASCII).build().toJson(article);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonArticleWriter {
  private static final JsonArticleWriter DEFAULT = builder().build();

  private final JsonWriter.Escaping escaping;

  private JsonArticleWriter(JsonWriter.Escaping escaping) {
    this.escaping = escaping;
  }

  /** The writer with the default options: shorthand for {@code builder().build()}. */
  public static JsonArticleWriter create() {
    return DEFAULT;
  }

  /** A builder for a writer with other options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The article's JSON. */
  public String toJson(Article article) {
    return Codecs.json(article, escaping);
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

  /** Builds a {@link JsonArticleWriter}; every setting has a default, so {@code build()} alone is {@link #create()}. */
  public static final class Builder {
    private JsonWriter.Escaping escaping = JsonWriter.Escaping.STANDARD;

    private Builder() {}

    /**
     * Which characters of text are written as {@code \}{@code uXXXX} escapes: {@code STANDARD}
     * (default) only control characters, the canonical form; {@code ASCII} also every character
     * outside printable ASCII, for channels that may not keep UTF-8; {@code SCRIPT} what an HTML
     * {@code <script>} element needs. The reader reads each back to the same article (but for
     * unpaired surrogates, which no UTF-8 file can hold: {@code SCRIPT} writes U+FFFD for them,
     * UTF-8 output {@code ?}).
     */
    public Builder escaping(JsonWriter.Escaping escaping) {
      this.escaping = Objects.requireNonNull(escaping, "escaping");
      return this;
    }

    /** Builds the writer. */
    public JsonArticleWriter build() {
      return new JsonArticleWriter(escaping);
    }
  }
}
