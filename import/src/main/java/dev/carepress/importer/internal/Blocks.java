package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Figure;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import dev.carepress.text.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** HTML flow content to the model's blocks: paragraphs, lists, tables, figures, quotes, callouts, code. */
final class Blocks {
  static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
  private static final String BLOCKS = "p, ul, ol, dl, table, figure, blockquote, pre, hr, " + HEADINGS
      + ", div, section, article, main, aside, header, footer, nav, details, summary, center, address, fieldset, li, dd, dt";
  private final Inlines inlines;

  Blocks(Inlines inlines) {
    this.inlines = inlines;
  }

  Inlines inlines() {
    return inlines;
  }

  /** Whether the node starts a block (rather than running inside a line). */
  static boolean isBlock(Node node) {
    return node instanceof Element && ((Element) node).is(BLOCKS);
  }

  /** The blocks of a container's children; headings inside become strong paragraphs. */
  List<Block> children(Element container) {
    List<Block> out = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    for (Node child : container.childNodes()) {
      if (isBlock(child) || child instanceof Element && ((Element) child).is("img") && run.stream().allMatch(Blocks::blank)) {
        paragraph(run, out);
        run.clear();
        block((Element) child, out);
      } else {
        run.add(child);
      }
    }
    paragraph(run, out);
    return out;
  }

  private static boolean blank(Node node) {
    return node instanceof TextNode && ((TextNode) node).isBlank();
  }

  /** The blocks one element gives (none for chrome). */
  void block(Element e, List<Block> out) {
    if (Chrome.isChrome(e)) {
      return;
    }
    Optional<Callout.Kind> kind = Callouts.kind(e);
    if (kind.isPresent()) {
      List<Block> blocks = children(e);
      if (!blocks.isEmpty()) {
        out.add(new Callout(kind.get(), blocks));
      }
      return;
    }
    switch (e.normalName()) {
      case "p":
        paragraph(e.childNodes(), out);
        return;
      case "ul":
        items(e).ifPresent(items -> out.add(new BulletList(items)));
        return;
      case "ol":
        int start = e.attr("start").matches("\\d{1,9}") ? Integer.parseInt(e.attr("start")) : 1;
        items(e).ifPresent(items -> out.add(new OrderedList(start, items)));
        return;
      case "dl":
        definitions(e, out);
        return;
      case "table":
        Tables.of(e, this, out);
        return;
      case "figure":
        figure(e, out);
        return;
      case "img":
        image(e, Optional.empty()).ifPresent(out::add);
        return;
      case "blockquote":
        List<Block> quoted = children(e);
        if (!quoted.isEmpty()) {
          out.add(new Quote(quoted));
        }
        return;
      case "pre":
        Element code = e.selectFirst("code");
        String classes = e.className() + " " + (code == null ? "" : code.className());
        Optional<String> language = java.util.Arrays.stream(classes.split("\\s+"))
            .filter(c -> c.startsWith("language-") || c.startsWith("lang-")).map(c -> c.substring(c.indexOf('-') + 1))
            .filter(c -> !c.isEmpty()).findFirst();
        out.add(new CodeBlock(language, Canonical.code(e.wholeText().replaceFirst("\n$", ""))));
        return;
      case "hr":
        out.add(new ThematicBreak());
        return;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        List<Inline> heading = inlines.of(e.childNodes());
        if (!heading.isEmpty()) {
          out.add(new Paragraph(List.of(new Strong(heading))));
        }
        return;
      default:
        out.addAll(children(e));
    }
  }

