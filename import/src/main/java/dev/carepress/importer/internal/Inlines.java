package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import dev.carepress.text.UrlPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML phrasing content to the model's inlines. Links are resolved against the page's base; one
 * whose scheme is not http, https or mailto (a {@code javascript:} link) keeps only its text;
 * a link to a footnote becomes a footnote reference; an image in running text leaves its alt text.
 */
final class Inlines {
  private final Optional<String> base;
  private final Optional<Path> page;
  private final Map<String, String> footnoteIds;
  private final String source;
  private final List<Problem> problems;

  Inlines(Optional<String> base, Optional<Path> page, Map<String, String> footnoteIds, String source,
      List<Problem> problems) {
    this.base = base;
    this.page = page;
    this.footnoteIds = footnoteIds;
    this.source = source;
    this.problems = problems;
  }

  Optional<String> base() {
    return base;
  }

  /**
   * An image's address: as written when it names a file saved beside the page (a page saved from
   * the browser keeps its canonical link, but its images are on disk), else resolved against the
   * base.
   */
  String imageUrl(String src) {
    return Images.savedFile(src, page).isPresent() ? src : Urls.resolve(base, src);
  }

  List<Problem> problems() {
    return problems;
  }

  String source() {
    return source;
  }

  /** The inlines of the nodes. */
  List<Inline> of(List<Node> nodes) {
    List<Inline> out = new ArrayList<>();
    for (Node node : nodes) {
      add(node, out);
    }
    return out;
  }

  private void add(Node node, List<Inline> out) {
    if (node instanceof TextNode) {
      String text = ((TextNode) node).getWholeText();
      if (!text.isEmpty()) {
        out.add(new Text(text));
      }
      return;
    }
    if (!(node instanceof Element)) {
      return;
    }
    Element e = (Element) node;
    if (Chrome.isChrome(e) || e.is(Chrome.NEVER_CONTENT)) {
      return;
    }
    switch (e.normalName()) {
      case "br":
        out.add(new LineBreak());
        return;
      case "em": case "i": case "cite": case "var":
        wrap(of(e.childNodes()), Emphasis::new, out);
        return;
      case "strong": case "b":
        wrap(of(e.childNodes()), Strong::new, out);
        return;
      case "s": case "strike": case "del":
        wrap(of(e.childNodes()), Strikethrough::new, out);
        return;
      case "code": case "kbd": case "samp": case "tt":
        String code = e.wholeText();
        if (!code.isBlank()) {
          out.add(new Code(code));
        }
        return;
      case "q":
        out.add(new Text("\u201c"));
        out.addAll(of(e.childNodes()));
        out.add(new Text("\u201d"));
        return;
      case "img":
        String alt = Chars.clean(e.attr("alt"));
        if (!alt.isEmpty()) {
          out.add(new Text(alt));
        }
        return;
      case "a":
        link(e, out);
        return;
      default:
        out.addAll(of(e.childNodes()));
    }
  }

  private static void wrap(List<Inline> content, java.util.function.Function<List<Inline>, Inline> make, List<Inline> out) {
    if (!content.isEmpty()) {
      out.add(make.apply(content));
    }
  }

  private void link(Element a, List<Inline> out) {
    String href = a.attr("href");
    if (href.startsWith("#")) {
      String label = footnoteIds.get(href.substring(1));
      if (label != null) {
        out.add(new FootnoteReference(label));
        return;
      }
    }
    List<Inline> content = of(a.childNodes());
    if (href.isBlank() || content.isEmpty() || a.hasClass("cp-term")) { // a glossary mark, not a link
      out.addAll(content);
      return;
    }
    String url = Urls.resolve(base, href);
    if (!UrlPolicy.isSafeLink(url)) {
      problems.add(Problem.warning("unsafe-link", source, Where.line(a), Where.column(a), "the link to '" + shorten(url)
          + "' was kept as text: only http, https, mailto and relative links are allowed",
          "link the text to an http or https address in the article if it should stay a link"));
      out.addAll(content);
      return;
    }
    String title = Chars.clean(a.attr("title"));
    out.add(new Link(url, title.isEmpty() ? Optional.empty() : Optional.of(title), content));
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "\u2026" : text;
  }
}
