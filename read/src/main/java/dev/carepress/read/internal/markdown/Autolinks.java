package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become
 * links), run only on text nodes that could hold a link. The extension searches every text node of
 * a document with a regular expression and builds an unescaped copy of it; almost none holds a
 * link, and that was the largest single cost of reading an article. A node is passed over only
 * when the extension would leave it as it is: its text has none of the characters a link needs
 * ({@code ://} for a URL — the extension's scanner and its own pattern both need the two slashes —,
 * {@code @} for an e-mail address, {@code www.} for a web address) nor any
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
    return mayLink(node, null);
  }

  /**
   * Whether the extension could change the text node, looked up among the document's {@link
   * Triggers} when they are known and the node's characters are its source's.
   */
  private static boolean mayLink(Node node, Triggers triggers) {
    Node next = node.getNext();
    if (next instanceof HtmlEntity || next instanceof TypographicText) {
      return true;
    }
    BasedSequence chars = node.getChars();
    int start = chars.getStartOffset();
    int end = chars.getEndOffset();
    if (triggers != null && end - start == chars.length()) {
      return triggers.within(start, end);
    }
    return mayLink(BaseText.of(chars));
  }

  /** Whether the characters hold one that a link needs or one that could turn into one. */
  private static boolean mayLink(String chars) {
    return Triggers.of(chars.toCharArray(), 1).count > 0;
  }

  /** Applies to the whole document, so that Flexmark does not classify every node of it first. */
  private static final class Factory implements PostProcessorFactory {
    @Override
    public Map<Class<?>, Set<Class<?>>> getNodeTypes() {
      return null;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return true;
    }

    @Override
    public PostProcessor apply(Document document) {
      return new Processor();
    }
  }

  /**
   * Runs the extension on the text nodes as Flexmark's post-processing of node types would: on
   * those the document holds before any is processed, in document order, each still in the
   * document when its turn comes; never inside links and code, where the extension does nothing.
   */
  private static final class Processor implements PostProcessor {
    @Override
    public Document processDocument(Document document) {
      // where the source could hold a link, found in one pass; a node is then looked up by its range
      // (and whether it is clean, for the mappers: see BaseText)
      Triggers triggers = document.getChars().getBase() instanceof String source
          ? Triggers.of(source.toCharArray(), Integer.MAX_VALUE) : null;
      if (triggers != null && triggers.replaced) {
        triggers = null;
      }
      document.set(BaseText.CLEAN_SOURCE, triggers != null);
      List<Node> candidates = new ArrayList<>();
      collect(document, candidates, triggers);
      if (candidates.isEmpty()) {
        return document;
      }
      AutolinkNodePostProcessor extension = new AutolinkNodePostProcessor(document);
      for (Node node : candidates) {
        if (node.getParent() != null) {
          extension.process(NO_TRACKING, node);
        }
      }
      return document;
    }

    @Override
    public void process(NodeTracker state, Node node) {
      throw new UnsupportedOperationException("applies to the whole document");
    }

    /** The text nodes under the node, in document order, that may hold a link. */
    private static void collect(Node parent, List<Node> out, Triggers triggers) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        if (node.getClass() == Text.class) {
          if (mayLink(node, triggers)) {
            out.add(node);
          }
        } else if (!(node instanceof DoNotDecorate) && !(node instanceof DoNotLinkDecorate)) {
          collect(node, out, triggers);
        }
      }
    }
  }

  /**
   * The places in a text that make a text node holding them a candidate for the extension, each a
   * range that must lie wholly inside the node: {@code ://}, {@code @}, {@code &}, a backslash, and
   * the last three of a run of {@code w} with the {@code .} after them. A node holds one exactly
   * when a scan of its own characters would find one. In text order.
   */
  private static final class Triggers {
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;
    /** Whether the text holds a character Flexmark replaces (see {@link BaseText}). */
    private boolean replaced;

    /** The places in the text, up to {@code max} of them. */
    static Triggers of(char[] text, int max) {
      Triggers found = new Triggers();
      int w = 0; // the run of 'w' just before the current character
      for (int i = 0, n = text.length; i < n && found.count < max; i++) {
        char c = text[i];
        switch (c) {
          case ':':
            if (i + 2 < n && text[i + 1] == '/' && text[i + 2] == '/') {
              found.add(i, i + 3);
            }
            w = 0;
            break;
          case '@':
          case '&':
          case '\\':
            found.add(i, i + 1);
            w = 0;
            break;
          case '.':
            if (w >= 3) {
              found.add(i - 3, i + 1);
            }
            w = 0;
            break;
          case 'w':
            w++;
            break;
          default:
            w = 0;
            found.replaced |= BaseText.isReplaced(c);
        }
      }
      return found;
    }

    private void add(int start, int end) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
    }

    /** Whether a place lies wholly inside {@code [start, end)}. */
    boolean within(int start, int end) {
      // every place starting inside the range, from the first (found by halving) on
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < count && starts[i] < end; i++) {
        if (ends[i] <= end) {
          return true;
        }
      }
      return false;
    }
  }

  /** Nothing to track: no other post-processor runs after this one. */
  private static final NodeTracker NO_TRACKING = new NodeTracker() {
    @Override public void nodeAdded(Node node) {}
    @Override public void nodeAddedWithChildren(Node node) {}
    @Override public void nodeAddedWithDescendants(Node node) {}
    @Override public void nodeRemoved(Node node) {}
    @Override public void nodeRemovedWithChildren(Node node) {}
    @Override public void nodeRemovedWithDescendants(Node node) {}
  };
}
