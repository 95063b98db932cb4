package dev.carepress.importer.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: the page's {@code article} (the one with the most
 * paragraph text), else its {@code main} or {@code [role=main]}, else a common content container,
 * else the best-scoring element of a scoring pass in the spirit of Readability: each paragraph of
 * at least 25 characters gives its parent points for its length and commas (and half to its
 * grandparent); class and id names that sound like content add, like chrome subtract; the score
 * is cut by the share of text in links.
 */
final class Content {
  private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|page|post|story|text|blog");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)comment|meta|footer|footnote|sidebar|widget|nav|menu|share|social|ad-|banner|promo|related|sponsor|header|masthead");
  private static final int MIN_WORDS = 15;

  private Content() {}

  /** The article's element, or empty when the page has no discernible text. */
  static Optional<Element> root(Document page) {
    Element best = null;
    for (Element article : page.select("article, [itemprop=articleBody]")) {
      if (best == null || paragraphText(article) > paragraphText(best) * 1.2) {
        best = article;
      }
    }
    if (best != null && best.is("[itemprop=articleBody]") && best.closest("article") != null) {
      best = best.closest("article");
    }
    if (best == null || words(best) == 0) {
      best = page.selectFirst("main, [role=main]");
    }
    if (best != null && words(best) > 0) {
      return Optional.of(best); // the page says where its content is; a short article is still one
    }
    if (best == null || words(best) < MIN_WORDS) {
      best = page.selectFirst("#content, .entry-content, .post-content, .article-body, .field--name-body, #main-content,"
          + " .main-content, #article, .content");
    }
    if (best == null || words(best) < MIN_WORDS) {
      best = scored(page);
    }
    return best == null || words(best) < MIN_WORDS ? Optional.empty() : Optional.of(best);
  }

  private static int words(Element e) {
    return dev.carepress.model.PlainText.wordCount(e.text());
  }

  private static int paragraphText(Element e) {
    int length = 0;
    for (Element p : e.select("p, li")) {
      length += p.ownText().length();
    }
    return length;
  }

  private static Element scored(Document page) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : page.select("p, pre, td, li")) {
      String text = Chars.clean(p.text());
      if (text.length() < 25 || Chrome.isChrome(p)) {
        continue;
      }
      double points = 1 + text.split(",").length + Math.min(3, text.length() / 100.0);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, points, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, points / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element candidate = e.getKey();
      if (candidate.is("body, html")) {
        continue;
      }
      double score = (e.getValue() + classWeight(candidate)) * (1 - linkDensity(candidate));
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best == null) {
      return page.body();
    }
    return widened(best, bestScore, scores);
  }

  /**
   * The best element widened: to its parent when a sibling scores well too (the rest of a split
   * article), else to the nearest of its three closest ancestors named like content and not mostly
   * links (a page of sections, each in its own box, under one content container).
   */
  private static Element widened(Element best, double bestScore, Map<Element, Double> scores) {
    // a sibling that scores well (the rest of a split article) widens the pick to the parent
    Element parent = best.parent();
    if (parent != null && !parent.is("body, html")) {
      double threshold = Math.max(10, bestScore * 0.2);
      for (Element sibling : parent.children()) {
        if (sibling != best && scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling)) >= threshold) {
          return parent;
        }
      }
    }
    Element up = best.parent();
    for (int i = 0; i < 3 && up != null && !up.is("body, html"); i++, up = up.parent()) {
      if (classWeight(up) > 0 && !Chrome.isChrome(up) && linkDensity(up) < 0.4) {
        return up;
      }
    }
    return best;
  }

  private static double classWeight(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    double weight = 0;
    if (POSITIVE.matcher(names).find()) {
      weight += 25;
    }
    if (NEGATIVE.matcher(names).find()) {
      weight -= 25;
    }
    return weight;
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 1;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) all);
  }
}
