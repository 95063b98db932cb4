package dev.carepress.examples;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.PlainText;
import dev.carepress.model.Reference;
import dev.carepress.model.Section;
import dev.carepress.render.Format;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Renders an article as wrapped plain text with the public API only: the model's {@link
 * PlainText}, the shared {@link Labels}. Immutable, so thread-safe, as the {@link Renderer}
 * contract asks.
 */
public final class TextRenderer implements Renderer {
  /** The {@code txt} format. */
  public static final Format FORMAT = Format.of("txt", "txt", "text/plain",
      "Plain text, wrapped: a handout for e-mail or SMS (an example of a custom format)");

  private final int width;

  /** A renderer wrapping lines at {@code width} characters (20 or more). */
  public TextRenderer(int width) {
    if (width < 20) {
      throw new IllegalArgumentException("width must be 20 or more, not " + width);
    }
    this.width = width;
  }

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public void render(Article article, OutputStream out, RenderContext context) throws IOException {
    out.write(text(article).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    StringBuilder text = new StringBuilder();
    heading(text, book.metadata().title(), '#');
    for (Article article : book.articles()) {
      text.append('\n').append(text(article));
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String text(Article article) {
    Labels labels = Labels.forLanguage(article.language());
    StringBuilder text = new StringBuilder();
    heading(text, article.title(), '=');
    article.metadata().summary().ifPresent(summary -> paragraph(text, summary));
    if (!article.keyPoints().isEmpty()) {
      heading(text, labels.get("keyPoints"), '-');
      for (KeyPoint point : article.keyPoints()) {
        wrap(text, "* ", PlainText.of(point.content()));
      }
      text.append('\n');
    }
    paragraphs(text, PlainText.ofBlocks(article.introduction()));
    article.allSections().forEach(section -> section(text, section));
    if (!article.references().isEmpty()) {
      heading(text, labels.get("references"), '-');
      for (Reference reference : article.references()) {
        wrap(text, "* ", reference.title() + reference.url().map(url -> " <" + url + ">").orElse(""));
      }
      text.append('\n');
    }
    article.metadata().lastReviewed().ifPresent(date ->
        paragraph(text, labels.format("lastReviewed", labels.date(date))));
    article.disclaimer().ifPresent(disclaimer -> paragraph(text, disclaimer));
    return text.toString();
  }

  private void section(StringBuilder text, Section section) {
    heading(text, section.title(), '-');
    paragraphs(text, PlainText.ofBlocks(section.blocks()));
  }

  private static void heading(StringBuilder text, String title, char underline) {
    text.append(title).append('\n').append(String.valueOf(underline).repeat(title.length())).append("\n\n");
  }

  private void paragraphs(StringBuilder text, String blocks) {
    for (String paragraph : blocks.split("\n\n")) {
      if (!paragraph.isBlank()) {
        paragraph(text, paragraph);
      }
    }
  }

  private void paragraph(StringBuilder text, String paragraph) {
    wrap(text, "", paragraph);
    text.append('\n');
  }

  /** Appends the words wrapped at the width, the first line after the prefix, the rest indented under it. */
  private void wrap(StringBuilder text, String prefix, String words) {
    StringBuilder line = new StringBuilder(prefix);
    String indent = " ".repeat(prefix.length());
    for (String word : words.strip().split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        text.append(line.toString().stripTrailing()).append('\n');
        line.setLength(0);
        line.append(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }
}
