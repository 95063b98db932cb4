package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.importer.Origin;
import dev.carepress.model.Audience;
import dev.carepress.model.Crumb;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * schema.org JSON-LD: the page's {@code MedicalWebPage}, {@code Article} or {@code WebPage} node
 * (in an {@code @graph} or not, {@code @id} references followed), its {@code BreadcrumbList},
 * people and organizations, offered to the {@link Fields} as the most trusted source.
 */
final class JsonLd {
  private static final List<String> PAGE_TYPES = List.of(
      "MedicalWebPage", "HealthTopicContent", "MedicalScholarlyArticle", "Article", "NewsArticle", "BlogPosting",
      "ScholarlyArticle", "Report", "WebPage", "ItemPage", "FAQPage");

  private final Map<String, Map<String, Object>> byId = new HashMap<>();
  private final List<Map<String, Object>> nodes = new ArrayList<>();

  private JsonLd() {}

  static void harvest(Document page, Optional<String> base, Fields fields, String source, List<Problem> problems) {
    JsonLd ld = new JsonLd();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      Optional<Object> value = JsonValues.parse(script.data());
      if (value.isEmpty()) {
        problems.add(Problem.warning("bad-json-ld", source, Where.line(script), Where.column(script),
            "a JSON-LD block is not valid JSON; it was left out",
            "check the fields it would have given (title, dates, authors, reviewers) in the article's front matter"));
        continue;
      }
      ld.collect(value.get(), 0);
    }
    ld.offer(base, fields);
  }

  /**
   * The page's own web address as its JSON-LD gives it (a page node's {@code url}, else its
   * {@code @id} when that is a web address): the base of its relative links when the page has no
   * canonical link. Blocks that are not JSON are skipped here ({@link #harvest} reports them).
   */
  static Optional<String> pageUrl(Document page) {
    JsonLd ld = new JsonLd();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      JsonValues.parse(script.data()).ifPresent(v -> ld.collect(v, 0));
    }
    for (String type : PAGE_TYPES) {
      for (Map<String, Object> node : ld.nodes) {
        if (types(node).contains(type)) {
          Optional<String> url = ld.text(node, "url").or(() -> ld.text(node, "@id")).map(Urls::clean)
              .filter(Urls::isAbsoluteWeb);
          if (url.isPresent()) {
            return url;
          }
        }
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private void collect(Object value, int depth) {
    if (depth > 8) {
      return;
    }
    if (value instanceof List) {
      ((List<Object>) value).forEach(v -> collect(v, depth + 1));
    } else if (value instanceof Map) {
      Map<String, Object> node = (Map<String, Object>) value;
      nodes.add(node);
      if (node.get("@id") instanceof String && node.size() > 1) {
        byId.putIfAbsent((String) node.get("@id"), node);
      }
      if (node.containsKey("@graph")) {
        collect(node.get("@graph"), depth + 1);
      }
      for (Map.Entry<String, Object> e : node.entrySet()) {
        if (!e.getKey().equals("@graph") && (e.getValue() instanceof Map || e.getValue() instanceof List)) {
          collect(e.getValue(), depth + 1);
        }
      }
    }
  }

  private void offer(Optional<String> base, Fields fields) {
    List<Map<String, Object>> pages = new ArrayList<>();
    for (String type : PAGE_TYPES) {
      for (Map<String, Object> node : nodes) {
        if (types(node).contains(type) && !pages.contains(node)) {
          pages.add(node);
        }
      }
    }
    for (Map<String, Object> page : pages) {
      String type = types(page).isEmpty() ? "page" : types(page).get(0);
      String titleKey = text(page, "headline").isPresent() ? "headline" : "name";
      text(page, titleKey).ifPresent(t -> fields.offer("title", t, Origin.JSON_LD, type + "." + titleKey));
      text(page, "alternativeHeadline").ifPresent(t -> fields.offer("subtitle", t, Origin.JSON_LD, type + ".alternativeHeadline"));
      text(page, "description").ifPresent(t -> fields.offer("summary", t, Origin.JSON_LD, type + ".description"));
      language(page).ifPresent(t -> fields.offer("language", t, Origin.JSON_LD, type + ".inLanguage"));
      text(page, "articleSection").ifPresent(t -> fields.offer("category", t, Origin.JSON_LD, type + ".articleSection"));
      date(page, "datePublished").ifPresent(d -> fields.offer("published", d, Origin.JSON_LD, type + ".datePublished"));
      date(page, "dateModified").ifPresent(d -> fields.offer("updated", d, Origin.JSON_LD, type + ".dateModified"));
      date(page, "lastReviewed").ifPresent(d -> fields.offer("lastReviewed", d, Origin.JSON_LD, type + ".lastReviewed"));
      fields.offer("authors", people(page.get("author"), base), Origin.JSON_LD, type + ".author");
      fields.offer("reviewers", people(page.get("reviewedBy"), base), Origin.JSON_LD, type + ".reviewedBy");
      fields.offer("audience", audience(page), Origin.JSON_LD, type + ".audience");
      fields.offer("about", about(page), Origin.JSON_LD, type + ".about");
      fields.offer("tags", keywords(page.get("keywords")), Origin.JSON_LD, type + ".keywords");
      image(page, base).ifPresent(i -> fields.offer("image", i, Origin.JSON_LD, type + ".image"));
      views(page).ifPresent(v -> fields.offer("views", v, Origin.JSON_LD, type + ".interactionStatistic"));
      fields.offer("references", citations(page.get("citation"), base), Origin.JSON_LD, type + ".citation");
      Object crumbs = page.get("breadcrumb");
      fields.offer("breadcrumb", breadcrumb(resolve(crumbs), base), Origin.JSON_LD, type + ".breadcrumb");
    }
    for (Map<String, Object> node : nodes) {
      if (types(node).contains("BreadcrumbList")) {
        fields.offer("breadcrumb", breadcrumb(node, base), Origin.JSON_LD, "BreadcrumbList");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Object resolve(Object value) {
    if (value instanceof Map && ((Map<String, Object>) value).size() == 1 && ((Map<String, Object>) value).get("@id") instanceof String) {
      Map<String, Object> target = byId.get((String) ((Map<String, Object>) value).get("@id"));
      return target == null ? value : target;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> types(Map<String, Object> node) {
    Object type = node.get("@type");
    List<String> out = new ArrayList<>();
    if (type instanceof String) {
      out.add(strip((String) type));
    } else if (type instanceof List) {
      ((List<Object>) type).stream().filter(String.class::isInstance).map(t -> strip((String) t)).forEach(out::add);
    }
    return out;
  }

  private static String strip(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1);
  }

  @SuppressWarnings("unchecked")
  private List<Object> many(Object value) {
    if (value == null) {
      return List.of();
    }
    List<Object> list = value instanceof List ? (List<Object>) value : List.of(value);
    List<Object> out = new ArrayList<>();
    list.forEach(v -> out.add(resolve(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private Optional<String> text(Map<String, Object> node, String key) {
    for (Object value : many(node.get(key))) {
      if (value instanceof String && !((String) value).isBlank()) {
        return Optional.of(Chars.clean((String) value));
      }
      if (value instanceof Map) {
        Object name = ((Map<String, Object>) value).get("name");
        if (name instanceof String && !((String) name).isBlank()) {
          return Optional.of(Chars.clean((String) name));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> language(Map<String, Object> page) {
    return text(page, "inLanguage").map(l -> l.replace('_', '-')).filter(dev.carepress.model.Metadata::isValidLanguage);
  }

  private Optional<java.time.LocalDate> date(Map<String, Object> node, String key) {
    return text(node, key).flatMap(Dates::parse);
  }

  @SuppressWarnings("unchecked")
  private List<Person> people(Object value, Optional<String> base) {
    List<Person> out = new ArrayList<>();
    for (Object v : many(value)) {
      if (v instanceof String) {
        if (!Urls.isAbsoluteWeb((String) v) && !((String) v).isBlank()) {
          Persons.parse((String) v, Optional.empty()).ifPresent(out::add);
        }
      } else if (v instanceof Map) {
        Map<String, Object> p = (Map<String, Object>) v;
        Optional<String> name = text(p, "name");
        if (name.isPresent()) {
          Optional<String> credentials = text(p, "honorificSuffix");
          Optional<String> url = text(p, "url").map(u -> Urls.resolve(base, u));
          // WebMD writes "Jennifer Robinson, MD" as the name: the credentials split off as a byline's are
          Optional<Person> parsed = credentials.isEmpty() ? Persons.parse(name.get(), url) : Optional.empty();
          out.add(parsed.orElseGet(() -> new Person(name.get(), credentials, url)));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<Audience> audience(Map<String, Object> page) {
    Set<Audience> out = new LinkedHashSet<>();
    List<Object> values = new ArrayList<>(many(page.get("audience")));
    values.addAll(many(page.get("medicalAudience")));
    for (Object v : values) {
      String kind = v instanceof String ? strip((String) v) : "";
      if (v instanceof Map) {
        Map<String, Object> a = (Map<String, Object>) v;
        kind = types(a).isEmpty() ? "" : types(a).get(0);
        Object type = a.get("audienceType");
        if (type instanceof String) {
          kind = kind + " " + strip((String) type);
        }
      }
      String k = kind.toLowerCase(java.util.Locale.ROOT);
      if (k.contains("patient")) {
        out.add(Audience.PATIENT);
      } else if (k.contains("caregiver") || k.contains("parent") || k.contains("famil")) {
        out.add(Audience.CAREGIVER);
      } else if (k.contains("clinician") || k.contains("professional") || k.contains("researcher") || k.contains("physician")) {
        out.add(Audience.PROFESSIONAL);
      }
    }
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private List<Subject> about(Map<String, Object> page) {
    List<Subject> out = new ArrayList<>();
    for (Object v : many(page.get("about"))) {
      if (v instanceof Map) {
        Map<String, Object> thing = (Map<String, Object>) v;
        Optional<String> name = text(thing, "name");
        boolean condition = types(thing).stream().anyMatch(t -> t.equals("MedicalCondition") || t.equals("InfectiousDisease")
            || t.equals("MedicalSignOrSymptom") || t.equals("MedicalSymptom"));
        name.ifPresent(n -> out.add(condition ? Subject.condition(n) : Subject.topic(n)));
      } else if (v instanceof String && !Urls.isAbsoluteWeb((String) v)) {
        out.add(Subject.topic(Chars.clean((String) v)));
      }
    }
    return out;
  }

  private static List<String> keywords(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof String) {
      for (String k : ((String) value).split(",")) {
        if (!k.isBlank()) {
          out.add(Chars.clean(k));
        }
      }
    } else if (value instanceof List) {
      for (Object k : (List<?>) value) {
        if (k instanceof String && !((String) k).isBlank()) {
          out.add(Chars.clean((String) k));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private Optional<Image> image(Map<String, Object> page, Optional<String> base) {
    List<Object> values = new ArrayList<>(many(page.get("primaryImageOfPage")));
    values.addAll(many(page.get("image")));
    for (Object v : values) {
      if (v instanceof String) {
        return Optional.of(new Image(Urls.resolve(base, (String) v), ""));
      }
      if (v instanceof Map) {
        Map<String, Object> img = (Map<String, Object>) v;
        Optional<String> url = text(img, "url").or(() -> text(img, "contentUrl"));
        if (url.isPresent()) {
          String alt = text(img, "description").or(() -> text(img, "caption")).orElse("");
          return Optional.of(new Image(Urls.resolve(base, url.get()), alt));
        }
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private Optional<Long> views(Map<String, Object> page) {
    for (Object v : many(page.get("interactionStatistic"))) {
      if (v instanceof Map) {
        Object count = ((Map<String, Object>) v).get("userInteractionCount");
        if (count instanceof Long && (Long) count >= 0) {
          return Optional.of((Long) count);
        }
        if (count instanceof String && ((String) count).strip().matches("\\d{1,18}")) {
          return Optional.of(Long.parseLong(((String) count).strip()));
        }
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private List<Reference> citations(Object value, Optional<String> base) {
    List<Reference> out = new ArrayList<>();
    for (Object v : many(value)) {
      if (v instanceof Map) {
        Map<String, Object> work = (Map<String, Object>) v;
        Optional<String> title = text(work, "name").or(() -> text(work, "headline"));
        if (title.isPresent()) {
          OptionalInt year = text(work, "datePublished").filter(y -> y.matches("\\d{4}.*"))
              .map(y -> OptionalInt.of(Integer.parseInt(y.substring(0, 4)))).orElse(OptionalInt.empty());
          out.add(new Reference(title.get(), text(work, "url").map(u -> Urls.resolve(base, u)),
              text(work, "publisher"), year));
        }
      } else if (v instanceof String && !((String) v).isBlank()) {
        out.add(new Reference(Chars.clean((String) v), Optional.empty(), Optional.empty(), OptionalInt.empty()));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<Crumb> breadcrumb(Object value, Optional<String> base) {
    if (!(value instanceof Map)) {
      return List.of();
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Object item : many(((Map<String, Object>) value).get("itemListElement"))) {
      if (item instanceof Map) {
        items.add((Map<String, Object>) item);
      }
    }
    items.sort(Comparator.comparingLong(i -> i.get("position") instanceof Long ? (Long) i.get("position") : 0L));
    List<Crumb> out = new ArrayList<>();
    for (Map<String, Object> item : items) {
      Object target = resolve(item.get("item"));
      Optional<String> name = text(item, "name");
      Optional<String> url = Optional.empty();
      if (target instanceof String) {
        url = Optional.of(Urls.resolve(base, (String) target));
      } else if (target instanceof Map) {
        Map<String, Object> t = (Map<String, Object>) target;
        name = name.or(() -> text(t, "name"));
        url = text(t, "@id").or(() -> text(t, "url")).map(u -> Urls.resolve(base, u));
      }
      if (name.isPresent()) {
        out.add(new Crumb(name.get(), url));
      }
    }
    return out;
  }
}
