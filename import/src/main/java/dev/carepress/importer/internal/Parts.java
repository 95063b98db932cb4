package dev.carepress.importer.internal;

import dev.carepress.model.Block;
import dev.carepress.model.Footnote;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.Inline;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.text.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The non-body parts read from their elements: key points, references, related links, footnotes, glossary. */
final class Parts {
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
  // the comma may be a language's own, as Carepress writes it after a publisher in that script
  // (Labels.commaJoin: Arabic ، Chinese ， Japanese 、 Amharic ፣ Burmese ၊)
  private static final Pattern PUBLISHER_YEAR = Pattern.compile("(?:(.*)[,\u060C\uFF0C\u3001\u1363\u104A]\\s*)?(\\d{1,4})");
  private static final Pattern SLUG_PAGE = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*)\\.(html?|md)");

  final List<KeyPoint> keyPoints = new ArrayList<>();
  final List<Reference> references = new ArrayList<>();
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"]+");
  final List<RelatedLink> related = new ArrayList<>();
  final List<Footnote> footnotes = new ArrayList<>();
  final List<GlossaryEntry> glossary = new ArrayList<>();
  final List<String> disclaimer = new ArrayList<>();
  private final Blocks blocks;

  Parts(Blocks blocks) {
    this.blocks = blocks;
  }

  /** The items of a part: the list items in it, else its paragraphs. */
  static List<Element> items(List<Element> elements) {
    List<Element> items = new ArrayList<>();
    for (Element e : elements) {
      if (e.is("li")) {
        items.add(e);
      } else if (e.is("ul, ol")) {
        items.addAll(e.select("> li"));
      } else {
        List<Element> lis = e.select("li").stream().filter(li -> li.parents().stream().noneMatch(p -> p.is("li"))).toList();
        if (!lis.isEmpty()) {
          items.addAll(lis);
        } else if (e.is("p, div:not(:has(p))")) {
          items.add(e);
        } else {
          items.addAll(e.select("p"));
        }
      }
    }
    items.removeIf(Chrome::isChrome);
    return items;
  }

  void keyPoints(List<Element> elements) {
    for (Element item : items(elements)) {
      List<Inline> content = new ArrayList<>();
      for (Block b : blocks.children(item)) {
        if (!content.isEmpty()) {
          content.add(new dev.carepress.model.LineBreak()); // a key point is one line: its paragraphs join at a break
        }
        content.addAll(Flatten.inlines(b));
      }
      if (!CanonicalInlines.trim(content).isEmpty()) {
        keyPoints.add(new KeyPoint(content));
      }
    }
  }

  void references(List<Element> elements) {
    for (Element item : items(elements)) {
      String text = Chars.text(item);
      // WebMD repeats its heading as the list's first line ("SOURCES:"): a label, not a source
      if (text.isEmpty() || Boxes.byHeading(text).filter(k -> k == Boxes.Kind.REFERENCES).isPresent()) {
        continue;
      }
      Element cite = item.selectFirst("cite");
      Element link = item.selectFirst("a[href]");
      String title = cite != null ? Chars.text(cite) : link != null && !Chars.text(link).startsWith("http")
          ? Chars.text(link) : text.split("(?<=[.?!])\\s|(?<=[\u3002\uFF0E\uFF01\uFF1F])", 2)[0]; // "。" needs no space
      Matcher bare = BARE_URL.matcher(text);
      Optional<String> url = link != null ? Optional.of(Urls.resolve(blocks.inlines().base(), link.attr("href")))
          : bare.find() ? Optional.of(bare.group().replaceAll("[.,;:)]+$", "")) : Optional.empty();
      url = url.filter(UrlPolicy::isSafeLink);
      String rest = text.contains(title) ? text.substring(text.indexOf(title) + title.length()) : "";
      // "Accessed Jan. 27, 2023." ("Consultado el 1 de marzo de 2024.") ends a citation: its date is the reader's, not the source's
      String cut = rest.replaceAll("(?iu)\\b(retrieved|accessed|available at|consultado|recuperado|disponible en)\\b.*$", "").replaceAll("https?://\\S+", "");
      rest = cut.equals(rest) ? rest : cut.replaceAll("[\\s.,;:]+$", "");
      // "<cite>T</cite>. P, 2020." and, in Chinese and Japanese, "<cite>T</cite>。P，2020。"
      rest = rest.startsWith(". ") ? rest.substring(2) : rest.startsWith("\u3002") ? rest.substring(1)
          : rest.replaceAll("^[\\s.,;:]+", "");
      rest = Chars.strip(rest.endsWith(".") || rest.endsWith("\u3002") ? rest.substring(0, rest.length() - 1) : rest);
      OptionalInt year = OptionalInt.empty();
      String publisher = rest;
      Matcher m = PUBLISHER_YEAR.matcher(rest);
      if (m.matches()) { // "Publisher, 2023", the usual order and Carepress's
        publisher = m.group(1) == null ? "" : m.group(1).strip();
        year = OptionalInt.of(Integer.parseInt(m.group(2)));
      } else {
        Matcher y = YEAR.matcher(rest);
        int at = -1;
        while (y.find()) {
          year = OptionalInt.of(Integer.parseInt(y.group(1)));
          at = y.start();
        }
        publisher = at >= 0 ? rest.substring(0, at).replaceAll("[\\s.,;:(\u060C\uFF0C\u3001\u1363\u104A]+$", "") : rest;
      }
      title = title.replaceAll("[\\s.\u3002]+$", "");
      if (!title.isEmpty()) {
        references.add(new Reference(title, url, Optional.of(publisher).filter(p -> !p.isEmpty() && p.length() < 200), year));
      }
    }
  }

  void related(List<Element> elements) {
    for (Element item : items(elements)) {
      Element link = item.selectFirst("a[href]");
      if (link == null || Chars.text(link).isEmpty()) {
        continue;
      }
      String title = Chars.text(link);
      String href = Urls.resolve(blocks.inlines().base(), link.attr("href"));
      if (!UrlPolicy.isSafeLink(href)) {
        continue;
      }
      String rest = Chars.text(item);
      rest = rest.startsWith(title) ? Chars.strip(rest.substring(title.length()).replaceFirst("^\\s*[:\u2013\u2014-]\\s+", "")) : "";
      Element summary = item.selectFirst(".cp-related-summary");
      if (summary != null) {
        rest = Chars.text(summary);
      }
      Matcher page = SLUG_PAGE.matcher(href);
      Optional<String> slug = page.matches() ? Optional.of(page.group(1)) : Optional.empty();
      Optional<String> url = slug.isPresent() ? Optional.empty() : Optional.of(href);
      related.add(new RelatedLink(title, url, slug, Optional.of(rest).filter(r -> !r.isEmpty())));
    }
  }

  /** Footnotes, numbered from 1 in list order, from the note list; back-links are left out. */
  void footnotes(List<Element> elements, Map<String, String> ids) {
    for (Element item : items(elements)) {
      String label = label(item, ids);
      if (label == null) {
        continue;
      }
      item.select("a[href^=#fnref], a[href^=#ref], .cp-backref, a.footnote-backref, a[rev=footnote], a[role=doc-backlink]").remove();
      for (Element a : item.select("a[href^=#]")) {
        if (a.text().strip().matches("[\u21a9\u2191^\ufe0e\\s]+|(?i)back( to text)?")) {
          a.remove();
        }
      }
      List<Block> content = blocks.children(item);
      if (!content.isEmpty()) {
        footnotes.add(new Footnote(label, content));
      }
    }
  }

  private static String label(Element item, Map<String, String> ids) {
    if (ids.containsKey(item.id())) {
      return ids.get(item.id());
    }
    for (Element inner : item.select("[id]")) {
      if (ids.containsKey(inner.id())) {
        return ids.get(inner.id());
      }
    }
    return null;
  }

  void glossary(List<Element> elements) {
    for (Element e : elements) {
      for (Element dt : e.select("dt")) {
        Element dd = dt.nextElementSibling();
        String term = Chars.text(dt);
        String definition = dd != null && dd.is("dd") ? Chars.text(dd) : "";
        if (!term.isEmpty() && !definition.isEmpty()) {
          glossary.add(new GlossaryEntry(term, definition));
        }
      }
    }
  }

  void disclaimer(List<Element> elements) {
    for (Element e : elements) {
      String text = Chars.text(e);
      if (!text.isEmpty()) {
        disclaimer.add(text);
      }
    }
  }
}
