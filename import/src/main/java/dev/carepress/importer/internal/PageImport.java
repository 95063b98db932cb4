package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.importer.FieldSource;
import dev.carepress.importer.ImportResult;
import dev.carepress.importer.MissingField;
import dev.carepress.importer.Origin;
import dev.carepress.model.Article;
import dev.carepress.model.Crumb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** One page's import, start to end: decode, parse, harvest metadata, find and map the content, report. */
public final class PageImport {
  /** How deep elements may nest before the parser flattens the rest. */
  public static final int MAX_DEPTH = 256;

  private final String source;
  private final Optional<Path> file;
  private final Optional<String> baseUrl;
  private final List<Problem> problems = new ArrayList<>();
  private final Fields fields = new Fields();

  private PageImport(String source, Optional<Path> file, Optional<String> baseUrl) {
    this.source = source;
    this.file = file;
    this.baseUrl = baseUrl;
  }

  /** Imports the page's bytes; never throws for bad content. */
  public static ImportResult run(byte[] bytes, String source, Optional<Path> file, Optional<String> baseUrl, long maxBytes) {
    PageImport page = new PageImport(source, file, baseUrl);
    try {
      return page.run(bytes, maxBytes);
    } catch (RuntimeException | StackOverflowError e) {
      page.problems.add(Problem.error("unreadable", source, 0, 0, "the page could not be read: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Inlines.shorten(e.getMessage())),
          "please report this page to the Carepress developers"));
      return ImportResult.failure(page.problems);
    }
  }

  /** The result for a file larger than the limit, which is not read. */
  public static ImportResult tooLarge(String source, long size, long maxBytes) {
    List<Problem> problems = new ArrayList<>();
    PageLoader.tooLarge(source, size, maxBytes, problems);
    return ImportResult.failure(problems);
  }

  private ImportResult run(byte[] bytes, long maxBytes) {
    Optional<String> text = PageLoader.decode(bytes, source, maxBytes, problems);
    if (text.isEmpty()) {
      return ImportResult.failure(problems);
    }
    String lower = text.get().toLowerCase(Locale.ROOT);
    if (!lower.contains("</html") && !lower.contains("</body")) {
      int[] end = end(text.get()); // where it stops: the writer checks what comes before
      problems.add(Problem.warning("truncated", source, end[0], end[1], "the page ends without </body> or </html>; it"
          + " may be cut off", "check the end of the article against the page"));
    }
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH).setTrackPosition(true);
    Document page = parser.parseInput(text.get(), "");
    Optional<Element> deep = tooDeep(page);
    if (deep.isPresent()) {
      problems.add(Problem.warning("too-deep", source, Where.line(deep.get()), Where.column(deep.get()),
          "the page nests elements more than " + MAX_DEPTH + " deep from here; the deeper ones were read as if less deep",
          "check this part of the article against the page"));
    }
    Optional<String> base = base(page);
    JsonLd.harvest(page, base, fields, source, problems);
    MetaTags.harvest(page, base, fields);
    PageFacts.harvest(page, base, fields);
    List<Crumb> navCrumbs = fields.<List<Crumb>>get("pageBreadcrumb").orElse(List.of());
    revealCollapsed(page);
    page.select(Chrome.NEVER_CONTENT).remove();
    Optional<Element> root = Content.root(page);
    if (root.isEmpty()) {
      problems.add(Problem.error("no-content", source, 0, 0, "no article text found: the page has no <article> or <main>"
          + " and no block of text long enough to be the article", "check that this is the article's page, saved complete"));
      return ImportResult.failure(problems);
    }
    BodyMapper body = BodyMapper.map(root.get(), base, file, source, problems, fields);
    if (!fields.has("language")) { // before the default "en": a Chinese page that declares nothing is not English
      Scripts.language(root.get().text()).ifPresent(l -> fields.guess("language", l, Origin.PAGE, "the script of its text"));
    }
    Article article = Assembly.article(body, fields, source, file, base, navCrumbs, problems);
    if (article.introduction().isEmpty() && article.sections().isEmpty()) {
      problems.add(Problem.error("no-content", source, 0, 0, "no article text found: the content holds no paragraph",
          "check that this is the article's page, saved complete"));
      return ImportResult.failure(problems);
    }
    List<FieldSource> sources = fields.sources();
    return new ImportResult(Optional.of(article), sources, missing(article), Images.of(article, file, problems, source),
        problems);
  }

  private Optional<String> base(Document page) {
    Element baseTag = page.selectFirst("base[href]");
    if (baseTag != null) {
      String href = Urls.resolve(baseUrl, baseTag.attr("href"));
      if (Urls.isAbsoluteWeb(href)) {
        return Optional.of(href);
      }
    }
    if (baseUrl.isPresent()) {
      return baseUrl;
    }
    Element canonical = page.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
    if (canonical != null) {
      String url = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
      if (Urls.isAbsoluteWeb(Urls.clean(url))) {
        return Optional.of(Urls.clean(url));
      }
    }
    return JsonLd.pageUrl(page); // CDC's pages name their address only in their JSON-LD WebPage
  }

  /** The first element nested as deep as the parser's limit, if any. */
  private static Optional<Element> tooDeep(Document page) {
    for (Element e : page.getAllElements()) {
      int d = 0;
      for (Element p = e; p != null && d < MAX_DEPTH + 1; p = p.parent()) {
        d++;
      }
      if (d >= MAX_DEPTH - 1) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The line and column just after the text's last character. */
  private static int[] end(String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, text.length()) + 1};
  }

  private static List<MissingField> missing(Article a) {
    List<MissingField> out = new ArrayList<>();
    var m = a.metadata();
    if (m.summary().isEmpty()) {
      out.add(new MissingField("summary", "no summary: add summary (one or two sentences for the page description)"));
    }
    if (m.published().isEmpty()) {
      out.add(new MissingField("published", "no publication date: add published"));
    }
    if (m.lastReviewed().isEmpty()) {
      out.add(new MissingField("lastReviewed", "no review date: add lastReviewed"));
    }
    if (m.nextReview().isEmpty()) {
      out.add(new MissingField("nextReview", "no next review date: add nextReview"));
    }
    if (m.authors().isEmpty()) {
      out.add(new MissingField("authors", "no author: add authors"));
    }
    if (m.reviewers().isEmpty()) {
      out.add(new MissingField("reviewers", "no medical reviewer: add reviewers"));
    }
    if (m.audience().isEmpty()) {
      out.add(new MissingField("audience", "no audience: add audience (patient, caregiver or professional)"));
    }
    if (a.keyPoints().isEmpty()) {
      out.add(new MissingField("keyPoints", "no key points: add keyPoints (3 to 5 short lines)"));
    }
    if (a.references().isEmpty()) {
      out.add(new MissingField("references", "no references: add references (the sources the article is based on)"));
    }
    if (a.disclaimer().isEmpty()) {
      out.add(new MissingField("disclaimer", "no disclaimer: add disclaimer, or let the site add its own"));
    }
    return out;
  }

  /**
   * What a reader sees with one click stays: a heading's toggle button ("Show references") keeps
   * its words, and a collapsed list of references or sources is opened.
   */
  private static void revealCollapsed(Document page) {
    page.select("h2 button, h3 button, h4 button, h5 button, h6 button").unwrap();
    for (Element list : page.select("ol[hidden], ul[hidden], div[hidden]")) {
      if (Boxes.byClass(list).filter(k -> k == Boxes.Kind.REFERENCES).isPresent()) {
        list.removeAttr("hidden");
      }
    }
  }
}
