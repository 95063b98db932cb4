package dev.carepress.importer.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What is not the article: navigation, banners, cookie notices, share widgets, ads, comments, footers. */
final class Chrome {
  /** Elements that never hold article content, removed with what they hold. */
  static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, form, button, input,"
      + " select, textarea, svg, canvas, link, meta, dialog, [hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]";
  private static final Set<String> TOKENS = Set.of(
      "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "banner",
      "share", "sharing", "social", "sharedaddy", "addthis", "ad", "ads", "advert", "advertisement", "adsbygoogle",
      "sponsor", "sponsored", "promo", "newsletter", "subscribe", "signup", "comment", "comments", "disqus", "respond",
      "sidebar", "widget", "widgets", "skip", "popup", "modal", "toolbar", "pagination", "pager", "print", "rating",
      "feedback", "helpful", "tabs", "tablist", "cta", "compartir", "publicidad", "anuncio", "masthead", "footer", "header", "topbar", "author-box", "authorbox", "postmeta", "entry-meta",
      "post-meta", "byline", "meta", "tags", "tag-links", "cat-links", "related-posts", "jp-relatedposts", "yarpp",
      "toc", "table-of-contents", "wp-block-buttons", "wp-block-button", "buttons", "cp-toc", "cp-facts", "cp-breadcrumb", "cp-header", "cp-footer", "cp-skip",
      "cp-site-header", "cp-site-footer", "copyright", "legal", "cp-callout-label", "cp-backref", "visually-hidden", "sr-only", "screen-reader-text");
  /** Words that make a hyphenated class chrome wherever they stand in it ("cmp-tabs", "newsletter-signup"). */
  private static final Set<String> PARTS = Set.of("tabs", "cta", "newsletter", "signup", "share", "social", "cookie",
      "promo", "sponsor", "advert", "advertisement", "breadcrumb", "onetrust", "compartir", "publicidad");
  private static final Pattern SPLIT = Pattern.compile("[\\s_]+");
  private static final Pattern CHROME_TEXT = Pattern.compile(
      "(?iu)^(we use cookies|this (web)?site uses cookies|share (this|on)|was this (page|article) helpful|print this page"
          + "|subscribe to|sign up for|advertisement|skip to (main )?content|back to top|copyright|\u00a9|all rights reserved"
          + "|版权声明|版权所有|版權所有|todos los derechos reservados|جميع الحقوق محفوظة|все права защищены|bản quyền)");

  private Chrome() {}

