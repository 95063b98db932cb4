package dev.carepress.importer.internal;

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
      "(?i)^(we use cookies|this (web)?site uses cookies|share (this|on)|was this (page|article) helpful|print this page"
          + "|subscribe to|sign up for|advertisement|skip to (main )?content|back to top|copyright|\u00a9|all rights reserved)");

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
    if (isShareLinks(e) || isInPageContents(e)) {
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

  private static final Pattern SHARE_HREF = Pattern.compile("(?i)^(mailto:\\?|javascript:|whatsapp:"
      + "|https?://([a-z]+\\.)?(facebook\\.com/shar|twitter\\.com/(intent|share)|x\\.com/intent|linkedin\\.com/(share|cws/share)"
      + "|pinterest\\.com/pin|reddit\\.com/submit|wa\\.me/|api\\.whatsapp\\.com|t\\.me/share|bsky\\.app/intent))");

  /** Whether an aside is a box of the article (key points, a callout) rather than a sidebar. */
  static boolean isBox(Element e) {
    return Boxes.isKeyPointsBox(e) || Callouts.kind(e).isPresent();
  }
}
