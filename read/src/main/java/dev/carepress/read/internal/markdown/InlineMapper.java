package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.PlainText;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import dev.carepress.text.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Flexmark's inline nodes as the model's inlines: one rule per node type. Raw HTML tags are left
 * out (with a warning; {@code <br>} is a line break), an image inside running text becomes its alt
 * text, neighbouring text is joined. Stateless.
 */
final class InlineMapper {
  /** Maps one node to none, one or several inlines. */
  @FunctionalInterface
  private interface Rule {
    List<Inline> map(Node node, int depth, BodyContext cx);
  }

  private static final NodeDispatch<Rule> RULES =
      NodeDispatch.<Rule>builder()
          .on(com.vladsch.flexmark.ast.Text.class, InlineMapper::text)
          .on(TextBase.class, InlineMapper::children)
          .on(SoftLineBreak.class, (node, depth, cx) -> {
            String join = LineJoins.softBreak(node);
            return join.isEmpty() ? List.of() : List.of(new Text(join));
          })
          .on(HardLineBreak.class, (node, depth, cx) -> List.of(new LineBreak()))
          .on(com.vladsch.flexmark.ast.Emphasis.class, wrapped(Emphasis::new))
          .on(StrongEmphasis.class, wrapped(Strong::new))
          .on(com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough.class, wrapped(Strikethrough::new))
          .on(com.vladsch.flexmark.ast.Code.class, InlineMapper::code)
          .on(com.vladsch.flexmark.ast.Link.class, InlineMapper::link)
          .on(LinkRef.class, InlineMapper::linkRef)
          .on(AutoLink.class, InlineMapper::autoLink)
          .on(MailLink.class, InlineMapper::mailLink)
          .on(com.vladsch.flexmark.ast.Image.class, InlineMapper::imageInText)
          .on(ImageRef.class, InlineMapper::imageInText)
          .on(com.vladsch.flexmark.ext.footnotes.Footnote.class, InlineMapper::footnoteReference)
          .on(HtmlEntity.class, (node, depth, cx) -> List.of(new Text(node.getChars().unescape())))
          .on(HtmlInlineComment.class, (node, depth, cx) -> List.of())
          .on(HtmlInline.class, InlineMapper::htmlTag)
          .otherwise(InlineMapper::text);

  private InlineMapper() {}

  /**
   * The inlines of a block's (or an image's) children, neighbouring text joined; the content of
   * inline {@code <script>}, {@code <style>} and like elements is left out (see {@link HiddenHtml}).
   */
  static List<Inline> inlines(Node parent, int depth, BodyContext cx) {
    return children(parent, depth, cx.inBlock(parent));
  }

