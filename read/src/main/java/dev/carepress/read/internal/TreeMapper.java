package dev.carepress.read.internal;

import dev.carepress.text.Suggestions;
import dev.carepress.model.Audience;
import dev.carepress.model.Block;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Crumb;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Image;
import dev.carepress.model.Inline;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.Metadata;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Quote;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Subject;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mapping from a parsed {@link TreeNode} to the model, shared by YAML front matter, JSON
 * articles and {@code book.yaml}: every type, range and key is checked here, each problem with the
 * position of the value at fault (and, for JSON, its pointer).
 */
public final class TreeMapper {
  /** What is being mapped: the keys allowed differ. */
  public enum Mode { FRONT_MATTER, JSON, BOOK }

  /** Parses a line of inline Markdown (a key point given as text). */
  @FunctionalInterface
  public interface InlineMarkdown {
    List<Inline> parse(String text, Pos pos);
  }

  public static final List<String> METADATA_KEYS =
      List.of(
          "title", "subtitle", "slug", "summary", "language", "category", "breadcrumb", "tags", "published",
          "updated", "lastReviewed", "nextReview", "views", "authors", "reviewers", "audience", "about", "image");
  public static final List<String> CONTENT_KEYS =
      List.of("keyPoints", "glossary", "references", "related", "disclaimer");
  public static final List<String> BODY_KEYS = List.of("introduction", "sections", "footnotes");
  public static final List<String> BOOK_KEYS =
      List.of("title", "subtitle", "slug", "authors", "publisher", "language", "identifier", "cover", "articles");

  /** Keys other tools use, and ours for the same thing. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("description", "summary"), Map.entry("date", "published"), Map.entry("author", "authors"),
          Map.entry("keywords", "tags"), Map.entry("lang", "language"), Map.entry("modified", "updated"),
          Map.entry("reviewer", "reviewers"), Map.entry("reviewed", "lastReviewed"),
          Map.entry("lastmod", "updated"), Map.entry("teaser", "summary"), Map.entry("excerpt", "summary"),
          Map.entry("conditions", "about"), Map.entry("topics", "about"), Map.entry("keypoint", "keyPoints"),
          Map.entry("sources", "references"), Map.entry("cover", "image"), Map.entry("hero", "image"));

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
  private static final List<String> BLOCK_TYPES =
      List.of(
          "paragraph", "bulletList", "orderedList", "quote", "callout", "figure", "table", "codeBlock",
          "thematicBreak");
  private static final List<String> INLINE_TYPES =
      List.of(
          "text", "emphasis", "strong", "strikethrough", "code", "link", "lineBreak", "footnoteReference",
          "glossaryTerm");
  private static final int MAX_BODY_DEPTH = 60;

  private final Diagnostics diagnostics;
  private final Positions positions;
  private final Mode mode;
  private final InlineMarkdown inlineMarkdown;
  private boolean titleMissing;

  public TreeMapper(Diagnostics diagnostics, Positions positions, Mode mode, InlineMarkdown inlineMarkdown) {
    this.diagnostics = diagnostics;
    this.positions = positions;
    this.mode = mode;
    this.inlineMarkdown = inlineMarkdown;
  }

  // ---------------------------------------------------------------- articles

  /**
   * Maps an article's front matter or JSON into the draft.
   *
   * @param root the parsed tree, or empty when there was none (reported by the caller)
   * @param defaultSlug the slug to use when none is given (the file name's)
   */
  public void article(Optional<TreeNode> root, Pos start, String defaultSlug, ArticleDraft draft) {
    draft.start = start;
    Optional<TreeNode> map = root.filter(r -> requireObject(r, mode == Mode.JSON ? "the JSON" : "the front matter"));
    TreeNode empty = TreeNode.object(start, "", new java.util.LinkedHashMap<>());
    TreeNode object = map.orElse(empty);
    List<String> known = new ArrayList<>(METADATA_KEYS);
    known.addAll(CONTENT_KEYS);
    if (mode == Mode.JSON) {
      known.addAll(BODY_KEYS);
    }
    for (TreeNode.Entry entry : object.entries().values()) {
      if (!known.contains(entry.key())) {
        if (mode == Mode.FRONT_MATTER && BODY_KEYS.contains(entry.key())) {
          diagnostics.error(
              "body-key", entry.keyPos(),
              "'" + entry.key() + "' cannot be set in the front matter: it is made from the Markdown body",
              "write the " + entry.key() + " in the body after the closing '---' (## headings make sections)");
        } else {
          unknownKey(entry, known, "article");
        }
      }
    }
    draft.metadata = metadata(object, start, defaultSlug, map.isPresent());
    draft.titleKnown = map.isPresent() && !titleMissing;
    optional(object, "keyPoints").ifPresent(n -> draft.keyPoints.addAll(list(n, this::keyPoint)));
    optional(object, "glossary").ifPresent(n -> draft.glossary.addAll(glossary(n)));
    optional(object, "references").ifPresent(n -> draft.references.addAll(list(n, this::reference)));
    optional(object, "related").ifPresent(n -> draft.related.addAll(list(n, this::related)));
    draft.disclaimer = optional(object, "disclaimer").map(n -> text(n, "disclaimer"));
    if (mode == Mode.JSON) {
      optional(object, "introduction").ifPresent(n -> draft.introduction.addAll(blocks(n, 0)));
      Set<String> ids = new HashSet<>();
      optional(object, "sections").ifPresent(n -> draft.sections.addAll(list(n, s -> section(s, ids, 0))));
      Set<String> labels = new HashSet<>();
      optional(object, "footnotes").ifPresent(n -> draft.footnotes.addAll(list(n, f -> footnote(f, labels))));
    }
  }

