package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.carepress.model.Block;
import dev.carepress.model.Callout;
import dev.carepress.model.Inline;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.text.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block quote as a quote, or as a callout when its first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (an unknown kind stays a quote,
 * with a warning). Stateless.
 */
final class QuoteMapper {
  private static final Pattern ALERT = Pattern.compile("\\[!([A-Za-z]+)\\][ \\t]*");

  private QuoteMapper() {}

  /** The quote or callout; null when it has no content (a warning for a callout). */
  static Block quote(Node node, int depth, BodyContext cx) {
    Node first = node.getFirstChild();
    Optional<Callout.Kind> kind = first instanceof com.vladsch.flexmark.ast.Paragraph ? kind(first, cx) : Optional.empty();
    List<Block> blocks = new ArrayList<>();
    for (Node child = first; child != null; child = child.getNext()) {
      if (child == first && kind.isPresent()) {
        List<Inline> rest = afterFirstLine(child, depth, cx);
        if (!rest.isEmpty()) {
          blocks.add(new Paragraph(cx.mark(rest)));
        }
        continue;
      }
      BlockMapper.add(child, blocks, depth + 1, cx);
    }
    if (blocks.isEmpty()) {
      kind.ifPresent(k -> cx.diagnostics().warning(
          "empty-callout", cx.pos(node), "the [!" + k.name() + "] callout has no text; it was left out",
          "write its text on the '>' lines after '> [!" + k.name() + "]', or remove it"));
      return null;
    }
    return kind.isPresent() ? new Callout(kind.get(), blocks) : new Quote(blocks);
  }

  /** The callout kind the paragraph's first line names, if it names a known one (an unknown one is a warning). */
  private static Optional<Callout.Kind> kind(Node first, BodyContext cx) {
    BasedSequence chars = first.getChars();
    int lineEnd = chars.indexOf('\n');
    String firstLine = cx.text(lineEnd < 0 ? chars : chars.subSequence(0, lineEnd)).strip();
    Matcher m = ALERT.matcher(firstLine);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Callout.Kind> found = Callout.Kind.fromId(m.group(1));
    if (found.isEmpty()) {
      List<String> kinds = Arrays.stream(Callout.Kind.values()).map(Enum::name).toList();
      String name = m.group(1);
      cx.diagnostics().warning(
          "unknown-callout", cx.pos(first), "'[!" + name + "]' is not a kind of callout; it was read as a quote"
              + Suggestions.closest(name, kinds)
                  .or(() -> kinds.stream().filter(k -> k.startsWith(name.toUpperCase(Locale.ROOT))).findFirst())
                  .map(s -> "; did you mean '[!" + s + "]'?").orElse(""),
          "write one of [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]");
    }
    return found;
  }

  /** The inlines of the paragraph after its first line (the {@code [!KIND]} marker). */
  private static List<Inline> afterFirstLine(Node paragraph, int depth, BodyContext cx) {
    List<Inline> rest = new ArrayList<>();
    BodyContext inner = cx.inBlock(paragraph);
    boolean afterBreak = false;
    for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
      if (!afterBreak) {
        afterBreak = inline instanceof SoftLineBreak || inline instanceof HardLineBreak;
        continue;
      }
      rest.addAll(InlineMapper.inline(inline, depth + 1, inner));
    }
    return InlineMapper.trim(InlineMapper.merge(rest));
  }
}
