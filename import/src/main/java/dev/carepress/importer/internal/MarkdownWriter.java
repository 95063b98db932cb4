package dev.carepress.importer.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Footnote;
import dev.carepress.model.Section;
import java.util.ArrayList;
import java.util.List;

/** An article as one Markdown file: front matter, introduction, sections, footnote definitions. */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /** The article's Markdown, ending with one newline. */
  public static String write(Article article) {
    StringBuilder out = new StringBuilder(4096);
    out.append("---\n").append(FrontMatter.write(article)).append("---\n");
    List<String> lines = new ArrayList<>();
    BlockWriter blocks = BlockWriter.INSTANCE;
    if (!article.introduction().isEmpty()) {
      lines.add("");
      lines.addAll(blocks.blocks(article.introduction()));
    }
    for (Section section : article.sections()) {
      lines.add("");
      lines.addAll(blocks.section(section, 0));
    }
    for (Footnote footnote : article.footnotes()) {
      lines.add("");
      lines.addAll(blocks.footnote(footnote));
    }
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