  private Metadata metadata(TreeNode object, Pos start, String defaultSlug, boolean hadTree) {
    Optional<TreeNode> titleNode = optional(object, "title");
    String title = titleNode.map(n -> text(n, "title")).orElse(null);
    if (title == null || title.isBlank()) {
      if (hadTree && titleNode.isEmpty()) {
        diagnostics.error(
            "missing-title", start,
            mode == Mode.JSON ? "the article has no \"title\"" : "the front matter has no title",
            mode == Mode.JSON ? "add \"title\": \"…\" to the top-level object"
                : "add a line such as 'title: Living with asthma' between the '---' lines");
      } else if (titleNode.isPresent() && titleNode.get().isEmpty()) {
        diagnostics.error("missing-title", titleNode.get().pos(), "the title is empty", "write the article's title");
      }
      title = "Untitled";
      titleMissing = true;
    }
    String slug = optional(object, "slug").map(this::slug).orElse(defaultSlug);
    String language = optional(object, "language").map(this::language).orElse("en");
    Optional<String> subtitle = optionalText(object, "subtitle");
    Optional<String> summary = optionalText(object, "summary");
    Optional<String> category = optionalText(object, "category");
    List<Crumb> breadcrumb = optional(object, "breadcrumb").map(n -> list(n, this::crumb)).orElse(List.of());
    List<String> tags = optional(object, "tags").map(n -> list(n, t -> text(t, "tags"))).orElse(List.of());
    Optional<LocalDate> published = date(object, "published");
    Optional<LocalDate> updated = date(object, "updated");
    Optional<LocalDate> lastReviewed = date(object, "lastReviewed");
    Optional<LocalDate> nextReview = date(object, "nextReview");
    OptionalLong views = views(object);
    List<Person> authors = people(object, "authors");
    List<Person> reviewers = people(object, "reviewers");
    List<Audience> audience = audience(object);
    List<Subject> about = about(object);
    Optional<Image> image = optional(object, "image").map(n -> image(n, "image"));
    try {
      return new Metadata(
          title, subtitle, slug, summary, language, category, breadcrumb, tags, published, updated, lastReviewed,
          nextReview, views, authors, reviewers, audience, about, image);
    } catch (IllegalArgumentException | NullPointerException e) {
      diagnostics.error("invalid", object.pos(), "the metadata is not valid: " + e.getMessage(), "");
      return new Metadata(
          title, Optional.empty(), Slugs.slugify(title), Optional.empty(), "en", Optional.empty(), List.of(),
          List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
          List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }
  }

  private String slug(TreeNode node) {
    String slug = text(node, "slug");
    if (slug == null) {
      return "untitled";
    }
    if (!Metadata.isValidSlug(slug)) {
      String better = Slugs.slugify(slug);
      diagnostics.error(
          "invalid-slug", node.pos(), "the slug '" + slug + "'" + at(node) + " may hold only letters, digits, '-',"
              + " '_' and '.', and must start with a letter or digit",
          "write slug: " + better);
      return better;
    }
    return slug;
  }

  private String language(TreeNode node) {
    String tag = text(node, "language");
    if (tag == null) {
      return "en";
    }
    if (!Metadata.isValidLanguage(tag)) {
      diagnostics.error(
          "invalid-language", node.pos(), "'" + tag + "'" + at(node) + " is not a BCP 47 language tag",
          "write a tag such as en, es, es-MX or pt-BR");
      return "en";
    }
    return tag;
  }

  private Optional<LocalDate> date(TreeNode object, String key) {
    Optional<TreeNode> node = optional(object, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    TreeNode n = node.get();
    String text = n.isScalar() ? n.text().strip() : null;
    Matcher m = text == null ? null : DATE.matcher(text);
    if (m == null || !m.matches()) {
      diagnostics.error(
          "invalid-date", n.pos(),
          "'" + key + "'" + at(n) + " must be a date written YYYY-MM-DD, not " + describe(n),
          "write " + key + ": 2025-03-04 (year, month, day)");
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      diagnostics.error(
          "invalid-date", n.pos(), "'" + key + "'" + at(n) + " is " + text + ", which is not a real date ("
              + e.getMessage() + ")",
          "check the month and day: YYYY-MM-DD");
      return Optional.empty();
    }
  }

  private OptionalLong views(TreeNode object) {
    Optional<TreeNode> node = optional(object, "views");
    if (node.isEmpty()) {
      return OptionalLong.empty();
    }
    TreeNode n = node.get();
    if (n.kind() != TreeNode.Kind.INTEGER) {
      boolean digits = n.kind() == TreeNode.Kind.STRING && n.text().strip().matches("-?[\\d,. ]+");
      diagnostics.error(
          "wrong-type", n.pos(), "'views'" + at(n) + " must be a whole number 0 or more, not " + describe(n),
          digits ? "write the number without quotes, commas or spaces, e.g. views: 2348"
              : "write a number such as views: 2348, or leave the key out");
      return OptionalLong.empty();
    }
    try {
      long views = Long.parseLong(n.text());
      if (views < 0) {
        diagnostics.error(
            "negative-views", n.pos(), "'views'" + at(n) + " must be 0 or more, not " + views,
            "write the number of times the article was read, or leave the key out");
        return OptionalLong.empty();
      }
      return OptionalLong.of(views);
    } catch (NumberFormatException e) {
      diagnostics.error(
          "out-of-range", n.pos(), "'views'" + at(n) + " is too large: " + n.text(), "write a smaller number");
      return OptionalLong.empty();
    }
  }

  private List<Person> people(TreeNode object, String key) {
    return optional(object, key).map(n -> list(n, p -> person(p, key))).orElse(List.of());
  }

  private Person person(TreeNode node, String key) {
    if (node.isScalar()) {
      String name = text(node, key);
      return name == null ? null : positions.at(Person.of(name), node.pos());
    }
    if (!requireObject(node, "each of '" + key + "'")) {
      return null;
    }
    checkKeys(node, List.of("name", "credentials", "url"), key + " entry");
    String name = requiredText(node, "name", key + " entry", "name: Dana Okafor");
    if (name == null) {
      return null;
    }
    return positions.at(
        new Person(name, optionalText(node, "credentials"), optionalText(node, "url")), node.pos());
  }

  private List<Audience> audience(TreeNode object) {
    return optional(object, "audience")
        .map(
            n -> list(
                n,
                a -> {
                  String id = text(a, "audience");
                  if (id == null) {
                    return null;
                  }
                  Optional<Audience> audience = Audience.fromId(id.strip());
                  if (audience.isEmpty()) {
                    List<String> ids = Arrays.stream(Audience.values()).map(Audience::id).toList();
                    diagnostics.error(
                        "invalid-value", a.pos(), "'" + id + "'" + at(a) + " is not an audience"
                            + didYouMean(id, ids),
                        "write one or more of " + String.join(", ", ids));
                  }
                  return audience.orElse(null);
                }))
        .map(l -> List.copyOf(new LinkedHashSet<>(l)))
        .orElse(List.of());
  }

  private List<Subject> about(TreeNode object) {
    return optional(object, "about").map(n -> list(n, this::subject)).orElse(List.of());
  }

  private Subject subject(TreeNode node) {
    if (node.isScalar()) {
      String name = text(node, "about");
      return name == null ? null : Subject.condition(name);
    }
    if (!requireObject(node, "each of 'about'")) {
      return null;
    }
    checkKeys(node, List.of("name", "type"), "about entry");
    String name = requiredText(node, "name", "about entry", "name: multiple sclerosis");
    Subject.Kind kind = Subject.Kind.CONDITION;
    Optional<TreeNode> type = optional(node, "type");
    if (type.isPresent()) {
      String id = text(type.get(), "type");
      Optional<Subject.Kind> found = id == null ? Optional.empty() : Subject.Kind.fromId(id.strip());
      if (found.isEmpty() && id != null) {
        diagnostics.error(
            "invalid-value", type.get().pos(), "'" + id + "'" + at(type.get()) + " is not a kind of subject",
            "write type: condition or type: topic");
      }
      kind = found.orElse(kind);
    }
    return name == null ? null : new Subject(name, kind);
  }

  private Crumb crumb(TreeNode node) {
    if (node.isScalar()) {
      String label = text(node, "breadcrumb");
      return label == null ? null : positions.at(Crumb.of(label), node.pos());
    }
    if (!requireObject(node, "each breadcrumb step")) {
      return null;
    }
    checkKeys(node, List.of("label", "url"), "breadcrumb step");
    String label = requiredText(node, "label", "breadcrumb step", "label: Home");
    return label == null ? null : positions.at(new Crumb(label, optionalText(node, "url")), node.pos());
  }

  private Image image(TreeNode node, String key) {
    if (node.isScalar()) {
      String src = text(node, key);
      return src == null ? null : positions.at(new Image(src, ""), node.pos());
    }
    if (!requireObject(node, "'" + key + "'")) {
      return null;
    }
    checkKeys(node, List.of("src", "alt"), key);
    String src = requiredText(node, "src", key, "src: images/lungs.png");
    return src == null ? null : positions.at(new Image(src, optionalText(node, "alt").orElse("")), node.pos());
  }

  private KeyPoint keyPoint(TreeNode node) {
    if (node.kind() == TreeNode.Kind.OBJECT) {
      checkKeys(node, List.of("content"), "key point");
      List<Inline> content = optional(node, "content").map(c -> inlines(c, 0)).orElse(List.of());
      if (content.isEmpty()) {
        diagnostics.error("empty", node.pos(), "a key point" + at(node) + " has no content", "give it text");
        return null;
      }
      return positions.at(new KeyPoint(content), node.pos());
    }
    String text = text(node, "keyPoints");
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      diagnostics.error("empty", node.pos(), "a key point is empty", "write the point or remove the line");
      return null;
    }
    List<Inline> content = inlineMarkdown.parse(text, node.pos());
    return content.isEmpty() ? null : positions.at(new KeyPoint(content), node.pos());
  }

  private List<GlossaryEntry> glossary(TreeNode node) {
    if (node.kind() != TreeNode.Kind.OBJECT) {
      wrongType(node, "glossary", TreeNode.Kind.OBJECT, "write one 'term: definition' per line under 'glossary:'");
      return List.of();
    }
    List<GlossaryEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TreeNode.Entry entry : node.entries().values()) {
      String definition = text(entry.value(), entry.key());
      if (definition == null) {
        continue;
      }
      if (entry.key().isBlank() || definition.isBlank()) {
        diagnostics.error(
            "empty", entry.keyPos(), "the glossary term '" + entry.key() + "' has no definition",
            "write a plain-language definition after the colon");
        continue;
      }
      if (!seen.add(entry.key().toLowerCase(Locale.ROOT))) {
        diagnostics.error(
            "duplicate-term", entry.keyPos(), "the glossary defines '" + entry.key() + "' twice (ignoring case)",
            "keep one definition");
        continue;
      }
      String term = mode == Mode.JSON ? entry.key() : entry.key().strip();
      entries.add(positions.at(new GlossaryEntry(term, definition), entry.keyPos()));
    }
    return entries;
  }