  /** A paragraph of the nodes, or a figure when they hold only an image; split at a double line break. */
  void paragraph(List<Node> nodes, List<Block> out) {
    List<Node> content = nodes.stream().filter(n -> !blank(n)).toList();
    if (content.size() == 1 && content.get(0) instanceof Element && ((Element) content.get(0)).is("img, a:has(> img:only-child)")) {
      Element only = (Element) content.get(0);
      image(only.is("img") ? only : only.selectFirst("img"), Optional.empty()).ifPresent(out::add);
      return;
    }
    List<Inline> all = inlines.of(nodes);
    List<Inline> current = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Inline inline = all.get(i);
      if (inline instanceof LineBreak && i + 1 < all.size() && all.get(i + 1) instanceof LineBreak) {
        flush(current, out);
        while (i + 1 < all.size() && all.get(i + 1) instanceof LineBreak) {
          i++;
        }
        continue;
      }
      current.add(inline);
    }
    flush(current, out);
  }

  private static void flush(List<Inline> inlines, List<Block> out) {
    if (!CanonicalInlines.trim(inlines).isEmpty()) {
      out.add(new Paragraph(List.copyOf(inlines)));
    }
    inlines.clear();
  }

  private Optional<List<ListItem>> items(Element list) {
    List<ListItem> items = new ArrayList<>();
    for (Element li : list.children()) {
      if (!li.is("li") || Chrome.isChrome(li)) {
        continue;
      }
      List<Block> blocks = children(li);
      if (!blocks.isEmpty()) {
        items.add(new ListItem(blocks));
      }
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(items);
  }

  /** A definition list as a bullet list: each term in strong text, its definitions after it. */
  private void definitions(Element dl, List<Block> out) {
    List<ListItem> items = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    for (Element child : dl.select("> dt, > dd, > div > dt, > div > dd")) {
      if (child.is("dt")) {
        if (!current.isEmpty()) {
          items.add(new ListItem(current));
          current = new ArrayList<>();
        }
        List<Inline> term = inlines.of(child.childNodes());
        if (!CanonicalInlines.trim(term).isEmpty()) {
          current.add(new Paragraph(List.of(new Strong(term))));
        }
      } else {
        current.addAll(children(child));
      }
    }
    if (!current.isEmpty()) {
      items.add(new ListItem(current));
    }
    if (!items.isEmpty()) {
      out.add(new BulletList(items));
    }
  }

  private void figure(Element figure, List<Block> out) {
    Element caption = figure.selectFirst("figcaption");
    Optional<String> text = caption == null ? Optional.empty() : Optional.of(Chars.text(caption)).filter(t -> !t.isEmpty());
    Element table = figure.selectFirst("table");
    if (table != null) {
      List<Block> tables = new ArrayList<>();
      Tables.of(table, this, tables);
      for (Block b : tables) {
        out.add(b instanceof Table && text.isPresent() && ((Table) b).caption().isEmpty() ? ((Table) b).withCaption(text.get()) : b);
      }
      return;
    }
    List<Element> images = figure.select("img");
    if (images.isEmpty()) {
      if (caption != null) {
        caption.remove();
      }
      out.addAll(children(figure));
      text.ifPresent(t -> out.add(new Paragraph(List.of(new Text(t)))));
      return;
    }
    for (int i = 0; i < images.size(); i++) {
      image(images.get(i), i == images.size() - 1 ? text : Optional.empty()).ifPresent(out::add);
    }
  }

  /** A figure for the image, unless it is a tracking pixel or its address is not allowed. */
  Optional<Block> image(Element img, Optional<String> caption) {
    String src = img.hasAttr("src") && !img.attr("src").startsWith("data:") ? img.attr("src") : img.attr("data-src");
    if (src.isBlank()) { // an image given only by srcset (or a lazy loader's data-srcset)
      src = largestCandidate(img.hasAttr("srcset") ? img.attr("srcset") : img.attr("data-srcset"));
    }
    if (src.isBlank() || "1".equals(img.attr("width")) || "1".equals(img.attr("height"))) {
      return Optional.empty();
    }
    String url = inlines.imageUrl(src);
    if (!UrlPolicy.isSafeImage(url)) {
      inlines.problems().add(Problem.warning("unsafe-image", inlines.source(), Where.line(img), Where.column(img), "the image '" + Inlines.shorten(url)
          + "' was left out: only http, https and relative image addresses are allowed",
          "save the image beside the article and add it with ![description](image.png)"));
      return Optional.empty();
    }
    return Optional.of(new Figure(url, Chars.clean(img.attr("alt")), caption));
  }

  /**
   * The address of the largest candidate of a {@code srcset} ({@code a.jpg 1x, b.jpg 2x} or
   * {@code a.jpg 300w, b.jpg 1280w}; the first of equals), or "" when it has none. Addresses with
   * commas are not split correctly, as in a browser's simple parse; such pages are rare.
   */
  static String largestCandidate(String srcset) {
    String best = "";
    double bestSize = -1;
    for (String candidate : srcset.split(",")) {
      String[] parts = candidate.strip().split("\\s+");
      if (parts[0].isEmpty() || parts[0].startsWith("data:")) {
        continue;
      }
      double size = 1;
      if (parts.length > 1 && parts[1].matches("[0-9]+(\\.[0-9]+)?[wx]")) {
        size = Double.parseDouble(parts[1].substring(0, parts[1].length() - 1));
      }
      if (size > bestSize) {
        best = parts[0];
        bestSize = size;
      }
    }
    return best;
  }

  /** A row of cells' inlines, lists and paragraphs inside a cell joined by line breaks. */
  List<Inline> cell(Element cell) {
    List<Inline> out = new ArrayList<>();
    for (Block block : children(cell)) {
      if (!out.isEmpty()) {
        out.add(new LineBreak());
      }
      out.addAll(Flatten.inlines(block));
    }
    return out;
  }

  static TableRow row(List<List<Inline>> cells) {
    return new TableRow(cells.stream().map(TableCell::new).toList());
  }
}
