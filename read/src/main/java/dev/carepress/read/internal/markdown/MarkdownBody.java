package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import dev.carepress.read.internal.source.ArticleDraft;
import dev.carepress.read.internal.source.SourceText;
import java.util.Map;

/**
 * Reads a Markdown body into the introduction, sections and footnotes of a draft: nesting limited,
 * parsed, split at headings, footnotes collected. The conventions of the source format (see {@code
 * MarkdownArticleReader}) are applied by the mappers this calls. Stateless.
 */
final class MarkdownBody {
  private MarkdownBody() {}

  static void read(SourceText original, String title, ArticleDraft draft, MarkdownReading article) {
    SourceText body = NestingLimiter.limit(original, article::tooDeep, article::overIndented);
    Document document = MarkdownParser.parse(body.text());
    BodyContext cx = new BodyContext(article, document, body::pos, article.markTerms());
    Map<String, FootnoteBlock> definitions = Footnotes.definitions(document, cx);
    article.defineFootnotes(definitions.keySet());
    Sectioner.read(document, title, draft, cx);
    Footnotes.add(definitions, draft, cx);
  }
}