  private Reference reference(TreeNode node) {
    if (node.isScalar()) {
      String title = text(node, "references");
      return title == null ? null : positions.at(
          new Reference(title, Optional.empty(), Optional.empty(), OptionalInt.empty()), node.pos());
    }
    if (!requireObject(node, "each reference")) {
      return null;
    }
    checkKeys(node, List.of("title", "url", "publisher", "year"), "reference");
    String title = requiredText(node, "title", "reference", "title: Asthma guidelines");
    OptionalInt year = OptionalInt.empty();
    Optional<TreeNode> yearNode = optional(node, "year");
    if (yearNode.isPresent()) {
      TreeNode y = yearNode.get();
      int value = y.kind() == TreeNode.Kind.INTEGER && YEAR.matcher(y.text()).matches() ? Integer.parseInt(y.text()) : -1;
      if (value < 1) {
        diagnostics.error(
            "wrong-type", y.pos(), "'year'" + at(y) + " must be a year such as 2024, not " + describe(y),
            "write year: 2024");
      } else {
        year = OptionalInt.of(value);
      }
    }
    if (title == null) {
      return null;
    }
    return positions.at(
        new Reference(title, optionalText(node, "url"), optionalText(node, "publisher"), year), node.pos());
  }

  private RelatedLink related(TreeNode node) {
    if (!requireObject(node, "each related link")) {
      return null;
    }
    checkKeys(node, List.of("title", "url", "slug", "summary"), "related link");
    String title = requiredText(node, "title", "related link", "title: Allergies");
    Optional<String> url = optionalText(node, "url");
    Optional<String> slug = optionalText(node, "slug");
    if (url.isEmpty() && slug.isEmpty()) {
      diagnostics.error(
          "missing-key", node.pos(), "the related link" + (title == null ? "" : " '" + title + "'") + at(node)
              + " has neither a url nor a slug",
          "add slug: (another article's slug) or url: https://…");
      return null;
    }
    return title == null ? null : positions.at(
        new RelatedLink(title, url, slug, optionalText(node, "summary")), node.pos());
  }

