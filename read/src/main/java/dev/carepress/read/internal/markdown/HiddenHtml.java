package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline HTML elements whose content is left out with them ({@code <script>}, {@code <style>},
 * {@code <template>}, {@code <noscript>}, {@code <iframe>}, {@code <object>}: the ones an HTML block
 * drops, see {@link HtmlText}): for one block's inlines, the spans from the end of such an opening
 * tag to the end of the first closing tag of the same name after it, in the same block. An opening
 * tag with no closing tag after it hides nothing (its text is kept, as in an HTML block). Stateless.
 */
final class HiddenHtml {
  private static final Pattern OPENING =
      Pattern.compile("(?i)<(script|style|template|noscript|iframe|object)\\b[^>]*(?<!/)>");
  private static final int[] NONE = new int[0];

  private HiddenHtml() {}

  /** The name of the element the tag opens, lower case, when its content is left out; else null. */
  static String opens(String tag) {
    Matcher m = OPENING.matcher(tag);
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Whether the tag closes an element of this name ({@code </script >}). */
  private static boolean closes(String tag, String name) {
    return tag.length() > name.length() + 2 && tag.startsWith("</")
        && tag.regionMatches(true, 2, name, 0, name.length())
        && tag.substring(2 + name.length(), tag.length() - 1).isBlank() && tag.endsWith(">");
  }

  /** The closing tag of the element the opening tag starts, within the block; null if none. */
  private static Node closing(Node opening, String name, Node block) {
    for (Node node = next(opening, block); node != null; node = next(node, block)) {
      if (node instanceof HtmlInline && closes(node.getChars().toString(), name)) {
        return node;
      }
    }
    return null;
  }

  /**
   * The hidden spans of the block's inlines as offset pairs (start inclusive, end exclusive): from
   * the end of an opening tag to the end of its closing tag; empty when there are none.
   */
  static int[] spans(Node block) {
    if (!mayHoldTag(block.getChars())) {
      return NONE;
    }
    List<Integer> spans = new ArrayList<>();
    for (Node node = block.getFirstChild(); node != null; node = next(node, block)) {
      String name = node instanceof HtmlInline ? opens(node.getChars().toString()) : null;
      Node closing = name == null ? null : closing(node, name, block);
      if (closing != null) {
        spans.add(node.getEndOffset());
        spans.add(closing.getEndOffset());
        node = closing;
      }
    }
    return spans.stream().mapToInt(Integer::intValue).toArray();
  }

  // Whether the characters may hold a '<'. BasedSequence#indexOf reads them one charAt at a time
  // through Flexmark's segments, ~70 us a 600-word article in C1 code; its source string is searched
  // directly whenever the sequence is a plain range of it (nearly always), within the range only
  // (String#indexOf from the block's start would read on to the end of a body with no '<' after it,
  // for every block: ~40 us a 600-word article).
  private static boolean mayHoldTag(BasedSequence chars) {
    String source = BaseText.sourceOf(chars);
    if (source == null) {
      return chars.indexOf('<') >= 0;
    }
    for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
      if (source.charAt(i) == '<') {
        return true;
      }
    }
    return false;
  }

  /** The end of the span that starts where the node ends; -1 when none does. */
  static int spanFrom(int[] spans, Node node) {
    for (int i = 0; i < spans.length; i += 2) {
      if (spans[i] == node.getEndOffset()) {
        return spans[i + 1];
      }
    }
    return -1;
  }

  /** Whether the node lies wholly inside one of the spans. */
  static boolean hides(int[] spans, Node node) {
    for (int i = 0; i < spans.length; i += 2) {
      if (node.getStartOffset() >= spans[i] && node.getEndOffset() <= spans[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** The node after this one in document order, within the block. */
  private static Node next(Node node, Node within) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    for (Node at = node; at != null && at != within; at = at.getParent()) {
      if (at.getNext() != null) {
        return at.getNext();
      }
    }
    return null;
  }
}