  /** Whether the element is page chrome by its tag, role, class or id. */
  static boolean isChrome(Element e) {
    String tag = e.normalName();
    if (tag.equals("nav") || tag.equals("footer") || tag.equals("header") || tag.equals("aside") && !isBox(e)) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")
        || role.equals("search") || role.equals("dialog") || role.equals("alertdialog")) {
      return true;
    }
    // a <section id> is an anchor named after its heading ("ad" for a section titled "AD"), not a widget
    String names = tag.equals("section") && e.selectFirst("> h1, > h2, > h3, > h4, > h5, > h6") != null ? e.className()
        : e.className() + " " + e.id();
    for (String token : SPLIT.split(names.toLowerCase(Locale.ROOT))) {
      if (TOKENS.contains(token) || token.startsWith("cookie") || token.startsWith("share-") || token.startsWith("social-")
          || token.startsWith("ad-") || token.startsWith("advert") || token.startsWith("comment")) {
        return true;
      }
      for (String part : token.split("-")) {
        if (PARTS.contains(part)) {
          return true;
        }
      }
    }
    if (isShareLinks(e) || isInPageContents(e) || isPageActions(e)) {
      return true;
    }
    String text = e.text();
    return text.length() < 300 && CHROME_TEXT.matcher(Chars.clean(text)).lookingAt() && !e.is("li, h1, h2, h3, h4, h5, h6");
  }

  /**
   * Whether the element is a row of share links in any language: two or more links, every one of
   * them to a share service, an empty mail, or a script (print), and little text besides.
   */
  static boolean isShareLinks(Element e) {
    if (e.is("li, a, h1, h2, h3, h4, h5, h6")) {
      return false;
    }
    var links = e.select("a[href]");
    if (links.size() < 2 || links.size() > 12) {
      return false;
    }
    int linkText = 0;
    for (Element a : links) {
      if (!SHARE_HREF.matcher(a.attr("href").strip()).find()) {
        return false;
      }
      linkText += a.text().length();
    }
    return e.text().length() - linkText < 40;
  }

  private static final Pattern CONTENTS_HEADING = Pattern.compile("(?iu)(in this (article|page|section)|on this page"
      + "|(table of )?contents|jump to( section)?|skip to section|en (este|esta) (art[ií]culo|p[aá]gina)|contenido|[ií]ndice)\\s*:?");

  /**
   * Whether the element is a list of links to the page's own sections ("In this article": WebMD,
   * Healthline, Cleveland Clinic): two or more links, every one to a fragment of the page, and no
   * text besides but a heading that names it. The article's sections are its own contents.
   */
  static boolean isInPageContents(Element e) {
    if (e.is("li, a, p, h1, h2, h3, h4, h5, h6") || e.select("ul, ol").isEmpty()) {
      return false;
    }
    var links = e.select("a[href]");
    if (links.size() < 2) {
      return false;
    }
    int linkText = 0;
    for (Element a : links) {
      if (!a.attr("href").strip().startsWith("#") || a.attr("href").strip().length() < 2) {
        return false;
      }
      linkText += Chars.text(a).replaceAll("\\s", "").length();
    }
    for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
      if (!CONTENTS_HEADING.matcher(Chars.text(h)).matches()) {
        return false; // a section of the article, however short, that links to a footnote
      }
    }
    String rest = Chars.text(e);
    Element heading = e.selectFirst("h2, h3, h4, h5, h6, strong, b, p");
    if (heading != null && CONTENTS_HEADING.matcher(Chars.text(heading)).matches()) {
      rest = rest.replace(Chars.text(heading), "");
    } else {
      Element before = e.previousElementSibling(); // "<h2>On this page</h2><ul>…</ul>"
      if (before == null || !CONTENTS_HEADING.matcher(Chars.text(before)).matches()) {
        return false; // a list of links to footnotes, say, named by nothing
      }
    }
    return rest.replaceAll("\\s", "").length() - linkText < 10;
  }

  /** A shop's heading inside an article: Mayo Clinic's "Products &amp; Services". */
  private static final Pattern SHOP_HEADING = Pattern.compile("(?iu)(products\\s*(&|and)\\s*services|productos\\s+y\\s+servicios"
      + "|shop( now)?|from (the )?[\\p{L} ]{1,30} (store|press))\\s*:?");

  /**
   * Where a shop box ends when the heading at {@code i} opens one: the index of its last unit,
   * when every unit up to the next heading as high is a list or line of links (Mayo Clinic's
   * "Products &amp; Services": "A Book: Mayo Clinic Family Health Book", "Newsletter: …"); else
   * {@code i}. A section of that name with text of its own is the article's.
   */
  static int shopLinks(String heading, List<Element> units, int i) {
    if (!SHOP_HEADING.matcher(heading).matches()) {
      return i;
    }
    int level = units.get(i).normalName().charAt(1) - '0';
    int j = i;
    while (j + 1 < units.size() && !BodyMapper.endsPart(units.get(j + 1), level)) {
      Element next = units.get(j + 1);
      if (next == null || !next.is("ul, ol, p") || !allLinks(next)) {
        return i;
      }
      j++;
    }
    return j;
  }

  /** Whether the element's text is all in links (white space and list punctuation aside). */
  private static boolean allLinks(Element e) {
    String all = Chars.text(e).replaceAll("[\\s|·•,]", "");
    int links = 0;
    for (Element a : e.select("a[href]")) {
      links += Chars.text(a).replaceAll("[\\s|·•,]", "").length();
    }
    return !all.isEmpty() && links >= all.length();
  }

  /** Languages as a page's language switch names them, in lower case. */
  private static final Set<String> LANGUAGES = Set.of("english", "español", "espanol", "en español", "in english",
      "中文", "简体中文", "繁體中文", "繁体中文", "tiếng việt", "한국어", "tagalog", "русский", "العربية", "français",
      "kreyòl ayisyen", "haitian creole", "português", "deutsch", "italiano", "polski", "日本語", "हिन्दी", "فارسی",
      "ελληνικά", "עברית", "বাংলা", "اردو", "af-soomaali", "other languages", "more languages", "languages", "translate");
  /** What a page's tool bar offers besides its languages: print, email, share, download. */
  private static final Set<String> ACTIONS = Set.of("print", "print this page", "print page", "imprimir", "email",
      "e-mail", "share", "compartir", "download", "download pdf", "pdf", "打印", "分享", "طباعة", "مشاركة", "печать",
      "распечатать", "поделиться", "in", "in bài", "chia sẻ", "imprimer", "partager", "drucken");

  /**
   * Whether the element is a page's tool bar: a language switch and print or share links, such as
   * CDC's "Español | Print" above the title or MedlinePlus's "Español" link. Every link names a
   * language (or carries {@code lang}/{@code hreflang}) or an action, and the rest is separators;
   * a sentence that mentions Spanish or printing is text.
   */
  static boolean isPageActions(Element e) {
    if (e.is("li, a, " + Blocks.HEADINGS)) {
      return false;
    }
    String text = Chars.text(e);
    var links = e.select("a");
    if (text.length() > 120 || links.isEmpty() || links.size() > 16) {
      return false;
    }
    String rest = text;
    for (Element a : links) {
      String label = Chars.text(a);
      String lower = label.toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(lower) && !ACTIONS.contains(lower) && !(a.hasAttr("hreflang") || a.hasAttr("lang")) || label.isEmpty()
          && a.selectFirst("img") == null) {
        return false;
      }
      rest = rest.replace(label, " ");
    }
    for (String word : rest.split("\\s*[|·•/]\\s*")) {
      String w = Chars.clean(word).toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && !ACTIONS.contains(w) && !LANGUAGES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern SHARE_HREF = Pattern.compile("(?i)^(mailto:\\?|javascript:|whatsapp:"
      + "|https?://([a-z]+\\.)?(facebook\\.com/shar|twitter\\.com/(intent|share)|x\\.com/intent|linkedin\\.com/(share|cws/share)"
      + "|pinterest\\.com/pin|reddit\\.com/submit|wa\\.me/|api\\.whatsapp\\.com|t\\.me/share|bsky\\.app/intent))");

  /** Whether an aside is a box of the article (key points, a callout) rather than a sidebar. */
  static boolean isBox(Element e) {
    return Boxes.isKeyPointsBox(e) || Callouts.kind(e).isPresent();
  }
}
