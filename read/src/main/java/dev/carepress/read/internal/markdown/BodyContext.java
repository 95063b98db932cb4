package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.carepress.model.Inline;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One parsed Markdown document of an article (its body, or a key point's line) as the mappers see
 * it: the article's {@link MarkdownReading}, the document (for link reference definitions), where
 * its offsets are in the file, and whether glossary terms are marked in it. Immutable.
 */
final class BodyContext {
  private final MarkdownReading article;
  private final Document document;
  private final IntFunction<Pos> locate;
  private final boolean mark;
  /** Whether the document's source holds none of the characters Flexmark replaces (see {@link BaseText}). */
  private final boolean cleanSource;
  /** The spans of the current block's inlines that are left out, as {@link HiddenHtml#spans} gives them. */
  private final int[] hidden;

  BodyContext(MarkdownReading article, Document document, IntFunction<Pos> locate, boolean mark) {
    this(article, document, locate, mark, BaseText.CLEAN_SOURCE.get(document), new int[0]);
  }

  private BodyContext(MarkdownReading article, Document document, IntFunction<Pos> locate, boolean mark,
      boolean cleanSource, int[] hidden) {
    this.article = article;
    this.document = document;
    this.locate = locate;
    this.mark = mark;
    this.cleanSource = cleanSource;
    this.hidden = hidden;
  }

  /** The same document with no glossary terms marked (footnotes). */
  BodyContext withoutMarking() {
    return new BodyContext(article, document, locate, false, cleanSource, hidden);
  }

  /** The same document, reading the inlines of this block (which may hide some, see {@link HiddenHtml}). */
  BodyContext inBlock(Node block) {
    int[] spans = HiddenHtml.spans(block);
    return spans.length == 0 && hidden.length == 0 ? this
        : new BodyContext(article, document, locate, mark, cleanSource, spans);
  }

  /** Whether the node is inside an element whose content is left out. */
  boolean hides(Node node) {
    return hidden.length > 0 && HiddenHtml.hides(hidden, node);
  }

  /** Where the content of the element the opening tag starts ends; -1 when it is not left out. */
  int hiddenAfter(Node opening) {
    return hidden.length == 0 ? -1 : HiddenHtml.spanFrom(hidden, opening);
  }

  /** The characters of a part of this document as a string (see {@link BaseText}). */
  String text(BasedSequence chars) {
    return BaseText.of(chars, cleanSource);
  }

  MarkdownReading article() {
    return article;
  }

  Document document() {
    return document;
  }

  Diagnostics diagnostics() {
    return article.diagnostics();
  }

  /** Where the node starts in the file. */
  Pos pos(Node node) {
    return locate.apply(node.getStartOffset());
  }

  /** Records that the value came from the node; the value itself. */
  <T> T at(T value, Node node) {
    return article.positions().at(value, pos(node));
  }

  /** The content, with glossary terms marked when this document marks them. */
  List<Inline> mark(List<Inline> content) {
    return mark ? article.markTerms(content) : content;
  }

  /** Reports (once per article) that the node is nested too deeply. */
  void tooDeep(Node node) {
    article.tooDeep(pos(node));
  }

  /** How many times content has been cut for nesting too deeply so far (see {@link #tooDeep}). */
  int cuts() {
    return article.cuts();
  }
}
