package dev.carepress.importer.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The parts of a health page that are not its body: a key-points box, the references, related
 * links, footnotes and a glossary — recognized by their heading's words or their class.
 */
final class Boxes {
  /** What a part is. */
  enum Kind { KEY_POINTS, REFERENCES, RELATED, FOOTNOTES, GLOSSARY, DISCLAIMER }

  private static final Pattern KEY_POINTS = Pattern.compile(
      "(?i)(key (points|facts|messages|takeaways|things to know)|at a glance|in brief|quick facts|main points|highlights"
          + "|what (you need )?to know|the basics|puntos clave|lo (más )?importante|summary of key points|takeaways"
          + "|das wichtigste( in kürze)?|auf einen blick|kurzübersicht|kurz zusammengefasst|in kürze"
          + "|l['’]essentiel|à retenir|en bref|(les )?points clés|ce qu['’]il faut retenir)\\s*:?");
  private static final Pattern REFERENCES = Pattern.compile(
      "(?i)(?:(?:show|view|hide|see|ver|mostrar) (?:the |all |las )?)?(references?|sources?|bibliography|citations?|works cited|sources and references|referencias|fuentes|bibliograf[ií]a"
          + "|参考文献|参考资料|參考資料|参考|出典|المصادر|المراجع|مصادر|مراجع|источники|список литературы|литература"
          + "|tài liệu tham khảo|nguồn tham khảo|quellen|quellenangaben|literatur|literaturverzeichnis|références|bibliographie)\\s*[:：]?");
  private static final Pattern RELATED = Pattern.compile(
      "(?i)(related( (articles?|topics?|pages?|content|links|information|health topics|reading|resources))?|see also"
          + "|more on this topic|you may also (like|be interested in)|read more|learn more|more information"
          + "|other resources|temas relacionados|art[ií]culos relacionados|相关(阅读|文章|新闻|链接)|相關(閱讀|文章|新聞)|関連記事"
          + "|مقالات ذات صلة|مواضيع ذات صلة|اقرأ أيضا|اقرأ أيضاً|читайте также|см\\.? также|похожие статьи"
          + "|bài viết liên quan|xem thêm|tin liên quan|das könnte sie auch interessieren|weitere artikel|mehr zum thema"
          + "|lesen sie auch|à lire aussi|lire aussi|voir aussi|sur le même sujet|articles liés)\\s*[:：]?");
  private static final Pattern FOOTNOTES = Pattern.compile("(?i)((foot)?notes|endnotes|notas)\\s*:?");
  private static final Pattern GLOSSARY = Pattern.compile("(?i)(glossary|terms to know|definitions|glosario)\\s*:?");
  private static final Pattern DISCLAIMER = Pattern.compile("(?i)(disclaimer|medical disclaimer|aviso)\\s*:?");

  private Boxes() {}

  /** The kind of part a heading's text names, if it names one. */
  static Optional<Kind> byHeading(String heading) {
    String text = Chars.clean(heading).toLowerCase(java.util.Locale.ROOT);
    if (KEY_POINTS.matcher(text).matches()) {
      return Optional.of(Kind.KEY_POINTS);
    }
    if (REFERENCES.matcher(text).matches()) {
      return Optional.of(Kind.REFERENCES);
    }
    if (RELATED.matcher(text).matches()) {
      return Optional.of(Kind.RELATED);
    }
    if (FOOTNOTES.matcher(text).matches()) {
      return Optional.of(Kind.FOOTNOTES);
    }
    if (GLOSSARY.matcher(text).matches()) {
      return Optional.of(Kind.GLOSSARY);
    }
    return DISCLAIMER.matcher(text).matches() ? Optional.of(Kind.DISCLAIMER) : Optional.empty();
  }

  /** The kind of part a container is by its class, id or role (its heading is looked at separately). */
  static Optional<Kind> byClass(Element e) {
    String names = (" " + e.className() + " " + e.id() + " " + e.attr("role") + " ").toLowerCase(Locale.ROOT);
    if (names.matches(".*[\\s-](key-?points|keypoints|at-a-glance|takeaways|key-facts|summary-box)[\\s-].*")) {
      return Optional.of(Kind.KEY_POINTS);
    }
    if (names.matches(".*[\\s-](references|citations|bibliography|doc-bibliography|sources)\\s.*")) {
      return Optional.of(Kind.REFERENCES);
    }
    if (names.matches(".*[\\s-](related|related-links|related-articles|see-also)\\s.*")) {
      return Optional.of(Kind.RELATED);
    }
    if (names.matches(".*[\\s-](footnotes|endnotes|doc-endnotes|notes)\\s.*")) {
      return Optional.of(Kind.FOOTNOTES);
    }
    if (names.matches(".*[\\s-](glossary|doc-glossary)\\s.*")) {
      return Optional.of(Kind.GLOSSARY);
    }
    if (names.matches("\\s(disclaimer|medical-disclaimer)\\s.*")) { // read as the disclaimer: not body text as well
      return Optional.of(Kind.DISCLAIMER);
    }
    return Optional.empty();
  }

  /**
   * Whether the element is a key-points box (by class, or by its first heading). A container whose
   * first heading is "Key points" but that holds other headings too is the article around the box
   * (CDC's pages open with one under the title): not a box.
   */
  static boolean isKeyPointsBox(Element e) {
    if (byClass(e).filter(k -> k == Kind.KEY_POINTS).isPresent()) {
      return true;
    }
    Element heading = e.selectFirst("h2, h3, h4, h5, h6, strong, b, p");
    return heading != null && byHeading(heading.text()).filter(k -> k == Kind.KEY_POINTS).isPresent()
        && e.selectFirst("ul, ol") != null && e.select("h1, h2, h3, h4, h5, h6").stream().allMatch(h -> h == heading);
  }
}
