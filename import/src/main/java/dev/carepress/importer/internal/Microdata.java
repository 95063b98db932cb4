package dev.carepress.importer.internal;

import dev.carepress.importer.Origin;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** schema.org microdata: the {@code itemprop}s of the page's WebPage or Article item. */
final class Microdata {
  private Microdata() {}

  static void harvest(Document page, Optional<String> base, Fields f) {
    Element item = page.selectFirst("[itemscope][itemtype~=(?i)schema\\.org/(MedicalWebPage|\\w*Article|BlogPosting|WebPage)]");
    if (item == null) {
      return;
    }
    Origin o = Origin.MICRODATA;
    prop(item, "headline").or(() -> prop(item, "name")).ifPresent(v -> f.offer("title", v, o, "itemprop=headline"));
    prop(item, "description").ifPresent(v -> f.offer("summary", v, o, "itemprop=description"));
    prop(item, "inLanguage").filter(dev.carepress.model.Metadata::isValidLanguage)
        .ifPresent(v -> f.offer("language", v, o, "itemprop=inLanguage"));
    prop(item, "articleSection").ifPresent(v -> f.offer("category", v, o, "itemprop=articleSection"));
    prop(item, "datePublished").flatMap(Dates::parse).ifPresent(d -> f.offer("published", d, o, "itemprop=datePublished"));
    prop(item, "dateModified").flatMap(Dates::parse).ifPresent(d -> f.offer("updated", d, o, "itemprop=dateModified"));
    prop(item, "lastReviewed").flatMap(Dates::parse).ifPresent(d -> f.offer("lastReviewed", d, o, "itemprop=lastReviewed"));
    f.offer("authors", people(item, "author", base), o, "itemprop=author");
    f.offer("reviewers", people(item, "reviewedBy", base), o, "itemprop=reviewedBy");
    Element image = own(item, "image");
    if (image != null) {
      String src = image.hasAttr("src") ? image.attr("src") : image.attr("content");
      if (!src.isBlank()) {
        f.offer("image", new Image(Urls.resolve(base, src), Chars.clean(image.attr("alt"))), o, "itemprop=image");
      }
    }
  }

  /** The first element with the property that belongs to this item (not to an item inside it). */
  private static Element own(Element item, String name) {
    for (Element e : item.select("[itemprop~=(?i)(^|\\s)" + name + "($|\\s)]")) {
      Element scope = e.parent();
      while (scope != null && !scope.hasAttr("itemscope")) {
        scope = scope.parent();
      }
      if (scope == item) {
        return e;
      }
    }
    return null;
  }

  private static Optional<String> prop(Element item, String name) {
    Element e = own(item, name);
    return e == null ? Optional.empty() : Optional.of(value(e)).filter(v -> !v.isEmpty());
  }

  private static String value(Element e) {
    if (e.hasAttr("content")) {
      return Chars.clean(e.attr("content"));
    }
    if (e.hasAttr("datetime")) {
      return Chars.clean(e.attr("datetime"));
    }
    return Chars.text(e);
  }

  private static List<Person> people(Element item, String name, Optional<String> base) {
    List<Person> out = new ArrayList<>();
    for (Element e : item.select("[itemprop~=(?i)(^|\\s)" + name + "($|\\s)]")) {
      Element nameElement = e.hasAttr("itemscope") ? e.selectFirst("[itemprop=name]") : null;
      String text = nameElement != null ? value(nameElement) : value(e);
      Element link = e.is("a[href]") ? e : e.selectFirst("a[href]");
      Optional<String> url = link == null ? Optional.empty() : Optional.of(Urls.resolve(base, link.attr("href")));
      if (!text.isEmpty()) {
        Persons.parse(text, url).ifPresent(out::add);
      }
    }
    return out;
  }
}
