package dev.carepress.render.html;

import dev.carepress.model.Article;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Crumb;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Link;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import java.util.List;
import java.util.Optional;

/** An article whose every field tries to inject markup, script or a dangerous URL. */
final class HostileArticles {
  static final String[] PAYLOADS = {
    "<script>alert('script')</script>",
    "<img src=x onerror=alert('onerror')>",
    "<iframe src=\"javascript:alert('iframe')\"></iframe>",
    "<svg><script>alert('svg-script')</script></svg>",
    "<svg onload=alert('svg-onload')>",
    "<div <p onclick=alert('broken') <b",
    "\"><script>alert('attr-break')</script>",
    "'><img src=x onerror=alert('single')>",
    "</textarea></title></style></script><script>alert('close-all')</script>",
    "<!-- <script>alert('comment')</script> -->",
    "]]><script>alert('cdata')</script>",
    "<object data=\"javascript:alert('object')\"></object><embed src=\"javascript:alert('embed')\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>",
    "<a href=\"javascript:alert('inline-a')\">x</a>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('meta')\">",
    "<base href=\"https://evil.example/\">",
  };

  static final String[] URLS = {
    "javascript:alert('link')",
    " JaVaScRiPt:alert('case')",
    "java\tscript:alert('tab')",
    "\u0001javascript:alert('control')",
    "data:text/html,<script>alert('data')</script>",
    "data:image/svg+xml,<svg onload=alert('data-svg')>",
    "vbscript:msgbox('vb')",
    "x\" onmouseover=\"alert('quote')",
    "javascript&colon;alert('entity')",
  };

  /** The same attacks written in Markdown, the way a content author (or an attacker with one) would. */
  static final String MARKDOWN = """
      ---
      title: "Hostile <script>alert('fm-title')</script>"
      summary: "</script><script>alert('fm-summary')</script>"
      category: "<img src=x onerror=alert('fm-category')>"
      tags: ["</script><script>alert('fm-tag')</script>"]
      breadcrumb:
        - label: Home
          url: "javascript:alert('fm-crumb')"
        - Hostile
      authors:
        - name: "<svg onload=alert('fm-author')>"
          url: "data:text/html,<script>alert('fm-author-url')</script>"
      keyPoints:
        - "**bold** <script>alert('fm-keypoint')</script> [x](javascript:alert('fm-kp-link'))"
      references:
        - title: "<iframe src=javascript:alert('fm-ref')>"
          url: "javascript:alert('fm-ref-url')"
      related:
        - title: Elsewhere
          url: "vbscript:msgbox('fm-related')"
      glossary:
        "<b>term</b>": "<script>alert('fm-gloss')</script>"
      disclaimer: "<object data=javascript:alert('fm-disclaimer')></object>"
      ---

      <script>alert('raw-script')</script>

      Text with <img src=x onerror="alert('raw-img')"> inline and <b onclick="alert('raw-b')">bold</b>.

      <iframe src="javascript:alert('raw-iframe')"></iframe>

      <svg><script>alert('raw-svg')</script><circle onload="alert('raw-circle')"/></svg>

      <div <p onclick=alert('broken')> unclosed <a href="javascript:alert('raw-a')">link

      ## Links [^1]

      [plain js](javascript:alert('md-js')), [spaced](  JaVaScRiPt:alert('md-case')),
      [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+),
      [ref style][evil], <javascript:alert('autolink')>, [title](https://example.org "x\" onmouseover=\"alert('title')").

      [evil]: javascript:alert('md-ref')

      ![img js](javascript:alert('md-img'))

      ![img data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+ "caption <script>alert('caption')</script>")

      > [!WARNING]
      > careful <b onclick="alert('callout')">x</b> [y](javascript:alert('callout-link'))
      > <style>body{background:url(javascript:alert('style'))}</style>

      | <b onmouseover=alert('th')>h</b> | b |
      |---|---|
      | <script>alert('td')</script> | [c](javascript:alert('cell')) |

      ```html" onclick="alert('lang')
      </code></pre><script>alert('code')</script>
      ```

      ## Another `</code><script>alert('heading')</script>`

      <!-- <script>alert('comment')</script> -->
      <base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert('meta')">
      <form action="javascript:alert('form')"><button formaction="javascript:alert('button')">go</button></form>

      [^1]: Note with <script>alert('footnote')</script> and [link](javascript:alert('fn-link')).
      """;

  private HostileArticles() {}

  static Article article() {
    String all = String.join(" ", PAYLOADS);
    var builder = Article.builder()
        .title("</title><script>alert('title')</script> Hostile")
        .subtitle(PAYLOADS[1])
        .slug("hostile")
        .summary("\"</script><script>alert('summary')</script>")
        .category(PAYLOADS[4])
        .tags("</script><script>alert('jsonld')</script>", "<!--", "\u2028\u2029")
        .views(1)
        .author(new Person(PAYLOADS[2], Optional.of(PAYLOADS[6]), Optional.of(URLS[0])))
        .reviewer(new Person("Reviewer", Optional.empty(), Optional.of(URLS[4])))
        .keyPoint(all)
        .introduction(Paragraph.of(all), Paragraph.of(new FootnoteReference("x\"><script>")))
        .term("x\"><script>alert('term')</script>", PAYLOADS[0])
        .footnote(Footnote.of("x\"><script>", PAYLOADS[3]))
        .reference(new Reference(PAYLOADS[5], Optional.of(URLS[1]), Optional.of(PAYLOADS[7]), java.util.OptionalInt.empty()))
        .related(new RelatedLink(PAYLOADS[8], Optional.of(URLS[2]), Optional.of("no-such"), Optional.of(PAYLOADS[9])))
        .crumb(Crumb.of(PAYLOADS[10], URLS[3]))
        .crumb(Crumb.of(PAYLOADS[11]))
        .disclaimer(all);
    for (int i = 0; i < URLS.length; i++) {
      String url = URLS[i];
      builder.section(new Section("s" + i + "\"onmouseover=alert('id')", PAYLOADS[i % PAYLOADS.length], List.of(
          Paragraph.of(new Link(url, Optional.of(PAYLOADS[6]), List.of(new Text("link " + i)))),
          new Figure(url, PAYLOADS[7], Optional.of(PAYLOADS[0])),
          Callout.of(Callout.Kind.WARNING, PAYLOADS[12]),
          new CodeBlock(Optional.of("html\" onclick=\"alert('lang')"), "</code></pre>" + PAYLOADS[0]),
          Table.of(TableRow.of(PAYLOADS[13], "b"), List.of(TableRow.of(PAYLOADS[14], PAYLOADS[15])))
              .withCaption(PAYLOADS[2]),
          Paragraph.of(GlossaryTerm.of("x\"><script>alert('term')</script>", PAYLOADS[1]))),
          List.of()));
    }
    return builder.build();
  }
}
