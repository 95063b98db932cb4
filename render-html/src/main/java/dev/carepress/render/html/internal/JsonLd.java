package dev.carepress.render.html.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Crumb;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Subject;
import dev.carepress.text.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The schema.org descriptions of pages, as JSON-LD written with {@link JsonWriter}'s {@code SCRIPT}
 * escaping, so no text can end the {@code <script>} element or be read as markup. Only what the
 * page shows is described (Google's rule for structured data). A property with one value has it
 * alone, with several an array.
 */
public final class JsonLd {
  private JsonLd() {}

  /**
   * The clinic that publishes the pages, a schema.org {@code Organization}: a name, and what else
   * was given (empty for none).
   */
  public record Publisher(String name, String phone, String address, String web) {
    /** The publisher, if the name is not blank. */
    public static Optional<Publisher> of(String name, String phone, String address, String web) {
      return name.isBlank() ? Optional.empty()
          : Optional.of(new Publisher(name.strip(), phone.strip(), address.strip(), web.strip()));
    }

    void write(JsonWriter json) {
      json.beginObject().name("@type").value("Organization").name("name").value(name);
      if (!phone.isEmpty()) {
        json.name("telephone").value(phone);
      }
      if (!address.isEmpty()) {
        json.name("address").value(address);
      }
      Urls.absolute(Optional.empty(), web).ifPresent(url -> json.name("url").value(url));
      json.endObject();
    }
  }

  /**
   * The {@code MedicalWebPage} of an article page.
   *
   * @param pageUrl the page's absolute URL, if known
   * @param baseUrl the base relative URLs are resolved against, if any
   * @param relatedHref where each related link points on this page, if anywhere
   * @param crumbs the breadcrumb trail shown on the page
   * @param publisher the clinic publishing the page, if any
   */
  public static String article(
      Article article, Optional<String> pageUrl, Optional<String> baseUrl,
      Function<RelatedLink, Optional<String>> relatedHref, List<Crumb> crumbs, Optional<Publisher> publisher) {
    Metadata m = article.metadata();
    JsonWriter json = JsonWriter.create(JsonWriter.Escaping.SCRIPT).beginObject();
    json.name("@context").value("https://schema.org");
    json.name("@type").value("MedicalWebPage");
    pageUrl.ifPresent(url -> json.name("@id").value(url + "#page").name("url").value(url));
    json.name("name").value(m.title());
    json.name("headline").value(m.title());
    m.summary().ifPresent(s -> json.name("description").value(s));
    json.name("inLanguage").value(m.language());
    m.published().ifPresent(d -> json.name("datePublished").value(d.toString()));
    m.modified().ifPresent(d -> json.name("dateModified").value(d.toString()));
    m.lastReviewed().ifPresent(d -> json.name("lastReviewed").value(d.toString()));
    property(json, "author", m.authors(), (w, person) -> person(w, person, baseUrl));
    property(json, "reviewedBy", m.reviewers(), (w, person) -> person(w, person, baseUrl));
    publisher.ifPresent(p -> p.write(json.name("publisher")));
    property(json, "audience", m.audience(), JsonLd::audience);
    property(json, "about", m.about(), JsonLd::subject);
    if (!m.tags().isEmpty()) {
      json.name("keywords").value(String.join(", ", m.tags()));
    }
    m.image().flatMap(image -> Urls.absolute(baseUrl, image.src())).ifPresent(url ->
        json.name("primaryImageOfPage").beginObject().name("@type").value("ImageObject").name("url").value(url)
            .endObject());
    citations(json, article.references(), baseUrl);
    property(json, "relatedLink", related(article, pageUrl, baseUrl, relatedHref), JsonWriter::value);
    if (!crumbs.isEmpty()) {
      json.name("breadcrumb");
      breadcrumb(json, crumbs, baseUrl);
    }
    if (m.views().isPresent()) {
      json.name("interactionStatistic").beginObject()
          .name("@type").value("InteractionCounter")
          .name("interactionType").value("https://schema.org/ReadAction")
          .name("userInteractionCount").value(m.views().getAsLong())
          .endObject();
    }
    return json.endObject().finish();
  }

  /**
   * The {@code CollectionPage} of a site's index or category page; with a breadcrumb when the
   * trail is not empty and there is a base URL.
   */
  public static String collection(String name, String language, Optional<String> url, List<Crumb> crumbs,
      Optional<String> baseUrl) {
    JsonWriter json = JsonWriter.create(JsonWriter.Escaping.SCRIPT).beginObject();
    json.name("@context").value("https://schema.org");
    json.name("@type").value("CollectionPage");
    url.ifPresent(u -> json.name("url").value(u));
    json.name("name").value(name);
    json.name("inLanguage").value(language);
    if (!crumbs.isEmpty() && baseUrl.isPresent()) {
      json.name("breadcrumb");
      breadcrumb(json, crumbs, baseUrl);
    }
    return json.endObject().finish();
  }

  /** A {@code BreadcrumbList} of the trail, items with a URL where one resolves to an absolute URL. */
  private static void breadcrumb(JsonWriter json, List<Crumb> crumbs, Optional<String> baseUrl) {
    json.beginObject().name("@type").value("BreadcrumbList").name("itemListElement").beginArray();
    for (int i = 0; i < crumbs.size(); i++) {
      Crumb crumb = crumbs.get(i);
      json.beginObject().name("@type").value("ListItem").name("position").value(i + 1)
          .name("name").value(crumb.label());
      crumb.url().flatMap(u -> Urls.absolute(baseUrl, u)).ifPresent(u -> json.name("item").value(u));
      json.endObject();
    }
    json.endArray().endObject();
  }

  /** A property whose value is the one item, or an array of several; nothing for none. */
  private static <T> void property(JsonWriter json, String name, List<T> items, BiConsumer<JsonWriter, T> write) {
    if (items.isEmpty()) {
      return;
    }
    json.name(name);
    if (items.size() == 1) {
      write.accept(json, items.get(0));
      return;
    }
    json.beginArray();
    items.forEach(item -> write.accept(json, item));
    json.endArray();
  }

  private static void citations(JsonWriter json, List<Reference> references, Optional<String> baseUrl) {
    if (references.isEmpty()) {
      return;
    }
    json.name("citation").beginArray();
    for (Reference ref : references) {
      json.beginObject().name("@type").value("CreativeWork").name("name").value(ref.title());
      ref.url().flatMap(u -> Urls.absolute(baseUrl, u)).ifPresent(u -> json.name("url").value(u));
      ref.publisher().ifPresent(p ->
          json.name("publisher").beginObject().name("@type").value("Organization").name("name").value(p).endObject());
      if (ref.year().isPresent()) {
        json.name("datePublished").value(String.valueOf(ref.year().getAsInt()));
      }
      json.endObject();
    }
    json.endArray();
  }

  /** The absolute URLs of the related links this page links to. */
  private static List<String> related(Article article, Optional<String> pageUrl, Optional<String> baseUrl,
      Function<RelatedLink, Optional<String>> relatedHref) {
    List<String> urls = new ArrayList<>();
    for (RelatedLink link : article.related()) {
      relatedHref.apply(link).flatMap(h -> Urls.absolute(pageUrl.isPresent() ? pageUrl : baseUrl, h))
          .ifPresent(urls::add);
    }
    return urls;
  }

  private static void audience(JsonWriter json, Audience audience) {
    json.beginObject();
    switch (audience) {
      case PATIENT:
        json.name("@type").value("Patient");
        break;
      case CAREGIVER:
        json.name("@type").value("MedicalAudience").name("audienceType").value("Caregiver");
        break;
      default:
        json.name("@type").value("MedicalAudience").name("audienceType").value("Clinician");
    }
    json.endObject();
  }

  private static void subject(JsonWriter json, Subject subject) {
    json.beginObject()
        .name("@type").value(subject.kind() == Subject.Kind.CONDITION ? "MedicalCondition" : "Thing")
        .name("name").value(subject.name())
        .endObject();
  }

  private static void person(JsonWriter json, Person person, Optional<String> baseUrl) {
    json.beginObject().name("@type").value("Person").name("name").value(person.name());
    person.credentials().ifPresent(c -> json.name("honorificSuffix").value(c));
    person.url().flatMap(u -> Urls.absolute(baseUrl, u)).ifPresent(u -> json.name("url").value(u));
    json.endObject();
  }
}
