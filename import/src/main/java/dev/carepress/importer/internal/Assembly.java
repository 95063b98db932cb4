package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.importer.Origin;
import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Block;
import dev.carepress.model.Crumb;
import dev.carepress.model.Figure;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.Image;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import dev.carepress.model.Subject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Puts the article together from the winning metadata and the mapped body, in canonical form. */
final class Assembly {
  private static final Set<String> GENERIC_NAMES = Set.of("index", "default", "page", "article", "home", "node", "view",
      "content", "print", "amp", "main", "post");

  private Assembly() {}

  /**
   * A share image from the page's meta data, without alt text, takes the alt of the same picture in
   * the body, when it is there (a lead image the page itself shows with an empty alt is decorative).
   */
  private static void imageAlt(Fields f, BodyMapper body) {
    Optional<Image> image = f.get("image");
    Origin origin = f.sources().stream().filter(s -> s.field().equals("image")).map(s -> s.origin()).findFirst()
        .orElse(Origin.PAGE);
    if (image.isEmpty() || !image.get().alt().isEmpty() || origin == Origin.PAGE) {
      return;
    }
    List<Block> all = new ArrayList<>(body.introduction);
    ArrayDeque<Section> todo = new ArrayDeque<>(body.sections);
    while (!todo.isEmpty()) {
      Section s = todo.pop();
      all.addAll(s.blocks());
      todo.addAll(s.subsections());
    }
    for (Block b : all) {
      if (b instanceof Figure fig && fig.src().equals(image.get().src()) && !fig.alt().isEmpty()) {
        f.drop("image");
        f.offer("image", new Image(fig.src(), fig.alt()), origin, "share image, alt text from the same picture on the page");
        return;
      }
    }
  }

  static Article article(BodyMapper body, Fields f, String source, Optional<Path> file, Optional<String> base,
      List<Crumb> navCrumbs, List<Problem> problems) {
    Parts parts = body.parts();
    f.offer("keyPoints", parts.keyPoints, Origin.PAGE, "key points box");
    f.offer("glossary", parts.glossary, Origin.PAGE, "glossary");
    f.offer("related", parts.related, Origin.PAGE, "related links");
    f.offer("footnotes", parts.footnotes, Origin.PAGE, "notes");
    if (!parts.disclaimer.isEmpty()) {
      f.offer("disclaimer", String.join(" ", parts.disclaimer), Origin.PAGE, "disclaimer");
    }
    // the visible list of references is what readers see; JSON-LD citations when the page lists fewer
    List<Reference> jsonLd = f.<List<Reference>>get("references").orElse(List.of());
    if (parts.references.size() >= jsonLd.size() && !parts.references.isEmpty()) {
      f.drop("references");
      f.offer("references", parts.references, Origin.PAGE, "references list");
    }
    breadcrumbUrls(f, navCrumbs);
    imageAlt(f, body);
    String title = f.<String>get("title").orElse("Untitled");
    if (f.get("title").isEmpty()) {
      problems.add(Problem.warning("no-title", source, 0, 0, "the page has no title; it was called 'Untitled'", "add title"));
    }
    if (f.guessed("published") && (f.get("published").equals(f.get("updated"))
        || f.get("published").equals(f.get("lastReviewed")) || f.get("published").equals(f.get("nextReview")))) {
      f.drop("published"); // the only <time> on the page was another date
    }
    if (f.<LocalDate>get("updated").equals(f.<LocalDate>get("published")) && f.has("updated")) {
      f.drop("updated"); // "modified" repeating "published" says nothing
    }
    guessCategory(f, title);
    // a page's <html lang="EN-us"> is a tag in another case, not another language: written as the readers keep it
    String language = f.<String>get("language").map(Metadata::canonicalLanguage).orElseGet(() -> {
      f.guess("language", "en", Origin.DEFAULT, "no language declared");
      return "en";
    });
    String slug = slug(f, source, base, title);
    Metadata metadata = new Metadata(title, f.get("subtitle"), slug, f.get("summary"), language, f.get("category"),
        f.<List<Crumb>>get("breadcrumb").orElse(List.of()), f.<List<String>>get("tags").orElse(List.of()),
        f.get("published"), f.get("updated"), f.get("lastReviewed"), f.get("nextReview"),
        f.<Long>get("views").map(OptionalLong::of).orElse(OptionalLong.empty()),
        f.<List<Person>>get("authors").orElse(List.of()), f.<List<Person>>get("reviewers").orElse(List.of()),
        f.<List<Audience>>get("audience").orElse(List.of()), f.<List<Subject>>get("about").orElse(List.of()),
        f.<Image>get("image"));
    Map<String, GlossaryEntry> glossary = new LinkedHashMap<>();
    f.<List<GlossaryEntry>>get("glossary").orElse(List.of())
        .forEach(g -> glossary.putIfAbsent(g.term().toLowerCase(Locale.ROOT), g));
    Article draft = new Article(metadata, body.introduction, Sections.withReaderIds(body.sections),
        f.<List<dev.carepress.model.KeyPoint>>get("keyPoints").orElse(List.of()), List.copyOf(glossary.values()),
        f.<List<dev.carepress.model.Footnote>>get("footnotes").orElse(List.of()),
        f.<List<Reference>>get("references").orElse(List.of()),
        f.<List<dev.carepress.model.RelatedLink>>get("related").orElse(List.of()), f.get("disclaimer"), Optional.empty());
    return Canonical.of(draft);
  }

