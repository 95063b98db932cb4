package dev.carepress.render.html.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Crumb;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema.org {@code MedicalWebPage} description of an article page, as JSON-LD. Only what the
 * page shows is described (Google's rule for structured data).
 */
public final class JsonLd {
  private JsonLd() {}

  /**
   * The JSON-LD of an article page.
   *
   * @param pageUrl the page's absolute URL, if known
   * @param baseUrl the base relative URLs are resolved against, if any
   * @param relatedHref where each related link points on this page, if anywhere
   * @param crumbs the breadcrumb trail shown on the page
   */
  public static String of(
      Article article, Optional<String> pageUrl, Optional<String> baseUrl,
      java.util.function.Function<RelatedLink, Optional<String>> relatedHref, List<Crumb> crumbs) {
    Metadata m = article.metadata();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("@context", "https://schema.org");
    page.put("@type", "MedicalWebPage");
    pageUrl.ifPresent(url -> {
      page.put("@id", url + "#page");
      page.put("url", url);
    });
    page.put("name", m.title());
    page.put("headline", m.title());
    m.summary().ifPresent(s -> page.put("description", s));
    page.put("inLanguage", m.language());
    m.published().ifPresent(d -> page.put("datePublished", d.toString()));
    m.modified().ifPresent(d -> page.put("dateModified", d.toString()));
    m.lastReviewed().ifPresent(d -> page.put("lastReviewed", d.toString()));
    if (!m.authors().isEmpty()) {
      page.put("author", people(m.authors(), baseUrl));
    }
    if (!m.reviewers().isEmpty()) {
      page.put("reviewedBy", people(m.reviewers(), baseUrl));
    }
    if (!m.audience().isEmpty()) {
      List<Object> audiences = new ArrayList<>();
      for (Audience audience : m.audience()) {
        audiences.add(audience(audience));
      }
      page.put("audience", one(audiences));
    }
    if (!m.about().isEmpty()) {
      List<Object> about = new ArrayList<>();
      for (Subject subject : m.about()) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", subject.kind() == Subject.Kind.CONDITION ? "MedicalCondition" : "Thing");
        thing.put("name", subject.name());
        about.add(thing);
      }
      page.put("about", one(about));
    }
    if (!m.tags().isEmpty()) {
      page.put("keywords", String.join(", ", m.tags()));
    }
    m.image().flatMap(image -> Urls.absolute(baseUrl, image.src())).ifPresent(url -> {
      Map<String, Object> image = new LinkedHashMap<>();
      image.put("@type", "ImageObject");
      image.put("url", url);
      page.put("primaryImageOfPage", image);
    });
    if (!article.references().isEmpty()) {
      List<Object> citations = new ArrayList<>();
      for (Reference ref : article.references()) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("name", ref.title());
        ref.url().flatMap(u -> Urls.absolute(baseUrl, u)).ifPresent(u -> work.put("url", u));
        ref.publisher().ifPresent(p -> work.put("publisher", named("Organization", p)));
        if (ref.year().isPresent()) {
          work.put("datePublished", String.valueOf(ref.year().getAsInt()));
        }
        citations.add(work);
      }
      page.put("citation", citations);
    }
    List<Object> related = new ArrayList<>();
    for (RelatedLink link : article.related()) {
      Optional<String> href = relatedHref.apply(link);
      Optional<String> absolute = href.flatMap(h -> Urls.absolute(pageUrl.isPresent() ? pageUrl : baseUrl, h));
      absolute.ifPresent(related::add);
    }
    if (!related.isEmpty()) {
      page.put("relatedLink", one(related));
    }
    if (!crumbs.isEmpty()) {
      page.put("breadcrumb", breadcrumb(crumbs, baseUrl));
    }
    if (m.views().isPresent()) {
      Map<String, Object> counter = new LinkedHashMap<>();
      counter.put("@type", "InteractionCounter");
      counter.put("interactionType", "https://schema.org/ReadAction");
      counter.put("userInteractionCount", m.views().getAsLong());
      page.put("interactionStatistic", counter);
    }
    return Json.write(page);
  }

  /** A {@code BreadcrumbList} of the trail, items with a URL where one resolves to an absolute URL. */
  public static Map<String, Object> breadcrumb(List<Crumb> crumbs, Optional<String> baseUrl) {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < crumbs.size(); i++) {
      Crumb crumb = crumbs.get(i);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("@type", "ListItem");
      item.put("position", i + 1);
      item.put("name", crumb.label());
      crumb.url().flatMap(u -> Urls.absolute(baseUrl, u)).ifPresent(u -> item.put("item", u));
      items.add(item);
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("@type", "BreadcrumbList");
    list.put("itemListElement", items);
    return list;
  }

  private static Object audience(Audience audience) {
    switch (audience) {
      case PATIENT:
        return Map.of("@type", "Patient");
      case CAREGIVER:
        Map<String, Object> caregiver = new LinkedHashMap<>();
        caregiver.put("@type", "MedicalAudience");
        caregiver.put("audienceType", "Caregiver");
        return caregiver;
      default:
        Map<String, Object> professional = new LinkedHashMap<>();
        professional.put("@type", "MedicalAudience");
        professional.put("audienceType", "Clinician");
        return professional;
    }
  }

  private static Object people(List<Person> people, Optional<String> baseUrl) {
    List<Object> list = new ArrayList<>();
    for (Person person : people) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("@type", "Person");
      p.put("name", person.name());
      person.credentials().ifPresent(c -> p.put("honorificSuffix", c));
      person.url().flatMap(u -> Urls.absolute(baseUrl, u)).ifPresent(u -> p.put("url", u));
      list.add(p);
    }
    return one(list);
  }

  private static Map<String, Object> named(String type, String name) {
    Map<String, Object> thing = new LinkedHashMap<>();
    thing.put("@type", type);
    thing.put("name", name);
    return thing;
  }

  private static Object one(List<Object> values) {
    return values.size() == 1 ? values.get(0) : values;
  }
}