  /** The inlines of the node's children, neighbouring text joined. */
  private static List<Inline> children(Node parent, int depth, BodyContext cx) {
    List<Inline> out = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      out.addAll(inline(child, depth + 1, cx));
    }
    return merge(out);
  }

  /** The inlines of one node; none when it is nested too deeply (reported). */
  static List<Inline> inline(Node node, int depth, BodyContext cx) {
    if (depth > MarkdownReading.MAX_DEPTH) {
      cx.tooDeep(node);
      return List.of();
    }
    if (cx.hides(node)) {
      return List.of();
    }
    return RULES.find(node).map(node, depth, cx);
  }

  private static List<Inline> text(Node node, int depth, BodyContext cx) {
    String text = unescape(cx.text(node.getChars()));
    return text.isEmpty() ? List.of() : List.of(new Text(text));
  }

  private static Rule wrapped(Function<List<Inline>, Inline> constructor) {
    return (node, depth, cx) -> {
      List<Inline> content = children(node, depth, cx);
      return content.isEmpty() ? List.of() : List.of(constructor.apply(content));
    };
  }

  private static List<Inline> code(Node node, int depth, BodyContext cx) {
    String code = ((com.vladsch.flexmark.ast.Code) node).getText().toString().replace('\n', ' ');
    if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
      code = code.substring(1, code.length() - 1);
    }
    return code.isEmpty() ? List.of() : List.of(new Code(code));
  }

  private static List<Inline> link(Node node, int depth, BodyContext cx) {
    com.vladsch.flexmark.ast.Link link = (com.vladsch.flexmark.ast.Link) node;
    return List.of(link(node, unescape(cx.text(link.getUrl())), unescape(cx.text(link.getTitle())), depth, cx));
  }

  /**
   * The text with backslash escapes and entities replaced, as {@link BasedSequence#unescape()}
   * gives them, without its regular-expression search when there is neither a {@code \\} nor a
   * {@code &} (most text).
   */
  static String unescape(String text) {
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
  }

  private static List<Inline> linkRef(Node node, int depth, BodyContext cx) {
    LinkRef ref = (LinkRef) node;
    com.vladsch.flexmark.ast.Reference target = ref.isDefined() ? ref.getReferenceNode(cx.document()) : null;
    if (target == null) {
      return text(node, depth, cx);
    }
    return List.of(link(node, target.getUrl().unescape(), target.getTitle().unescape(), depth, cx));
  }

  private static Inline link(Node node, String url, String title, int depth, BodyContext cx) {
    List<Inline> content = children(node, depth, cx);
    if (content.isEmpty()) {
      content = List.of(new Text(url.isEmpty() ? "link" : url));
    }
    return cx.at(new Link(url, title.isBlank() ? Optional.empty() : Optional.of(title), content), node);
  }

  private static List<Inline> autoLink(Node node, int depth, BodyContext cx) {
    String text = ((AutoLink) node).getText().unescape();
    String url = ((AutoLink) node).getUrl().unescape();
    if (url.isEmpty()) {
      url = text;
    }
    if (url.isEmpty()) {
      // Flexmark's bare-link pass can make an empty link of "s://&" before an entity ("s://&#4;"),
      // its characters in no node: they stay text, taken from the source up to the next node
      int end = node.getNext() != null ? node.getNext().getStartOffset() : node.getParent().getEndOffset();
      BasedSequence lost = node.getChars().baseSubSequence(node.getStartOffset(), Math.max(node.getStartOffset(), end));
      String literal = unescape(cx.text(lost));
      return literal.isEmpty() ? List.of() : List.of(new Text(literal));
    }
    if (!UrlPolicy.hasScheme(url) && url.startsWith("www.")) {
      url = "http://" + url;
    }
    return List.of(cx.at(Link.of(url, text.isEmpty() ? url : text), node));
  }

  private static List<Inline> mailLink(Node node, int depth, BodyContext cx) {
    String address = ((MailLink) node).getText().unescape();
    return List.of(cx.at(Link.of("mailto:" + address, address), node));
  }

  private static List<Inline> imageInText(Node node, int depth, BodyContext cx) {
    String alt = PlainText.of(children(node, depth, cx)).strip();
    cx.diagnostics().warning(
        "image-in-text", cx.pos(node),
        "an image inside running text is not supported; " + (alt.isEmpty() ? "it was left out"
            : "its alt text '" + alt + "' was kept as text"),
        "put the image in a paragraph of its own to make it a figure");
    return alt.isEmpty() ? List.of() : List.of(new Text(alt));
  }

  private static List<Inline> footnoteReference(Node node, int depth, BodyContext cx) {
    String label = cx.text(((com.vladsch.flexmark.ext.footnotes.Footnote) node).getText());
    if (cx.article().isUndefinedFootnote(label)) {
      String literal = node.getChars().toString();
      cx.diagnostics().warning(
          "undefined-footnote", cx.pos(node), "the footnote [^" + label + "] is referred to but never defined;"
              + " '" + literal + "' was kept as text",
          "add a line '[^" + label + "]: the note's text' at the end of the article, or remove the reference");
      return List.of(new Text(literal));
    }
    cx.article().referTo(label, cx.pos(node));
    return List.of(cx.at(new FootnoteReference(label), node));
  }

  private static List<Inline> htmlTag(Node node, int depth, BodyContext cx) {
    String tag = node.getChars().toString();
    if (HtmlText.isBreak(tag)) {
      return List.of(new LineBreak());
    }
    int end = cx.hiddenAfter(node);
    if (end >= 0) {
      String element = cx.text(node.getChars().baseSubSequence(node.getStartOffset(), end));
      cx.diagnostics().warning(
          "raw-html", cx.pos(node), "the HTML element " + HtmlText.excerpt(element) + " was left out with its content",
          "write it in Markdown; Carepress never passes HTML through");
      return List.of();
    }
    if (HiddenHtml.opens(tag) != null) {
      cx.diagnostics().warning(
          "raw-html", cx.pos(node), "the HTML tag " + HtmlText.excerpt(tag) + " was left out, but it is not closed"
              + " in this paragraph, so the text after it was kept",
          "write it in Markdown; Carepress never passes HTML through");
      return List.of();
    }
    cx.diagnostics().warning(
        "raw-html", cx.pos(node), "the HTML tag " + HtmlText.excerpt(tag) + " was left out (the text around it is kept)",
        "use Markdown: *emphasis*, **strong**, [link](url)");
    return List.of();
  }

  /** Joins neighbouring text, so that terms and words split across lines are found whole. */
  static List<Inline> merge(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    int run = 0; // the number of texts just before the current inline
    for (int i = 0, n = inlines.size(); i <= n; i++) {
      Inline inline = i < n ? inlines.get(i) : null;
      if (inline instanceof Text) {
        run++;
        continue;
      }
      if (run == 1) {
        out.add(inlines.get(i - 1)); // a text alone is kept as it is
      } else if (run > 1) {
        StringBuilder text = new StringBuilder();
        for (int j = i - run; j < i; j++) {
          text.append(((Text) inlines.get(j)).text());
        }
        out.add(new Text(text.toString()));
      }
      run = 0;
      if (inline != null) {
        out.add(inline);
      }
    }
    return out;
  }

  /** Leaves out white space at the ends of a block's content (soft line breaks, indentation). */
  static List<Inline> trim(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines);
    if (!out.isEmpty() && out.get(0) instanceof Text) {
      String stripped = ((Text) out.get(0)).text().stripLeading();
      if (stripped.isEmpty()) {
        out.remove(0);
      } else {
        out.set(0, new Text(stripped));
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text) {
      String stripped = ((Text) out.get(out.size() - 1)).text().stripTrailing();
      if (stripped.isEmpty()) {
        out.remove(out.size() - 1);
      } else {
        out.set(out.size() - 1, new Text(stripped));
      }
    }
    return out;
  }
}