  // ---------------------------------------------------------------- book.yaml

  /** The book's metadata; the caller reads {@code articles}. */
  public BookMetadata bookMetadata(TreeNode object) {
    for (TreeNode.Entry entry : object.entries().values()) {
      if (!BOOK_KEYS.contains(entry.key())) {
        unknownKey(entry, BOOK_KEYS, "book");
      }
    }
    Optional<TreeNode> titleNode = optional(object, "title");
    String title = titleNode.map(n -> text(n, "title")).orElse(null);
    if (title == null || title.isBlank()) {
      diagnostics.error(
          "missing-title", titleNode.map(TreeNode::pos).orElse(object.pos()), "the book has no title",
          "add a line such as 'title: Everyday health' to book.yaml");
      title = "Untitled";
    }
    String finalTitle = title;
    String slug = optional(object, "slug").map(this::slug).orElseGet(() -> Slugs.slugify(finalTitle));
    String language = optional(object, "language").map(this::language).orElse("en");
    try {
      return new BookMetadata(
          title, optionalText(object, "subtitle"), slug, people(object, "authors"), optionalText(object, "publisher"),
          language, optionalText(object, "identifier"),
          optional(object, "cover").map(n -> image(n, "cover")).filter(Objects::nonNull));
    } catch (IllegalArgumentException e) {
      diagnostics.error("invalid", object.pos(), "the book's metadata is not valid: " + e.getMessage(), "");
      return BookMetadata.of(title);
    }
  }

