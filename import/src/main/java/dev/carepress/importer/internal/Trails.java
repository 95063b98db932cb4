package dev.carepress.importer.internal;

import dev.carepress.importer.Origin;
import dev.carepress.model.Crumb;
import dev.carepress.text.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's breadcrumb as its reader sees it: a breadcrumb nav (list items, or links and plain text
 * between separators), else a labelled trail ("Location: A > B", "当前位置：首页 > 健康 > 正文"),
 * ending at the page itself.
 */
final class Trails {
  /** A trail after a label: "Location: HOME > Health > …", "当前位置：首页 > 健康 > 正文", "Вы здесь: …". */
  private static final Pattern TRAIL = Pattern.compile("(?iu)^\\s*(?:location|you are here|path|当前位置|您的位置|你的位置"
      + "|您现在的位置|您当前的位置|所在位置|現在位置|現在地|вы здесь|usted está en|está en|estás en|vous êtes ici"
      + "|sie sind hier|bạn đang ở)\\s*[:：]\\s*(.+)$");
  /** Between the plain-text crumbs of a trail: a slash only with spaces round it ("HIV/AIDS" is one crumb). */
  private static final Pattern PLAIN_SEPARATOR = Pattern.compile("\\s*(?:>|»|›|→|\\\\|\\|)\\s*|\\s+/\\s+|^/\\s+|\\s+/$|^/$");
  /** A last crumb that stands for the page itself ("正文": the text; "详情": details). */
  private static final Pattern THIS_PAGE = Pattern.compile("正文|正文内容|内容|详情|详细内容|文章详情|内容详情|本文|本文内容|本文正文");
  private static final Pattern TRAIL_SEPARATOR = Pattern.compile("\\s*(?:>|»|›|/|→|\\\\)\\s*");

  private Trails() {}

  /** Offers the page's breadcrumb (and the same crumbs for JSON-LD's links to complete) to the fields. */
  static void read(Document page, Optional<String> base, Fields f) {
    Element nav = page.selectFirst("nav[aria-label~=(?i)breadcrumb], [class~=(?i)breadcrumb], [id~=(?i)breadcrumb]");
    Optional<String> title = f.get("title");
    if (nav != null) {
      List<Crumb> crumbs = new ArrayList<>();
      List<Element> items = nav.select("li");
      if (items.isEmpty()) { // "<a>Главная</a> › <a>Болезни</a> › Гипертония": the last crumb is plain text
        plainTrail(nav, base, crumbs);
      }
      for (Element item : items) {
        addCrumb(crumbs, Chars.text(item), item.is("a[href]") ? item : item.selectFirst("a[href]"), base);
      }
      crumbs = endAtThePage(crumbs, title);
      f.offer("breadcrumb", crumbs, Origin.PAGE, "breadcrumb navigation");
      f.offer("pageBreadcrumb", crumbs, Origin.PAGE, "breadcrumb navigation"); // its links complete JSON-LD's
    }
    for (Element e : page.select("p, div, span, li")) {
      if (e.childrenSize() > 6) {
        continue;
      }
      String text = Chars.text(e);
      Matcher m = TRAIL.matcher(text);
      // a trail is a short line: a column that starts with one ("当前位置：…" over the article) is not
      if (text.length() <= 200 && m.matches() && TRAIL_SEPARATOR.matcher(m.group(1)).find()) {
        List<Crumb> crumbs = new ArrayList<>();
        for (String label : TRAIL_SEPARATOR.split(m.group(1))) {
          String clean = Chars.clean(label);
          if (!clean.isEmpty()) {
            addCrumb(crumbs, clean, e.selectFirst("a[href]:containsOwn(" + clean.replace(")", "").replace("(", "") + ")"), base);
          }
        }
        crumbs = endAtThePage(crumbs, title);
        f.offer("breadcrumb", crumbs, Origin.PAGE, "\"Location:\" trail");
        f.offer("pageBreadcrumb", crumbs, Origin.PAGE, "\"Location:\" trail");
        break;
      }
    }
  }

  /**
   * The crumbs of a trail written without list items, in page order: each link one, and each piece
   * of plain text between the separators one (the current page is usually plain text), a lead-in
   * such as "Вы здесь:" left out.
   */
  private static void plainTrail(Element nav, Optional<String> base, List<Crumb> crumbs) {
    for (org.jsoup.nodes.Node node : nav.childNodes()) {
      if (node instanceof Element e && e.is("a[href]")) {
        addCrumb(crumbs, Chars.text(e), e, base);
      } else if (node instanceof Element e && !e.select("a[href]").isEmpty()) {
        plainTrail(e, base, crumbs);
      } else if (node instanceof Element e && !e.is("script, style, template, [hidden], [aria-hidden=true]")
          || node instanceof org.jsoup.nodes.TextNode) {
        String text = node instanceof Element e ? Chars.text(e) : Chars.clean(((org.jsoup.nodes.TextNode) node).text());
        if (crumbs.isEmpty()) {
          text = text.replaceFirst("^[^:：>»›→]{0,30}[:：]", "");
        }
        for (String label : PLAIN_SEPARATOR.split(text)) {
          addCrumb(crumbs, Chars.clean(label), null, base);
        }
      }
    }
  }

  /**
   * A trail ends at the page itself, as the model's last crumb is the current page: a Chinese
   * trail's "正文" ("the text") stands for the page, and is its title (or, with no title, left out).
   */
  private static List<Crumb> endAtThePage(List<Crumb> crumbs, Optional<String> title) {
    if (crumbs.isEmpty() || !THIS_PAGE.matcher(crumbs.get(crumbs.size() - 1).label()).matches()) {
      return crumbs;
    }
    List<Crumb> out = new ArrayList<>(crumbs.subList(0, crumbs.size() - 1));
    title.filter(t -> !t.isBlank()).ifPresent(t -> out.add(Crumb.of(t)));
    return out;
  }

  /**
   * Adds a crumb unless its label is empty or only separators; its link, if any, resolved against
   * the page's address and kept only when it is a safe link (a {@code javascript:} crumb is text).
   */
  private static void addCrumb(List<Crumb> crumbs, String label, Element link, Optional<String> base) {
    if (!label.isEmpty() && !label.matches("[>»›/|]+")) {
      crumbs.add(new Crumb(label, link == null ? Optional.empty()
          : Optional.of(Urls.resolve(base, link.attr("href"))).filter(UrlPolicy::isSafeLink)));
    }
  }
}
