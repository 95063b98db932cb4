package dev.carepress.importer.internal;

import dev.carepress.importer.Origin;
import dev.carepress.model.Image;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata from {@code <meta>} tags and microdata: schema.org {@code itemprop}s (microdata), Open
 * Graph {@code og:*} and {@code article:*} (also when written with {@code name=} instead of {@code
 * property=}), {@code citation_*}, Dublin Core ({@code DC.*}, {@code dcterms.*}) and the plain
 * {@code description}, {@code author} and {@code keywords}.
 */
final class MetaTags {
  private final Map<String, List<String>> meta = new LinkedHashMap<>();

  private MetaTags(Document page) {
    for (Element tag : page.select("meta[content]")) {
      String key = tag.hasAttr("property") ? tag.attr("property") : tag.hasAttr("name") ? tag.attr("name")
          : tag.attr("http-equiv");
      key = key.strip().toLowerCase(Locale.ROOT).replace(':', '.').replace("dcterms.", "dc.");
      String value = Chars.clean(tag.attr("content"));
      if (!key.isEmpty() && !value.isEmpty()) {
        meta.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
  }

  static void harvest(Document page, Optional<String> base, Fields fields) {
    Microdata.harvest(page, base, fields);
    new MetaTags(page).offer(base, fields);
  }

  private Optional<String> one(String... keys) {
    for (String key : keys) {
      List<String> values = meta.get(key);
      if (values != null) {
        return Optional.of(values.get(0));
      }
    }
    return Optional.empty();
  }

  private List<String> all(String key) {
    return meta.getOrDefault(key, List.of());
  }

  private void offer(Optional<String> base, Fields f) {
    Origin og = Origin.OPEN_GRAPH;
    one("og.title").ifPresent(v -> f.offer("title", v, og, "og:title"));
    one("og.description").ifPresent(v -> f.offer("summary", v, og, "og:description"));
    one("og.locale").map(l -> l.replace('_', '-')).filter(Metadata::isValidLanguage)
        .ifPresent(v -> f.offer("language", v, og, "og:locale"));
    one("article.section").ifPresent(v -> f.offer("category", v, og, "article:section"));
    one("article.published_time").flatMap(Dates::parse).ifPresent(d -> f.offer("published", d, og, "article:published_time"));
    one("article.modified_time").flatMap(Dates::parse).ifPresent(d -> f.offer("updated", d, og, "article:modified_time"));
    f.offer("tags", tags(all("article.tag")), og, "article:tag");
    f.offer("authors", names(all("article.author")), og, "article:author");
    one("og.image", "og.image.url", "og.image.secure_url").filter(src -> !isLogo(src)).ifPresent(src ->
        f.offer("image", new Image(Urls.resolve(base, src), one("og.image.alt").orElse("")), og, "og:image"));

    Origin m = Origin.META;
    one("citation_title", "dc.title").ifPresent(v -> f.offer("title", v, m, "citation_title / DC.title"));
    one("description", "dc.description").ifPresent(v -> f.offer("summary", v, m, "<meta name=description>"));
    one("citation_language", "dc.language", "language", "content-language").map(l -> l.replace('_', '-'))
        .map(MetaTags::twoLetter).filter(Metadata::isValidLanguage).ifPresent(v -> f.offer("language", v, m, "language meta"));
    one("citation_publication_date", "citation_date", "citation_online_date", "dc.date.issued", "dc.date", "dc.created",
        "dc.date.created", "dc.issued",
        "date", "article.published", "publishdate", "publish-date", "pubdate").flatMap(Dates::parse).ifPresent(d -> f.offer("published", d, m, "date meta"));
    one("dc.modified", "dc.date.modified", "last-modified", "dc.date.updated").flatMap(Dates::parse)
        .ifPresent(d -> f.offer("updated", d, m, "modified meta"));
    one("last-reviewed", "lastreviewed", "dc.date.reviewed", "review-date").flatMap(Dates::parse)
        .ifPresent(d -> f.offer("lastReviewed", d, m, "review meta"));
    List<String> authors = new ArrayList<>(all("citation_author"));
    if (authors.isEmpty()) {
      authors.addAll(all("dc.creator"));
    }
    if (authors.isEmpty()) {
      authors.addAll(all("author"));
    }
    f.offer("authors", names(authors), m, "author meta");
    List<String> keywords = new ArrayList<>();
    for (String key : List.of("keywords", "citation_keywords", "dc.subject", "news_keywords")) {
      all(key).forEach(v -> keywords.addAll(List.of(v.split("[,;]"))));
    }
    f.offer("tags", tags(keywords), m, "keywords meta");
  }

  private static List<String> tags(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      String tag = Chars.clean(value);
      if (!tag.isEmpty() && !out.contains(tag)) {
        out.add(tag);
      }
    }
    return out;
  }

  /** People named in meta tags; a profile URL (as {@code article:author} often is) names no one. */
  private static List<Person> names(List<String> values) {
    List<Person> out = new ArrayList<>();
    for (String value : values) {
      if (!Urls.isAbsoluteWeb(value)) {
        String name = value.contains(",") && value.split(",").length == 2 && !Persons.looksLikeCredentials(value.split(",")[0], value.split(",")[1])
            ? value.split(",")[1].strip() + " " + value.split(",")[0].strip() : value; // citation_author: "Last, First"
        Persons.parse(name, Optional.empty()).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * A three-letter ISO 639-2 code ("eng", "spa", as Dublin Core meta often gives it) as the
   * two-letter code a language tag uses when there is one; anything else unchanged.
   */
  static String twoLetter(String tag) {
    String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (primary.length() != 3) {
      return tag;
    }
    for (String two : Locale.getISOLanguages()) {
      Locale locale = new Locale(two);
      if (locale.getISO3Language().equals(primary) || primary.equals("fre") && two.equals("fr")
          || primary.equals("ger") && two.equals("de") || primary.equals("chi") && two.equals("zh")) {
        return two + tag.substring(3);
      }
    }
    return tag;
  }

  // a site's logo as its share image is no picture of the article
  private static boolean isLogo(String src) {
    String file = src.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    file = file.substring(file.lastIndexOf('/') + 1);
    return file.contains("logo");
  }
}