  // ---------------------------------------------------------------- JSON body

  private Section section(TreeNode node, Set<String> ids, int depth) {
    if (!requireObject(node, "each section") || !notTooDeep(node, depth)) {
      return null;
    }
    checkKeys(node, List.of("id", "title", "blocks", "subsections"), "section");
    String title = requiredText(node, "title", "section", "\"title\": \"Symptoms\"");
    Optional<TreeNode> idNode = optional(node, "id");
    String id = idNode.map(n -> text(n, "id")).orElse(null);
    if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
      if (idNode.isPresent()) {
        diagnostics.error(
            "invalid-id", idNode.get().pos(), "the section id '" + idNode.get().text() + "'" + at(idNode.get())
                + " must be non-empty and hold no spaces",
            "write an id such as \"" + Slugs.slugify(title == null ? "section" : title) + "\"");
      }
      id = Slugs.unique(title == null ? "section" : title, ids);
    } else if (!ids.add(id)) {
      diagnostics.error(
          "duplicate-id", idNode.get().pos(), "two sections have the id '" + id + "'" + at(idNode.get()),
          "give each section its own id");
      id = Slugs.unique(id, ids);
    }
    List<Block> blocks = optional(node, "blocks").map(b -> blocks(b, depth + 1)).orElse(List.of());
    List<Section> subsections =
        optional(node, "subsections").map(s -> list(s, x -> section(x, ids, depth + 1))).orElse(List.of());
    String finalId = id;
    return title == null ? null : make(node, () -> new Section(finalId, title, blocks, subsections));
  }

  private Footnote footnote(TreeNode node, Set<String> labels) {
    if (!requireObject(node, "each footnote")) {
      return null;
    }
    checkKeys(node, List.of("label", "blocks"), "footnote");
    String label = requiredText(node, "label", "footnote", "\"label\": \"1\"");
    List<Block> blocks = optional(node, "blocks").map(b -> blocks(b, 1)).orElse(List.of());
    if (label == null) {
      return null;
    }
    if (!labels.add(label)) {
      diagnostics.error(
          "duplicate-footnote", node.pos(), "two footnotes have the label '" + label + "'" + at(node),
          "give each footnote its own label");
      return null;
    }
    if (blocks.isEmpty()) {
      diagnostics.error("empty", node.pos(), "the footnote '" + label + "'" + at(node) + " has no content",
          "give it \"blocks\"");
      return null;
    }
    return positions.at(new Footnote(label, blocks), node.pos());
  }

  private List<Block> blocks(TreeNode node, int depth) {
    return list(node, b -> block(b, depth));
  }

  private Block block(TreeNode node, int depth) {
    if (!requireObject(node, "each block") || !notTooDeep(node, depth)) {
      return null;
    }
    String type = type(node, BLOCK_TYPES, "block");
    if (type == null) {
      return null;
    }
    switch (type) {
      case "paragraph": {
        checkKeys(node, List.of("type", "content"), type);
        List<Inline> content = inlinesOf(node, "content", depth);
        return content.isEmpty() ? emptyError(node, type) : make(node, () -> new Paragraph(content));
      }
      case "bulletList":
      case "orderedList": {
        boolean ordered = type.equals("orderedList");
        checkKeys(node, ordered ? List.of("type", "start", "items") : List.of("type", "items"), type);
        List<ListItem> items = optional(node, "items").map(i -> list(i, x -> listItem(x, depth))).orElse(List.of());
        if (items.isEmpty()) {
          return emptyError(node, type);
        }
        if (!ordered) {
          return make(node, () -> new BulletList(items));
        }
        int start = optional(node, "start").map(s -> integer(s, "start")).orElse(1);
        return make(node, () -> new OrderedList(start, items));
      }
      case "quote": {
        checkKeys(node, List.of("type", "blocks"), type);
        List<Block> blocks = optional(node, "blocks").map(b -> blocks(b, depth + 1)).orElse(List.of());
        return blocks.isEmpty() ? emptyError(node, type) : make(node, () -> new Quote(blocks));
      }
      case "callout": {
        checkKeys(node, List.of("type", "kind", "blocks"), type);
        String kindId = requiredText(node, "kind", "callout", "\"kind\": \"tip\"");
        Optional<Callout.Kind> kind = kindId == null ? Optional.empty() : Callout.Kind.fromId(kindId);
        if (kindId != null && kind.isEmpty()) {
          List<String> ids = Arrays.stream(Callout.Kind.values()).map(Callout.Kind::id).toList();
          diagnostics.error(
              "invalid-value", node.entries().get("kind").value().pos(),
              "'" + kindId + "'" + at(node.entries().get("kind").value()) + " is not a kind of callout"
                  + didYouMean(kindId, ids),
              "write one of " + String.join(", ", ids));
        }
        List<Block> blocks = optional(node, "blocks").map(b -> blocks(b, depth + 1)).orElse(List.of());
        if (blocks.isEmpty()) {
          return emptyError(node, type);
        }
        return kind.isEmpty() ? null : make(node, () -> new Callout(kind.get(), blocks));
      }
      case "figure": {
        checkKeys(node, List.of("type", "src", "alt", "caption"), type);
        String src = requiredText(node, "src", "figure", "\"src\": \"images/inhaler.png\"");
        String alt = optionalText(node, "alt").orElse("");
        Optional<String> caption = optionalText(node, "caption");
        return src == null ? null : make(node, () -> new Figure(src, alt, caption));
      }
      case "table":
        return table(node, depth);
      case "codeBlock": {
        checkKeys(node, List.of("type", "language", "code"), type);
        String code = optional(node, "code").map(c -> rawText(c, "code")).orElse("");
        return make(node, () -> new CodeBlock(optionalText(node, "language"), code));
      }
      case "thematicBreak":
        checkKeys(node, List.of("type"), type);
        return make(node, ThematicBreak::new);
      default:
        throw new IllegalStateException(type);
    }
  }

  private ListItem listItem(TreeNode node, int depth) {
    if (!requireObject(node, "each list item")) {
      return null;
    }
    checkKeys(node, List.of("blocks"), "list item");
    List<Block> blocks = optional(node, "blocks").map(b -> blocks(b, depth + 1)).orElse(List.of());
    return blocks.isEmpty() ? emptyError(node, "list item") : make(node, () -> new ListItem(blocks));
  }

  private Block table(TreeNode node, int depth) {
    checkKeys(node, List.of("type", "header", "rows", "alignments", "caption"), "table");
    Optional<TreeNode> headerNode = optional(node, "header");
    if (headerNode.isEmpty()) {
      diagnostics.error("missing-key", node.pos(), "the table" + at(node) + " has no \"header\"",
          "add \"header\": a list of cells, each a list of inlines");
      return null;
    }
    TableRow header = row(headerNode.get(), depth);
    List<TableRow> rows = optional(node, "rows").map(r -> list(r, x -> row(x, depth))).orElse(List.of());
    if (header == null) {
      return null;
    }
    int width = header.cells().size();
    List<Table.Alignment> alignments = new ArrayList<>();
    Optional<TreeNode> alignNode = optional(node, "alignments");
    if (alignNode.isPresent()) {
      alignments.addAll(list(alignNode.get(), a -> {
        String id = text(a, "alignments");
        for (Table.Alignment alignment : Table.Alignment.values()) {
          if (alignment.id().equals(id)) {
            return alignment;
          }
        }
        if (id != null) {
          diagnostics.error("invalid-value", a.pos(), "'" + id + "'" + at(a) + " is not an alignment",
              "write none, left, center or right");
        }
        return Table.Alignment.NONE;
      }));
      if (alignments.size() != width) {
        diagnostics.error(
            "table-shape", alignNode.get().pos(), "the table has " + width + " columns but " + alignments.size()
                + " alignments" + at(alignNode.get()),
            "give one alignment per column");
        return null;
      }
    } else {
      alignments.addAll(java.util.Collections.nCopies(width, Table.Alignment.NONE));
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).cells().size() != width) {
        TreeNode rowNode = node.entries().get("rows").value().elements().get(i);
        diagnostics.error(
            "table-shape", rowNode.pos(), "row " + (i + 1) + at(rowNode) + " has " + rows.get(i).cells().size()
                + " cells, the header has " + width,
            "give every row as many cells as the header");
        return null;
      }
    }
    Optional<String> caption = optionalText(node, "caption");
    return make(node, () -> new Table(header, rows, alignments, caption));
  }

  private TableRow row(TreeNode node, int depth) {
    if (node.kind() != TreeNode.Kind.ARRAY) {
      wrongType(node, "table row", TreeNode.Kind.ARRAY, "write a row as a list of cells, each a list of inlines");
      return null;
    }
    List<TableCell> cells = new ArrayList<>();
    for (TreeNode cell : node.elements()) {
      if (cell.kind() != TreeNode.Kind.ARRAY) {
        wrongType(cell, "table cell", TreeNode.Kind.ARRAY, "write a cell as a list of inlines ([] when empty)");
        return null;
      }
      cells.add(new TableCell(inlines(cell, depth + 1)));
    }
    if (cells.isEmpty()) {
      diagnostics.error("empty", node.pos(), "a table row" + at(node) + " has no cells", "give it cells");
      return null;
    }
    return new TableRow(cells);
  }

  private List<Inline> inlinesOf(TreeNode node, String key, int depth) {
    return optional(node, key).map(c -> inlines(c, depth + 1)).orElse(List.of());
  }

  private List<Inline> inlines(TreeNode node, int depth) {
    return list(node, i -> inline(i, depth));
  }

  private Inline inline(TreeNode node, int depth) {
    if (!requireObject(node, "each inline") || !notTooDeep(node, depth)) {
      return null;
    }
    String type = type(node, INLINE_TYPES, "inline");
    if (type == null) {
      return null;
    }
    switch (type) {
      case "text": {
        checkKeys(node, List.of("type", "text"), type);
        String text = optional(node, "text").map(t -> rawText(t, "text")).orElse("");
        return text.isEmpty() ? emptyError(node, type) : make(node, () -> new Text(text));
      }
      case "emphasis":
      case "strong":
      case "strikethrough": {
        checkKeys(node, List.of("type", "content"), type);
        List<Inline> content = inlinesOf(node, "content", depth);
        if (content.isEmpty()) {
          return emptyError(node, type);
        }
        Function<List<Inline>, Inline> factory =
            type.equals("emphasis") ? Emphasis::new : type.equals("strong") ? Strong::new : Strikethrough::new;
        return make(node, () -> factory.apply(content));
      }
      case "code": {
        checkKeys(node, List.of("type", "code"), type);
        String code = optional(node, "code").map(t -> rawText(t, "code")).orElse("");
        return code.isEmpty() ? emptyError(node, type) : make(node, () -> new Code(code));
      }
      case "link": {
        checkKeys(node, List.of("type", "url", "title", "content"), type);
        String url = optional(node, "url").map(u -> rawText(u, "url")).orElse(null);
        if (url == null) {
          diagnostics.error("missing-key", node.pos(), "the link" + at(node) + " has no \"url\"", "add \"url\"");
          return null;
        }
        List<Inline> content = inlinesOf(node, "content", depth);
        return content.isEmpty() ? emptyError(node, type)
            : make(node, () -> new Link(url, optionalText(node, "title"), content));
      }
      case "lineBreak":
        checkKeys(node, List.of("type"), type);
        return make(node, LineBreak::new);
      case "footnoteReference": {
        checkKeys(node, List.of("type", "label"), type);
        String label = requiredText(node, "label", "footnote reference", "\"label\": \"1\"");
        return label == null ? null : make(node, () -> new FootnoteReference(label));
      }
      case "glossaryTerm": {
        checkKeys(node, List.of("type", "term", "content"), type);
        String term = requiredText(node, "term", "glossary term", "\"term\": \"relapse\"");
        List<Inline> content = inlinesOf(node, "content", depth);
        if (content.isEmpty()) {
          return emptyError(node, type);
        }
        return term == null ? null : make(node, () -> new GlossaryTerm(term, content));
      }
      default:
        throw new IllegalStateException(type);
    }
  }

  private String type(TreeNode node, List<String> types, String what) {
    Optional<TreeNode> typeNode = optional(node, "type");
    if (typeNode.isEmpty()) {
      diagnostics.error(
          "missing-key", node.pos(), "the " + what + at(node) + " has no \"type\"",
          "add \"type\": one of " + String.join(", ", types));
      return null;
    }
    String type = text(typeNode.get(), "type");
    if (type != null && !types.contains(type)) {
      diagnostics.error(
          "unknown-type", typeNode.get().pos(), "'" + type + "'" + at(typeNode.get()) + " is not a type of " + what
              + didYouMean(type, types),
          "write one of " + String.join(", ", types));
      return null;
    }
    return type;
  }

  private <T> T emptyError(TreeNode node, String what) {
    diagnostics.error("empty", node.pos(), "the " + what + at(node) + " has no content", "give it content or remove it");
    return null;
  }

  private boolean notTooDeep(TreeNode node, int depth) {
    if (depth > MAX_BODY_DEPTH) {
      diagnostics.error("too-deep", node.pos(), "content nests more than " + MAX_BODY_DEPTH + " levels deep" + at(node),
          "flatten the structure");
      return false;
    }
    return true;
  }

  private int integer(TreeNode node, String key) {
    if (node.kind() != TreeNode.Kind.INTEGER || !WHOLE_NUMBER.matcher(node.text()).matches()) {
      diagnostics.error(
          "wrong-type", node.pos(), "'" + key + "'" + at(node) + " must be a whole number 0 or more, not "
              + describe(node),
          "write a number such as 1");
      return 1;
    }
    return Integer.parseInt(node.text());
  }

  /** Runs a model constructor; a value it rejects becomes a problem at the node. */
  private <T> T make(TreeNode node, Supplier<T> constructor) {
    try {
      return positions.at(constructor.get(), node.pos());
    } catch (IllegalArgumentException | NullPointerException e) {
      diagnostics.error("invalid", node.pos(), "invalid content" + at(node) + ": " + e.getMessage(), "");
      return null;
    }
  }

  // ---------------------------------------------------------------- helpers

  private Optional<TreeNode> optional(TreeNode object, String key) {
    TreeNode.Entry entry = object.entries().get(key);
    if (entry == null || entry.value().kind() == TreeNode.Kind.NULL) {
      return Optional.empty();
    }
    if (entry.value().kind() == TreeNode.Kind.STRING && entry.value().text().isEmpty()
        && mode != Mode.JSON && !key.equals("title")) {
      return Optional.empty(); // "subtitle:" left empty in YAML
    }
    return Optional.of(entry.value());
  }

  private Optional<String> optionalText(TreeNode object, String key) {
    return optional(object, key).map(n -> text(n, key)).filter(s -> !s.isBlank());
  }

  private String requiredText(TreeNode object, String key, String what, String example) {
    Optional<TreeNode> node = optional(object, key);
    String text = node.map(n -> text(n, key)).orElse(null);
    if (node.isEmpty() || (text != null && text.isBlank())) {
      diagnostics.error(
          "missing-key", node.map(TreeNode::pos).orElse(object.pos()),
          "the " + what + at(object) + " has no '" + key + "'", "add " + example);
      return null;
    }
    return text;
  }

  /** Text of a scalar (numbers and booleans as written), stripped; null (reported) for a list or map. */
  private String text(TreeNode node, String key) {
    String raw = rawText(node, key);
    return raw == null || mode == Mode.JSON ? raw : raw.strip(); // JSON keeps every character: it round-trips
  }

  private String rawText(TreeNode node, String key) {
    if (!node.isScalar()) {
      wrongType(node, key, TreeNode.Kind.STRING, hintForText(key, node));
      return null;
    }
    return node.text();
  }

  private static String hintForText(String key, TreeNode node) {
    if (node.kind() == TreeNode.Kind.OBJECT && node.entries().size() == 1) {
      return "text containing ': ' must be quoted, e.g. " + key + ": \"Asthma: the basics\"";
    }
    return "write " + key + ": followed by text on the same line";
  }

  private boolean requireObject(TreeNode node, String what) {
    if (node.kind() != TreeNode.Kind.OBJECT) {
      wrongType(node, what, TreeNode.Kind.OBJECT, "");
      return false;
    }
    return true;
  }

  private void wrongType(TreeNode node, String what, TreeNode.Kind expected, String hint) {
    String name = what.startsWith("'") || what.startsWith("each") || what.startsWith("the") ? what : "'" + what + "'";
    diagnostics.error(
        "wrong-type", node.pos(), name + at(node) + " must be " + expected.description() + ", not " + describe(node),
        hint);
  }

  /** Maps one value or a list of them, dropping those that failed (already reported). */
  private <T> List<T> list(TreeNode node, Function<TreeNode, T> element) {
    List<TreeNode> nodes = node.kind() == TreeNode.Kind.ARRAY ? node.elements() : List.of(node);
    List<T> out = new ArrayList<>(nodes.size());
    for (TreeNode n : nodes) {
      if (n.kind() == TreeNode.Kind.NULL) {
        if (!n.text().equals(TreeNode.ALIAS)) {
          diagnostics.error("empty", n.pos(), "an empty entry in a list" + at(n), "remove the empty '-' line");
        }
        continue;
      }
      T value = element.apply(n);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private void checkKeys(TreeNode object, List<String> known, String what) {
    for (TreeNode.Entry entry : object.entries().values()) {
      if (!known.contains(entry.key())) {
        unknownKey(entry, known, what);
      }
    }
  }

  private void unknownKey(TreeNode.Entry entry, List<String> known, String what) {
    String key = entry.key();
    Optional<String> suggestion = Suggestions.closest(key, known);
    String alias = ALIASES.get(key.toLowerCase(Locale.ROOT));
    if (suggestion.isEmpty() && alias != null && known.contains(alias)) {
      suggestion = Optional.of(alias);
    }
    String pointer = mode == Mode.JSON ? " (at " + TreeNode.child(entry.value().pointer().isEmpty() ? ""
        : parentPointer(entry.value().pointer()), key) + ")" : "";
    diagnostics.error(
        "unknown-key", entry.keyPos(),
        "unknown key '" + key + "'" + pointer + " in the " + what
            + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""),
        suggestion.map(s -> "rename it to '" + s + "'")
            .orElse("the keys are: " + String.join(", ", known)));
  }

  private static String parentPointer(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static String didYouMean(String word, List<String> candidates) {
    return Suggestions.closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /** " (at /pointer)" for JSON, where the pointer says more than the line; nothing for YAML. */
  private String at(TreeNode node) {
    return mode == Mode.JSON && !node.pointer().isEmpty() ? " (at " + node.pointer() + ")" : "";
  }

  private static String describe(TreeNode node) {
    switch (node.kind()) {
      case STRING:
        String text = node.text().length() > 40 ? node.text().substring(0, 40) + "…" : node.text();
        return "\"" + text + "\"";
      case OBJECT:
        return "a map (key: value pairs)";
      case ARRAY:
        return "a list";
      case NULL:
        return "nothing";
      default:
        return node.text();
    }
  }
}
