package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Inline;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.PlainText;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flexmark's block nodes as the model's blocks: one rule per node type. A paragraph holding only
 * an image is a figure, a {@code Table:} paragraph after a table its caption, an HTML block plain
 * paragraphs of its text (with a warning), a heading inside a quote or list strong text; comments
 * and definitions add nothing. Stateless.
 */
final class BlockMapper {
  /** The block for a node, or null when it adds nothing (or changed or added to its siblings itself). */
  @FunctionalInterface
  private interface Rule {
    Block map(Node node, List<Block> siblings, int depth, BodyContext cx);
  }

  private static final Rule NOTHING = (node, siblings, depth, cx) -> null;

  private static final NodeDispatch<Rule> RULES =
      NodeDispatch.<Rule>builder()
          .on(com.vladsch.flexmark.ast.Paragraph.class, BlockMapper::paragraph)
          .on(BlockQuote.class, (node, siblings, depth, cx) -> QuoteMapper.quote(node, depth, cx))
          .on(com.vladsch.flexmark.ast.BulletList.class, BlockMapper::bulletList)
          .on(com.vladsch.flexmark.ast.OrderedList.class, BlockMapper::orderedList)
          .on(FencedCodeBlock.class, BlockMapper::fencedCode)
          .on(IndentedCodeBlock.class,
              (node, siblings, depth, cx) -> CodeBlock.of(code(((IndentedCodeBlock) node).getContentChars().toString())))
          .on(com.vladsch.flexmark.ast.ThematicBreak.class, (node, siblings, depth, cx) -> new ThematicBreak())
          .on(TableBlock.class, (node, siblings, depth, cx) -> TableMapper.table((TableBlock) node, depth, cx))
          .on(Heading.class, BlockMapper::innerHeading)
          .on(HtmlCommentBlock.class, NOTHING) // comments are dropped silently; definitions are not content
          .on(com.vladsch.flexmark.ast.Reference.class, NOTHING)
          .on(FootnoteBlock.class, NOTHING)
          .on(HtmlBlock.class, BlockMapper::htmlBlock)
          .otherwise(BlockMapper::unsupported);

  private BlockMapper() {}

  /** Adds the node's block to {@code out}, with its position; nothing when it is nested too deeply (reported). */
  static void add(Node node, List<Block> out, int depth, BodyContext cx) {
    if (depth > MarkdownReading.MAX_DEPTH) {
      cx.tooDeep(node);
      return;
    }
    Block block = RULES.find(node).map(node, out, depth, cx);
    if (block != null) {
      out.add(cx.at(block, node));
    }
  }

  private static Block paragraph(Node node, List<Block> siblings, int depth, BodyContext cx) {
    Optional<? extends Block> figure = FigureMapper.figure(node, cx);
    if (figure.isPresent()) {
      return figure.get();
    }
    List<Inline> content = InlineMapper.trim(InlineMapper.inlines(node, depth, cx));
    String plain = PlainText.of(content).strip();
    if (!siblings.isEmpty() && siblings.get(siblings.size() - 1) instanceof Table && plain.startsWith("Table:")) {
      Table table = (Table) siblings.get(siblings.size() - 1);
      String caption = plain.substring("Table:".length()).strip();
      if (table.caption().isEmpty() && !caption.isEmpty()) {
        Table captioned = table.withCaption(caption);
        siblings.set(siblings.size() - 1, cx.article().positions().at(captioned, cx.article().positions().of(table)));
        return null;
      }
    }
    return content.isEmpty() ? null : new Paragraph(cx.mark(content));
  }

  private static Block bulletList(Node node, List<Block> siblings, int depth, BodyContext cx) {
    List<ListItem> items = items(node, depth, cx);
    return items.isEmpty() ? null : new BulletList(items);
  }

  private static Block orderedList(Node node, List<Block> siblings, int depth, BodyContext cx) {
    List<ListItem> items = items(node, depth, cx);
    int start = Math.max(0, ((com.vladsch.flexmark.ast.OrderedList) node).getStartNumber());
    return items.isEmpty() ? null : new OrderedList(start, items);
  }

  private static List<ListItem> items(Node list, int depth, BodyContext cx) {
    List<ListItem> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      List<Block> blocks = new ArrayList<>();
      int cutsBefore = cx.cuts();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        add(child, blocks, depth + 1, cx);
      }
      // an item emptied by the depth limit is covered by the one message about the cut
      if (blocks.isEmpty()) {
        if (cx.cuts() == cutsBefore) {
          cx.diagnostics().warning(
              "empty-item", cx.pos(item), "an empty list item was left out", "write the item or remove it");
        }
      } else {
        items.add(new ListItem(blocks));
      }
    }
    return items;
  }

  private static Block fencedCode(Node node, List<Block> siblings, int depth, BodyContext cx) {
    FencedCodeBlock fenced = (FencedCodeBlock) node;
    String info = fenced.getInfo().unescape().strip();
    String language = info.isEmpty() ? "" : info.split("\\s+")[0];
    return new CodeBlock(
        language.isEmpty() ? Optional.empty() : Optional.of(language), code(fenced.getContentChars().toString()));
  }

  /** The code without the line end after its last line. */
  private static String code(String content) {
    return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
  }

  /** A heading inside a quote or list: its text is kept, as strong text. */
  private static Block innerHeading(Node node, List<Block> siblings, int depth, BodyContext cx) {
    List<Inline> content = InlineMapper.trim(InlineMapper.inlines(node, depth, cx));
    return content.isEmpty() ? null : new Paragraph(List.of(new Strong(content)));
  }

  /** An HTML block as plain paragraphs of its text; all but the last are added to the siblings here. */
  private static Block htmlBlock(Node node, List<Block> siblings, int depth, BodyContext cx) {
    String html = node.getChars().toString();
    List<String> paragraphs = HtmlText.paragraphs(html);
    cx.diagnostics().warning(
        "raw-html", cx.pos(node), "raw HTML " + HtmlText.excerpt(html) + " was "
            + (paragraphs.isEmpty() ? "left out" : "turned into plain text (its tags were left out)"),
        "write it in Markdown; Carepress never passes HTML through");
    for (int i = 0; i < paragraphs.size() - 1; i++) {
      siblings.add(cx.at(new Paragraph(cx.mark(List.of(new Text(paragraphs.get(i))))), node));
    }
    if (paragraphs.isEmpty()) {
      return null;
    }
    return new Paragraph(cx.mark(List.of(new Text(paragraphs.get(paragraphs.size() - 1)))));
  }

  private static Block unsupported(Node node, List<Block> siblings, int depth, BodyContext cx) {
    if (node.getChars().isBlank()) {
      return null;
    }
    cx.diagnostics().warning(
        "unsupported", cx.pos(node), "this Markdown (" + node.getNodeName() + ") is not supported and was read as text",
        "");
    return new Paragraph(List.of(new Text(node.getChars().toString().strip())));
  }
}
