package dev.carepress.importer.internal;

import dev.carepress.importer.Origin;
import dev.carepress.model.Block;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import dev.carepress.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article's element to the body: the title {@code h1} left out, the top heading level used
 * becomes {@code ##} sections and the next {@code ###} subsections; a part named by its heading
 * or class (key points, references, related, notes, glossary, disclaimer) is taken out of the body
 * into its own field; lines that only repeat metadata (a byline, "April 07, 2025 · Health · 2348
 * views", a "Location:" trail) are left out, as is all chrome.
 */
final class BodyMapper {
  private static final Pattern META_LINE = Pattern.compile(
      "(?iu)^(author:|(medically\\s+)?reviewed by|location\\s*:|you are here|page last|last (reviewed|updated)"
          + "|updated|published|posted|next review|\\d+\\s+min(ute)?s?\\s+read"
          // the Spanish labels PageFacts reads dates from ("Fecha de la última revisión: 15 de marzo de 2025")
          + "|(fecha\\s+de\\s+(la\\s+)?)?[uú]ltima\\s+(revisi[oó]n|actualizaci[oó]n)|pr[oó]xima\\s+revisi[oó]n"
          + "|revisado\\s+(el|por)\\b|actualizado\\s+el\\b|fecha\\s+de\\s+publicaci[oó]n|publicado\\s+el\\b"
          // German and French ("Aktualisiert am 05.03.2025", "Stand: 05.03.2025", "Publié le 12 mars 2025 · Mis à jour le …")
          + "|(zuletzt\\s+)?aktualisiert\\s+am\\b|stand\\s*:\\s*\\d|veröffentlicht\\s+am\\b|publié\\s+le\\b|mis\\s+à\\s+jour\\s+le\\b"
          + "|dernière\\s+mise\\s+à\\s+jour"
          // "Von Dr. med. Hans Müller Medizinisch geprüft von …": a German byline with its reviewer
          + "|(von\\s+.{3,80}?\\s+)?(medizinisch|fachlich|ärztlich)\\s+(über)?geprüft\\s+von\\b"
          + "|(rédigé|écrit)\\s+par\\s+.{3,80}?\\s+(relu|validé)\\b|(relu|validé)\\s+(et\\s+validé\\s+)?par\\b).*");

  private final Blocks blocks;
  private final Parts parts;
  private final Fields fields;
  private final Map<String, String> footnoteIds;
  private final boolean ownPage;
  final List<Block> introduction = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();

  private BodyMapper(Blocks blocks, Fields fields, Map<String, String> footnoteIds, boolean ownPage) {
    this.ownPage = ownPage;
    this.blocks = blocks;
    this.parts = new Parts(blocks);
    this.fields = fields;
    this.footnoteIds = footnoteIds;
  }

  Parts parts() {
    return parts;
  }

  /** Maps the article's element; its footnote lists are found first so references to them resolve. */
  static BodyMapper map(Element root, Optional<String> base, Optional<Path> page, String source,
      List<dev.carepress.Problem> problems, Fields fields) {
    Map<String, String> ids = footnoteIds(root);
    // on another site's page a heading with nothing under it was a widget's ("Request an appointment")
    boolean own = root.ownerDocument() != null && root.ownerDocument().selectFirst("[class^=cp-]") != null;
    BodyMapper mapper = new BodyMapper(new Blocks(new Inlines(base, page, ids, source, problems)), fields, ids, own);
    mapper.walk(root);
    return mapper;
  }

  /** Ids of footnote entries, numbered 1, 2 … in document order. */
  private static Map<String, String> footnoteIds(Element root) {
    Map<String, String> ids = new HashMap<>();
    List<Element> lists = new ArrayList<>();
    for (Element e : root.select("section, div, aside, ol, footer")) {
      if (Boxes.byClass(e).filter(k -> k == Boxes.Kind.FOOTNOTES).isPresent()) {
        lists.add(e);
      }
    }
    for (Element h : root.select(Blocks.HEADINGS)) {
      if (Boxes.byHeading(h.text()).filter(k -> k == Boxes.Kind.FOOTNOTES).isPresent()) {
        Element next = h.nextElementSibling();
        if (next != null && next.is("ol, ul")) {
          lists.add(next);
        }
      }
    }
    int n = 0;
    for (Element list : lists) {
      for (Element li : list.select("li")) {
        if (li.parents().stream().takeWhile(p -> p != list).anyMatch(p -> p.is("li"))) {
          continue; // a list inside a note is not a note
        }
        String id = !li.id().isEmpty() ? li.id()
            : Optional.ofNullable(li.selectFirst("[id]:not(.cp-noteref *)")).map(Element::id).orElse("");
        if (!id.isEmpty() && !ids.containsKey(id)) {
          ids.put(id, String.valueOf(++n));
        }
      }
    }
    return ids;
  }

  // ---------------------------------------------------------------- the walk

  /** One unit of the flattened body: a heading, a block element, a part, or a run of phrasing content. */
  private record Unit(Element element, List<Node> run) {}

  private void walk(Element root) {
    List<Unit> units = new ArrayList<>();
    linearize(root, units);
    boolean titleSeen = false;
    int base = 7;
    for (Unit u : units) {
      if (u.element() != null && u.element().is(Blocks.HEADINGS)) {
        int level = level(u.element());
        if (level == 1 && !titleSeen) {
          titleSeen = true;
          continue;
        }
        base = Math.min(base, Math.max(2, level));
      }
    }
    titleSeen = false;
    List<Draft> stack = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      Element e = u.element();
      if (e != null && e.is(Blocks.HEADINGS)) {
        int level = Math.max(2, level(e));
        if (level(e) == 1 && !titleSeen) {
          titleSeen = true;
          continue;
        }
        String text = Chars.text(e);
        if (text.isEmpty()) {
          continue;
        }
        int shop = Chrome.shopLinks(text, units.stream().map(Unit::element).toList(), i);
        if (shop > i) { // Mayo Clinic's "Products & Services": its store's books and newsletters
          i = shop;
          continue;
        }
        Optional<Boxes.Kind> part = Boxes.byHeading(text);
        if (part.isPresent()) {
          List<Element> content = new ArrayList<>();
          while (i + 1 < units.size() && !endsPart(units.get(i + 1).element(), level(e))) {
            Unit next = units.get(++i);
            // a dates line after the references ("Page last reviewed: …") is metadata, not a part's item
            if (next.element() != null && !(next.element().is("p") && isMetaLine(next.element().childNodes()))) {
              content.add(next.element());
            }
          }
          part(part.get(), content);
          continue;
        }
        int depth = Math.min(level - base, stack.size());
        while (stack.size() > depth) {
          close(stack);
        }
        stack.add(new Draft(text));
        continue;
      }
      List<Block> target = stack.isEmpty() ? introduction : stack.get(stack.size() - 1).blocks;
      if (e == null) {
        if (!isMetaLine(u.run())) {
          blocks.paragraph(u.run(), target);
        }
      } else {
        element(e, target);
      }
    }
    while (!stack.isEmpty()) {
      close(stack);
    }
  }

  private void close(List<Draft> stack) {
    Draft done = stack.remove(stack.size() - 1);
    Section section = done.build();
    if (!ownPage && section.blocks().isEmpty() && section.subsections().isEmpty()) {
      return;
    }
    if (stack.isEmpty()) {
      sections.add(section);
    } else {
      stack.get(stack.size() - 1).subsections.add(section);
    }
  }

  /**
   * Whether a unit ends the part a heading began: a heading as high, a heading lower down that names
   * a part of its own ("Источники" then "Читайте также"), or a part box of its own.
   */
  static boolean endsPart(Element next, int level) {
    return next != null && (next.is(Blocks.HEADINGS) && (level(next) <= level || Boxes.byHeading(Chars.text(next)).isPresent())
        || Boxes.byClass(next).isPresent() || Boxes.isKeyPointsBox(next));
  }

  private static int level(Element heading) {
    return heading.normalName().charAt(1) - '0';
  }

  private void element(Element e, List<Block> target) {
    Optional<Boxes.Kind> part = Boxes.byClass(e).or(() -> Boxes.isKeyPointsBox(e) ? Optional.of(Boxes.Kind.KEY_POINTS) : Optional.empty());
    if (part.isPresent()) {
      Element copy = e.clone();
      Element heading = copy.selectFirst(Blocks.HEADINGS);
      if (heading != null && Boxes.byHeading(heading.text()).isPresent()) {
        heading.remove();
      }
      part(part.get(), List.of(copy));
      return;
    }
    if (e.is("figure.cp-lead, .wp-post-image, .featured-image, .post-thumbnail, .hero-image") && introduction.isEmpty()
        && sections.isEmpty()) {
      Element img = e.is("img") ? e : e.selectFirst("img");
      if (img != null && !img.attr("src").isBlank()) {
        Image lead = new Image(blocks.inlines().imageUrl(img.attr("src")), Chars.clean(img.attr("alt")));
        Optional<Image> stated = fields.get("image");
        if (stated.isPresent() && stated.get().alt().isEmpty() && stated.get().src().equals(lead.src())) {
          fields.drop("image"); // structured data gave the address; the page gives its alt text
        }
        fields.offer("image", lead, Origin.PAGE, "lead image");
      }
      return;
    }
    if (e.is("p") && isMetaLine(e.childNodes())) {
      return;
    }
    blocks.block(e, target);
  }

  private void part(Boxes.Kind kind, List<Element> content) {
    switch (kind) {
      case KEY_POINTS: parts.keyPoints(content); break;
      case REFERENCES: parts.references(content); break;
      case RELATED: parts.related(content); break;
      case FOOTNOTES: parts.footnotes(content, footnoteIds); break;
      case GLOSSARY: parts.glossary(content); break;
      default: parts.disclaimer(content);
    }
  }

  /** A section being built: ids are given later, as the reader gives them. */
  private static final class Draft {
    final String title;
    final List<Block> blocks = new ArrayList<>();
    final List<Section> subsections = new ArrayList<>();

    Draft(String title) {
      this.title = title;
    }

    Section build() {
      return new Section("s", title, blocks, subsections);
    }
  }

  /** Whether a short line only repeats metadata: a byline, dates, a view count, a trail. */
  private boolean isMetaLine(List<Node> nodes) {
    StringBuilder text = new StringBuilder();
    for (Node n : nodes) {
      text.append(n instanceof TextNode ? ((TextNode) n).getWholeText() : n instanceof Element ? ((Element) n).text() : "");
    }
    String line = Chars.clean(text.toString());
    if (line.isEmpty() || line.length() > 160) {
      return false;
    }
    if (META_LINE.matcher(line).matches() || Bylines.isBylineLine(line, authorNames()) || MetaLabels.isMetaLine(line)) {
      return true;
    }
    String rest = Dates.ANY.matcher(line).replaceAll("").replaceAll("(?i)\\d[\\d,.]*\\s*(views?|reads|min(ute)?s? read)", "");
    return Dates.ANY.matcher(line).find() && rest.replaceAll("[\\s·|•,\u2013\u2014-]", "").length() < 30 && rest.matches(".*[·|•].*|\\s*");
  }

  /** The names of the authors found so far, in lower case: a byline repeating one is not body text. */
  private Set<String> authorNames() {
    Set<String> names = new HashSet<>();
    fields.<List<Person>>get("authors").orElse(List.of()).forEach(p -> names.add(p.name().toLowerCase(Locale.ROOT)));
    return names;
  }

  /** Flattens containers into units; chrome is left out, parts and block elements are units. */
  private void linearize(Element container, List<Unit> out) {
    List<Node> run = new ArrayList<>();
    for (Node child : container.childNodes()) {
      if (!(child instanceof Element) || !Blocks.isBlock(child) && !((Element) child).is("img")) {
        run.add(child);
        continue;
      }
      flush(run, out);
      Element e = (Element) child;
      if (Chrome.isChrome(e) || isMetaField(e)) {
        continue;
      }
      boolean unit = e.is("p, ul, ol, dl, table, figure, blockquote, pre, hr, img, " + Blocks.HEADINGS)
          || Boxes.byClass(e).isPresent() || Boxes.isKeyPointsBox(e) || Callouts.kind(e).isPresent();
      if (unit) {
        out.add(new Unit(e, List.of()));
      } else {
        linearize(e, out);
      }
    }
    flush(run, out);
  }

  /**
   * Whether the element is a CMS field that holds metadata the page facts read — Drupal's
   * {@code <div class="field"><div class="field__label">Clinically reviewed by</div><div
   * class="field__item">…</div></div>}, also for the review date and the tags — rather than text.
   */
  private static boolean isMetaField(Element e) {
    Element label = e.selectFirst("> .field__label, > .field-label");
    return label != null && META_FIELD_LABEL.matcher(Chars.text(label)).matches();
  }

  private static final Pattern META_FIELD_LABEL = Pattern.compile("(?iu)((\\p{L}+\\s+)?reviewed\\s+by|(last\\s+)?review(ed)?"
      + "(\\s+date)?|next\\s+review(\\s+(date|due))?|tags?|categor(y|ies)|authors?|written\\s+by|(date\\s+)?published"
      + "|(last\\s+)?updated|date)\\s*:?");

  private static void flush(List<Node> run, List<Unit> out) {
    if (run.stream().anyMatch(n -> !(n instanceof TextNode) || !((TextNode) n).isBlank())) {
      out.add(new Unit(null, List.copyOf(run)));
    }
    run.clear();
  }
}
