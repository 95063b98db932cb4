package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.carepress.model.Block;
import dev.carepress.model.Footnote;
import dev.carepress.read.internal.source.ArticleDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The footnotes of a body: its {@code [^label]:} definitions, kept in the order of their first
 * reference (a footnote may refer to another); a second definition of a label and a footnote never
 * referred to are warnings, an empty one an error. Stateless.
 */
final class Footnotes {
  private Footnotes() {}

  /**
   * The definitions of the document, by label; the first of two with one label. A definition may
   * stand anywhere a block can, as on GitHub: inside a list item or a quote too (the block mappers
   * skip it there, so it is taken from there, or its text would be lost).
   */
  static Map<String, FootnoteBlock> definitions(Document document, BodyContext cx) {
    Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    collect(document, definitions, cx);
    return definitions;
  }

  private static void collect(Node parent, Map<String, FootnoteBlock> definitions, BodyContext cx) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem) {
        collect(node, definitions, cx); // containers only: their depth is limited (NestingLimiter)
      } else if (node instanceof FootnoteBlock) {
        FootnoteBlock block = (FootnoteBlock) node;
        String label = BaseText.of(block.getText());
        if (definitions.containsKey(label)) {
          cx.diagnostics().warning(
              "duplicate-footnote", cx.pos(node), "the footnote [^" + label + "] is defined twice; the first is used",
              "remove one definition or give it another label");
        } else {
          definitions.put(label, block);
        }
      }
    }
  }

  /** Adds the footnotes referred to, in order of first reference, to the draft; glossary terms are not marked in them. */
  static void add(Map<String, FootnoteBlock> definitions, ArticleDraft draft, BodyContext cx) {
    BodyContext unmarked = cx.withoutMarking();
    List<String> referenced = cx.article().referenced();
    Set<String> done = new LinkedHashSet<>();
    for (int i = 0; i < referenced.size(); i++) { // grows while footnotes refer to other footnotes
      String label = referenced.get(i);
      FootnoteBlock definition = definitions.get(label);
      if (definition == null || !done.add(label)) {
        continue;
      }
      List<Block> blocks = new ArrayList<>();
      for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
        BlockMapper.add(child, blocks, 1, unmarked);
      }
      if (blocks.isEmpty()) {
        cx.diagnostics().error(
            "empty-footnote", cx.pos(definition), "the footnote [^" + label + "] has no text",
            "write the note after '[^" + label + "]:'");
        continue;
      }
      draft.footnotes.add(cx.at(new Footnote(label, blocks), definition));
    }
    for (Map.Entry<String, FootnoteBlock> entry : definitions.entrySet()) {
      if (!cx.article().isReferenced(entry.getKey())) {
        cx.diagnostics().warning(
            "unused-footnote", cx.pos(entry.getValue()),
            "the footnote [^" + entry.getKey() + "] is never referred to; it was left out",
            "refer to it in the text with [^" + entry.getKey() + "], or remove it");
      }
    }
  }
}
