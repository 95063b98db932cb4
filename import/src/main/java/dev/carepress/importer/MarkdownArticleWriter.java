package dev.carepress.importer;

import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import dev.carepress.importer.internal.Canonical;
import dev.carepress.importer.internal.MarkdownWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes an article as Carepress's source format: one UTF-8 Markdown file with YAML front matter.
 *
 * <pre>{@code
 * String markdown = MarkdownArticleWriter.create().toMarkdown(article);
 * MarkdownArticleWriter.create().write(article, Path.of("articles/asthma.md"));
 * }</pre>
 *
 * <p>Reading the file back with {@code MarkdownArticleReader} gives the article's {@link
 * #canonical canonical form} (with first uses of glossary terms marked, as the reader always does;
 * a reader built with {@code markGlossaryTerms(false)} gives it exactly). Articles the importer
 * makes are already canonical, and so are those read from Markdown without glossary terms. Text
 * never turns into markup: every character Markdown could read as syntax is escaped. Immutable and
 * thread-safe.
 */
public final class MarkdownArticleWriter {
  private static final MarkdownArticleWriter INSTANCE = new MarkdownArticleWriter();

  private MarkdownArticleWriter() {}

  /** The writer. */
  public static MarkdownArticleWriter create() {
    return INSTANCE;
  }

  /**
   * The article as Markdown carries it, which is what reading the written file gives: text with
   * white space collapsed as a browser shows it and nothing blank at the ends of a block or inside
   * the edges of emphasis and links; characters XML cannot hold as U+FFFD; no emphasis inside
   * emphasis, link inside a link, glossary-term mark, or footnote reference in a link or key point;
   * footnotes in the order of their first reference, unreferenced ones left out; section ids as the
   * reader makes them from the titles; sections deeper than {@code ######} flattened into their
   * parent; empty values left out.
   */
  public static Article canonical(Article article) {
    return Canonical.of(Objects.requireNonNull(article, "article"));
  }

  /** The article's Markdown ({@link #canonical canonical form}), ending with a newline. */
  public String toMarkdown(Article article) {
    return MarkdownWriter.write(canonical(article));
  }

  /** Writes the article's Markdown as UTF-8 to a file, atomically: a failure leaves no partial file. */
  public void write(Article article, Path file) throws IOException {
    byte[] bytes = toMarkdown(article).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(bytes));
  }
}
