package dev.carepress.importer.internal;

import dev.carepress.importer.Origin;
import dev.carepress.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader sees on the page, read before the chrome around the article is removed: the
 * {@code h1}, the breadcrumb ({@link Trails}), labelled dates ("Page last reviewed:
 * 12 March 2024"), bylines and {@code rel=author} links, "Medically reviewed by" lines, "N views"
 * counters, category labels, tags, teasers and disclaimers.
 */
final class PageFacts {
  private static final Pattern VIEWS = Pattern.compile("(?i)(?:^|[\\s·|•])(\\d{1,3}(?:[,.\u00a0 ]\\d{3})+|\\d+)\\s+(?:views?|reads|visitas)\\b"
      + "|(?i)\\bviews?:\\s*(\\d{1,3}(?:[,.\u00a0 ]\\d{3})+|\\d+)");
  private static final Pattern REVIEWED = Pattern.compile("(?iu)(?:page\\s+)?(?:last\\s+)?(?:medically\\s+)?reviewed(?:\\s+on)?\\s*:?"
      + "|review\\s+date\\s*:?|(?:fecha\\s+de\\s+(?:la\\s+)?)?[uú]ltima\\s+revisi[oó]n(?:\\s+m[eé]dica)?\\s*:?|revisado\\s+(?:el\\s+)?:?");
  private static final Pattern NEXT_REVIEW = Pattern.compile("(?i)next\\s+review(?:\\s+due)?(?:\\s+date)?\\s*:?");
  private static final Pattern UPDATED = Pattern.compile("(?iu)(?:page\\s+)?(?:last\\s+)?(?:updated|modified)(?:\\s+on)?\\s*:?"
      // German and French: "Aktualisiert am 05.03.2025", "Stand: 05.03.2025", "Mis à jour le 05/04/2025"
      + "|(?:zuletzt\\s+)?aktualisiert(?:\\s+am)?\\s*:?|letzte\\s+aktualisierung\\s*:?|stand\\s*:|mis\\s+à\\s+jour(?:\\s+le)?\\s*:?"
      + "|dernière\\s+mise\\s+à\\s+jour(?:\\s+le)?\\s*:?"
      + "|(?:fecha\\s+de\\s+(?:la\\s+)?)?[uú]ltima\\s+actualizaci[oó]n\\s*:?|actualizado\\s+(?:el\\s+)?:?");
  private static final Pattern PUBLISHED = Pattern.compile("(?iu)(?:published|posted|first\\s+published)(?:\\s+on)?\\s*:?"
      + "|(?:fecha\\s+de\\s+)?publicaci[oó]n\\s*:?|publicado\\s+(?:el\\s+)?:?"
      + "|veröffentlicht(?:\\s+am)?\\s*:?|erstellt\\s+am\\s*:?|publié\\s+le\\s*:?|date\\s+de\\s+publication\\s*:?");
  private static final Pattern SPANISH_LABEL = Pattern.compile("(?iu)fecha|[uú]ltima|revisad|revisi[oó]n|actualiza|publica");
  private static final Pattern REVIEWER = Pattern.compile("(?i)(?:medically\\s+)?reviewed\\s+by\\s*:?\\s*");

  private PageFacts() {}

  static void harvest(Document page, Optional<String> base, Fields f) {
    Origin o = Origin.PAGE;
    Element h1 = page.selectFirst("main h1, article h1, [role=main] h1, h1");
    if (h1 != null && !Chars.text(h1).isEmpty()) {
      f.offer("title", Chars.text(h1), o, "<h1>");
    } else {
      String title = Chars.clean(page.title()).replaceFirst("\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014-]+$", "");
      f.guess("title", title, o, "<title>");
    }
    String lang = Chars.clean(page.select("html").attr("lang")).replace('_', '-');
    if (dev.carepress.model.Metadata.isValidLanguage(lang)) {
      f.offer("language", lang, o, "<html lang>");
    }
    Trails.read(page, base, f);
    boolean dayFirst = dayFirst(dateLanguage(page, lang, f));
    dates(page, dayFirst, f);
    people(page, base, dayFirst, f);
    labelledLines(page, f);
    views(page, f);
    labels(page, f);
  }

  /**
   * The language that says how the page writes its dates: the declared one ({@code <html lang>}), else
   * the one a meta tag or JSON-LD declares, else the one guessed from the script of its text, as the article's language will be (a Russian or
   * Vietnamese page saved without {@code lang} writes 05/03/2025 for 5 March all the same).
   */
  private static String dateLanguage(Document page, String lang, Fields f) {
    if (dev.carepress.model.Metadata.isValidLanguage(lang)) {
      return lang;
    }
    if (f.has("language") && !f.guessed("language")) { // declared in a meta tag or JSON-LD
      return f.<String>get("language").orElse("");
    }
    return page.body() == null ? "" : Scripts.language(page.body().text()).orElse("");
  }

  /**
   * Whether the page's language writes {@code 05/03/2025} day first: every language but English, and
   * English of a region other than the United States, the Philippines and Canada ({@code en-GB},
   * {@code en-AU}, {@code en-IN}). Plain {@code en}, or no language, is read month first.
   */
  static boolean dayFirst(String lang) {
    if (!dev.carepress.model.Metadata.isValidLanguage(lang)) {
      return false;
    }
    java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
    return !locale.getLanguage().equals("en")
        || !locale.getCountry().isEmpty() && !java.util.Set.of("US", "PH", "CA").contains(locale.getCountry());
  }

  private static void dates(Document page, boolean dayFirstPage, Fields f) {
    for (Element e : page.select("p, div, span, li, dd, dt, small, footer, time")) {
      String text = Chars.text(e);
      if (text.length() > 200 || text.isEmpty()) {
        continue;
      }
      labelled(e, text, NEXT_REVIEW, "nextReview", dayFirstPage, f);
      if (!NEXT_REVIEW.matcher(text).lookingAt()) {
        labelled(e, text, REVIEWED, "lastReviewed", dayFirstPage, f);
      }
      labelled(e, text, UPDATED, "updated", dayFirstPage, f);
      labelled(e, text, PUBLISHED, "published", dayFirstPage, f);
    }
    for (Element e : page.select("p, div, span, small")) {
      String line = Chars.text(e);
      if (line.length() < 120 && e.childrenSize() < 6 && line.matches(".*[\u00b7|\u2022].*")) {
        Matcher date = Dates.ANY.matcher(line);
        if (date.find() && date.start() == 0) { // "April 07, 2025 · Health · 2348 views"
          // "05/03/2025 · Sức khỏe": in the page's order, as a labelled date is
          (dayFirstPage ? Dates.parseDayFirst(date.group()) : Dates.parse(date.group()))
              .ifPresent(d -> f.guess("published", d, Origin.PAGE, "the date line"));
          for (String part : line.substring(date.end()).split("[\u00b7|\u2022]")) {
            String label = Chars.clean(part);
            // a time ("2025年03月15日09:12 | 来源：人民网") or a labelled field is no category
            if (!label.isEmpty() && !VIEWS.matcher(" " + label).find() && !label.matches("(?i).*\b(min|read|by)\b.*")
                && label.length() < 40 && !label.matches("\\d{1,2}:\\d{2}(:\\d{2})?") && !label.matches(".*[:：].*")) {
              f.guess("category", label, Origin.PAGE, "the date line");
              break;
            }
          }
          break;
        }
      }
    }
    Element review = page.selectFirst("p.cp-review");
    if (review != null) { // Carepress's own footer: last review, then next review, in any language
      List<Element> times = review.select("time[datetime]");
      Optional<LocalDate> last = times.isEmpty() ? Optional.empty() : Dates.parse(times.get(times.size() - 1).attr("datetime"));
      if (times.size() == 2 || times.size() == 1 && !f.<LocalDate>get("lastReviewed").equals(last)) {
        last.ifPresent(d -> f.offer("nextReview", d, Origin.PAGE, "review footer"));
      }
    }
    Element time = null;
    for (Element candidate : page.select("article time[datetime], header time[datetime], main time[datetime], time[datetime]")) {
      String context = candidate.parent() == null ? "" : Chars.text(candidate.parent());
      if (!REVIEWED.matcher(context).find() && !NEXT_REVIEW.matcher(context).find() && !UPDATED.matcher(context).find()
          && candidate.closest(".cp-review, .cp-reviewed") == null) {
        time = candidate;
        break;
      }
    }
    if (time != null) {
      Element lone = time;
      Dates.parse(lone.attr("datetime")).or(() -> dayFirstPage ? Dates.parseDayFirst(lone.text()) : Dates.parse(lone.text()))
          .ifPresent(d -> f.guess("published", d, Origin.PAGE, "the page's first <time>"));
    }
  }

  /** A date that follows the label in the element's text ("Page last reviewed: 12 March 2024"). */
  private static void labelled(Element e, String text, Pattern label, String field, boolean dayFirstPage, Fields f) {
    Matcher m = label.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end());
      Element time = e.selectFirst("time[datetime]");
      // "Actualizado el 05/03/2025": a Spanish label's date is day first
      boolean dayFirst = dayFirstPage || !m.group().matches("(?i)[\\p{IsLatin}\\s:]*") || SPANISH_LABEL.matcher(m.group()).find();
      Optional<LocalDate> date = dayFirst ? Dates.parseDayFirst(after) : Dates.parse(after);
      if (date.isPresent()) {
        if (time != null && Chars.text(time).equals(after.strip()) || time != null && after.strip().startsWith(Chars.text(time))) {
          date = Dates.parse(time.attr("datetime")).or(() -> Optional.of(Dates.parse(after).get()));
        }
        f.offer(field, date.get(), Origin.PAGE, "\"" + Chars.clean(m.group()).replaceAll(":$", "") + "\" line");
        return;
      }
    }
  }

  private static void people(Document page, Optional<String> base, boolean dayFirst, Fields f) {
    List<Person> authors = new ArrayList<>();
    for (Element a : page.select("a[rel~=(?i)author], .author a, .byline a, [class~=(?i)(^|-)author(-name)?$]")) {
      String text = Chars.text(a);
      List<MetaLabels.Field> labelled = MetaLabels.fields(text);
      if (!labelled.isEmpty()) { // "作者：刘医生" names the author; "Revisión médica: Dra. Ana Gómez" a reviewer, read below
        text = labelled.stream().filter(l -> l.role() == MetaLabels.Role.AUTHOR).map(MetaLabels.Field::value).findFirst().orElse("");
      }
      // "Von Dr. med. …", "Par …": capitalised, as the particle of "von Hirschhausen" is not
      String name = text.replaceFirst("(?u)^((?i:by|written by)|Von|Par|Rédigé par|Écrit par|Geschrieben von)\\s+", "");
      if (!name.isEmpty() && name.length() < 80 && authors.stream().noneMatch(p -> p.name().equals(name))) {
        Optional<String> url = a.is("a[href]") ? Optional.of(Urls.resolve(base, a.attr("href"))) : Optional.empty();
        Optional<Person> person = Persons.parse(name, url);
        // "<span class=author>Von <a>Dr. med. Hans Müller, Facharzt …</a></span>": one author, with the link's address
        int same = person.isEmpty() ? -1 : indexOf(authors, person.get().name());
        if (same < 0) {
          person.ifPresent(authors::add);
        } else if (authors.get(same).url().isEmpty() && url.isPresent()) {
          authors.set(same, person.get());
        }
      }
    }
    if (authors.isEmpty()) {
      for (Element e : page.select(".byline, p, span, div")) {
        if (e.childrenSize() > 3) {
          continue;
        }
        Optional<Bylines.Found> found = Bylines.find(e, page);
        if (found.isPresent()) {
          Element link = e.selectFirst("a[href]");
          Persons.parse(found.get().name(), link == null ? Optional.empty() : Optional.of(Urls.resolve(base, link.attr("href"))))
              .ifPresent(authors::add);
          if (found.get().lowerCase()) { // the capitals are ours: the report asks to check them
            f.guess("authors", authors, Origin.PAGE, "a byline in lower case");
            authors = List.of();
          }
          break;
        }
      }
    }
    f.offer("authors", authors, Origin.PAGE, "byline");
    for (Element e : page.select("p, span, div, li")) {
      String text = Chars.text(e);
      Matcher m = REVIEWER.matcher(text);
      if (e.childrenSize() <= 4 && text.length() < 200 && m.find()) {
        List<Person> reviewers = new ArrayList<>();
        for (Element a : e.select("a[href]")) {
          // Chars.text keeps a no-break space that jsoup's text() would drop; a photo's link names no one
          Persons.parse(Chars.text(a), Optional.of(Urls.resolve(base, a.attr("href")))).ifPresent(reviewers::add);
        }
        if (reviewers.isEmpty()) {
          String rest = text.substring(m.end()).replaceFirst("(?i)\\s+on\\s+.*$", "").replaceFirst("\\s*[.·|].*$", "");
          if (!rest.isBlank() && Dates.parse(rest).isEmpty()) {
            Persons.parse(rest, Optional.empty()).ifPresent(reviewers::add);
          }
        }
        f.offer("reviewers", reviewers, Origin.PAGE, "\"reviewed by\" line");
        String after = text.substring(m.end());
        // "Reviewed by … on 05/03/2025" on a page whose language writes the day first
        Optional<LocalDate> reviewed = dayFirst ? Dates.parseDayFirst(fromFirstDate(after)).or(() -> Dates.find(after)) : Dates.find(after);
        reviewed.ifPresent(d -> {
          Element time = e.selectFirst("time[datetime]");
          f.offer("lastReviewed", time == null ? d : Dates.parse(time.attr("datetime")).orElse(d), Origin.PAGE, "\"reviewed by\" line");
        });
        break;
      }
    }
  }

  private static int indexOf(List<Person> people, String name) {
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The text from its first date on ("…, 05/03/2025"), or the text when it has none. */
  private static String fromFirstDate(String text) {
    Matcher m = Dates.ANY.matcher(Dates.asciiDigits(text)); // the same length: each digit is one char
    return m.find() ? text.substring(m.start()) : text;
  }

  /**
   * Labelled lines in other languages (MetaLabels): "作者：张三  审核：李四医生  更新日期：2025年3月15日",
   * "بقلم: …", "مراجعة طبية: …", "تاريخ آخر مراجعة: ١٥ مارس ٢٠٢٥", "Revisado por: …", read as their English
   * equivalents are (after them: a page's own "By" line or "Reviewed by" line wins).
   */
  private static void labelledLines(Document page, Fields f) {
    List<Person> reviewers = new ArrayList<>();
    String reviewersDetail = "";
    for (Element e : page.select("p, div, span, li, dd, small, td")) {
      if (e.childrenSize() > 8 || e.select("p, div, li, ul, ol, table, " + Blocks.HEADINGS).stream().anyMatch(x -> x != e)) {
        continue;
      }
      for (MetaLabels.Field field : MetaLabels.fields(Chars.text(e))) {
        String detail = "\"" + field.label() + "\" line";
        Optional<LocalDate> date = MetaLabels.date(field);
        switch (field.role()) {
          case AUTHOR:
            f.offer("authors", persons(field.value()), Origin.PAGE, detail);
            break;
          case REVIEWER:
            if (date.isPresent()) { // "Проверено: 12 марта 2025"
              f.offer("lastReviewed", date.get(), Origin.PAGE, detail);
            } else { // Vinmec's "… tư vấn chuyên môn bởi Bác sĩ A" and "Tham vấn y khoa: ThS.BS B": both, in page order
              if (reviewers.isEmpty()) {
                reviewersDetail = detail;
              }
              for (Person p : persons(field.value())) {
                if (reviewers.stream().noneMatch(r -> Persons.sameName(r.name(), p.name()))) {
                  reviewers.add(p);
                }
              }
            }
            break;
          case REVIEWED:
            date.ifPresent(d -> f.offer("lastReviewed", d, Origin.PAGE, detail));
            break;
          case UPDATED:
            date.ifPresent(d -> f.offer("updated", d, Origin.PAGE, detail));
            break;
          case PUBLISHED:
            date.ifPresent(d -> f.offer("published", d, Origin.PAGE, detail));
            break;
          default:
        }
      }
    }
    f.offer("reviewers", reviewers, Origin.PAGE, reviewersDetail);
  }

  /** The people a labelled value names: one, or several joined by "、", "，", ";" or the Arabic comma. */
  private static List<Person> persons(String value) {
    List<Person> people = new ArrayList<>();
    if (Dates.parse(value).isPresent()) {
      return people;
    }
    for (String name : value.split("\\s*[、，;；،]\\s*")) {
      Persons.parse(name, Optional.empty()).ifPresent(people::add);
    }
    return people;
  }

  private static void views(Document page, Fields f) {
    for (Element e : page.select("p, span, div, li, small")) {
      String text = Chars.clean(e.ownText().isBlank() ? e.text() : e.text());
      if (text.length() > 160) {
        continue;
      }
      Matcher m = VIEWS.matcher(text);
      if (m.find()) {
        String digits = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[^0-9]", "");
        if (digits.length() <= 15) {
          f.offer("views", Long.parseLong(digits), Origin.PAGE, "\"" + Chars.clean(m.group()) + "\"");
          return;
        }
      }
    }
  }

  private static void labels(Document page, Fields f) {
    Element category = page.selectFirst(".cp-category, [class~=(?i)^(category|cat-links|post-category|field--name-field-category|article-category)$], a[rel~=(?i)category]");
    if (category != null) {
      f.offer("category", Chars.text(category), Origin.PAGE, "category label");
    }
    List<String> tags = new ArrayList<>();
    for (Element tag : page.select("a[rel~=(?i)tag], .tags a, .tag-links a, .field--name-field-tags a")) {
      String t = Chars.text(tag);
      if (!t.isEmpty() && !tags.contains(t)) {
        tags.add(t);
      }
    }
    f.offer("tags", tags, Origin.PAGE, "tag links");
    first(page, ".cp-subtitle, .subtitle, .dek, .standfirst-subtitle").ifPresent(t -> f.offer("subtitle", t, Origin.PAGE, "subtitle"));
    first(page, ".cp-summary, .lead, .teaser, .standfirst, .summary, .excerpt, .intro, .article-summary, .field--name-field-summary")
        .ifPresent(t -> f.offer("summary", t, Origin.PAGE, "teaser paragraph"));
    first(page, ".cp-disclaimer, .disclaimer, .medical-disclaimer, #disclaimer").ifPresent(t -> f.offer("disclaimer", t, Origin.PAGE, "disclaimer"));
  }

  private static Optional<String> first(Document page, String selector) {
    Element e = page.selectFirst(selector);
    return e == null ? Optional.empty() : Optional.of(Chars.text(e)).filter(t -> !t.isEmpty() && t.length() < 2000);
  }
}
