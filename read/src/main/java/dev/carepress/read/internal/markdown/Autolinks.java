package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become
 * links), run only on text nodes that could hold a link. The extension searches every text node of
 * a document with a regular expression and builds an unescaped copy of it; almost none holds a
 * link, and that was the largest single cost of reading an article. A node is passed over only
 * when the extension would leave it as it is: its text has none of the characters a link needs
 * ({@code :} for a URL, {@code @} for an e-mail address, {@code www.} for a web address) nor any
 * that could turn into one ({@code \} escapes, {@code &} entities), and it is not followed by an
 * entity or typographic node, which the extension joins to it. Every other node goes to the
 * extension's own processor, so links are found exactly as before.
 */
final class Autolinks implements Parser.ParserExtension {
  private Autolinks() {}

  static Autolinks create() {
    return new Autolinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.postProcessorFactory(new Factory());
  }

  /** Whether the extension could change the text node (false only when it certainly would not). */
  static boolean mayLink(Node node) {
    Node next = node.getNext();
    if (next instanceof HtmlEntity || next instanceof TypographicText) {
      return true;
    }
    BasedSequence chars = node.getChars();
    int w = 0; // the run of 'w' just before the current character
    for (int i = 0, n = chars.length(); i < n; i++) {
      char c = chars.charAt(i);
      switch (c) {
        case ':':
        case '@':
        case '&':
        case '\\':
          return true;
        case '.':
          if (w >= 3) {
            return true;
          }
          w = 0;
          break;
        case 'w':
          w++;
          break;
        default:
          w = 0;
      }
    }
    return false;
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new Processor(document);
    }
  }

  private static final class Processor extends NodePostProcessor {
    private final Document document;
    private AutolinkNodePostProcessor extension;

    Processor(Document document) {
      this.document = document;
    }

    @Override
    public void process(NodeTracker state, Node node) {
      if (!mayLink(node) || node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
        return; // what the extension does first too: nothing inside links and code
      }
      if (extension == null) {
        extension = new AutolinkNodePostProcessor(document);
      }
      extension.process(state, node);
    }
  }
}