  /** JSON-LD breadcrumbs often leave out the links; the page's own trail has them. */
  private static void breadcrumbUrls(Fields f, List<Crumb> navCrumbs) {
    List<Crumb> crumbs = f.<List<Crumb>>get("breadcrumb").orElse(List.of());
    if (crumbs.isEmpty() || navCrumbs.isEmpty() || crumbs == navCrumbs) {
      return;
    }
    List<Crumb> merged = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < crumbs.size(); i++) {
      Crumb crumb = crumbs.get(i);
      Optional<String> url = crumb.url();
      if (url.isEmpty()) {
        url = navUrl(navCrumbs, i, crumb.label());
        changed |= url.isPresent();
      }
      merged.add(new Crumb(crumb.label(), url));
    }
    if (changed) {
      f.drop("breadcrumb");
      f.offer("breadcrumb", merged, Origin.JSON_LD, "BreadcrumbList, links from the page's trail");
    }
  }

  // The page's crumb in the same place if it has the same label (two crumbs may share a label: the
  // first of them must not lend its link, or lack of one, to the second), else the first of that label.
  private static Optional<String> navUrl(List<Crumb> navCrumbs, int index, String label) {
    if (index < navCrumbs.size() && navCrumbs.get(index).label().equals(label)) {
      return navCrumbs.get(index).url();
    }
    return navCrumbs.stream().filter(c -> c.label().equals(label)).findFirst().flatMap(Crumb::url);
  }

  private static void guessCategory(Fields f, String title) {
    List<Crumb> crumbs = f.<List<Crumb>>get("breadcrumb").orElse(List.of());
    if (f.has("category") || crumbs.size() < 2) {
      return;
    }
    int last = crumbs.size() - 1;
    boolean endsWithPage = Chars.clean(crumbs.get(last).label()).equalsIgnoreCase(title) || crumbs.get(last).url().isEmpty();
    Crumb pick = crumbs.get(endsWithPage ? last - 1 : last);
    if (!pick.label().equalsIgnoreCase("home") && !(endsWithPage && last - 1 == 0)) {
      f.guess("category", pick.label(), Origin.PAGE, "the breadcrumb's last section");
    }
  }

  private static String slug(Fields f, String source, Optional<String> base, String title) {
    String name = Urls.lastSegment(source.replace('\\', '/'));
    if (Metadata.isValidSlug(name) && !GENERIC_NAMES.contains(name.toLowerCase(Locale.ROOT)) && !name.matches("\\d+")) {
      f.guess("slug", name, Origin.FILE, "the file name");
      return name;
    }
    String fromUrl = base.map(Urls::lastSegment).orElse("");
    if (Metadata.isValidSlug(fromUrl) && fromUrl.matches(".*[a-z].*-.*[a-z].*") && !GENERIC_NAMES.contains(fromUrl)) {
      f.guess("slug", fromUrl, Origin.FILE, "the page's address");
      return fromUrl;
    }
    String slug = Slugs.slugify(title);
    f.guess("slug", slug, Origin.PAGE, "the title");
    return slug;
  }
}
