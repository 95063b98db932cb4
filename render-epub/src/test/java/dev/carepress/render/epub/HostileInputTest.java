package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.RenderContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Markdown written to break things still gives a valid e-book with nothing active in it. */
class HostileInputTest {
  private static final String NASTY = """
      ---
      title: "Nasty <script>alert(1)</script> & co"
      slug: nasty
      summary: "\\u0007 control <b>bold</b>"
      language: en
      authors:
        - name: Eve
          url: javascript:alert(1)
      references:
        - title: Local
          url: ../notes.html
      related:
        - title: Elsewhere
          url: "data:text/html,<script>alert(1)</script>"
        - title: Missing
          slug: not-in-book
      glossary:
        "<b>term</b>": "A <i>definition</i>"
      ---

      Intro with <script>alert(1)</script> and <img src=x onerror=alert(1)> and
      <iframe src="https://evil.example"></iframe> and <svg onload=alert(1)><script>x</script></svg>.

      ## Links & <b>things</b>

      [js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x)
      [rel](other-page.html) [frag](#nowhere) [ok](https://example.org/a?b=1&c=2#d) <https://example.org/auto>
      [spaces](https://exa mple.org/) ![remote](https://example.org/x.png) ![data](data:image/png;base64,AAAA)

      Broken <div><p>tags</span> and &bogus; entity and &#0; and &#xD800; and unicode \u202E reversed.

      | a <b> | b |
      |---|---|
      | <script>1</script> | [x](javascript:1) |

      > [!WARNING]
      > Careful <style>body{display:none}</style> now.

      A footnote[^1] <a href="javascript:alert(1)">raw link</a>.

      [^1]: Note with <script>alert(1)</script> and [bad](javascript:alert(1)).
      """;

  @Test
  void hostileMarkdownGivesAValidEpubWithNothingActive() {
    Article article = MarkdownArticleReader.create().read(NASTY, "nasty.md");
    List<Problem> warnings = new CopyOnWriteArrayList<>();
    byte[] epub = Epubs.article(EpubRenderer.create(), article, RenderContext.defaults().withWarnings(warnings::add));
    assertThat(EpubCheckSupport.check(epub, "nasty.epub").errors()).isEmpty();
    String chapter = Epubs.text(epub, "EPUB/text/nasty.xhtml");
    Xml doc = Xml.parse(chapter);
    assertThat(doc.count("//h:script | //h:iframe | //h:style | //h:svg | //h:object | //h:embed")).isZero();
    assertThat(doc.count("//@*[starts-with(name(), 'on')]")).isZero();
    assertThat(doc.strings("//@href | //@src"))
        .allMatch(u -> u.startsWith("https://") || u.startsWith("#") || u.startsWith("../"), "safe URL");
    assertThat(chapter).doesNotContain("javascript:alert", "data:text");
  }
}
