package dev.carepress.render.html.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupWriterTest {

  private static String write(java.util.function.Consumer<MarkupWriter> body) {
    StringBuilder out = new StringBuilder();
    MarkupWriter w = MarkupWriter.to(out);
    body.accept(w);
    w.finish();
    return out.toString();
  }

  @Test
  void textAndAttributesAreEscapedWithTheFiveXmlEscapesOnly() {
    String html = write(w -> w.start("p").attr("title", "a\"b'c<d>&").text("5 < 7 & \"q\" 'x' > é").end("p"));
    assertThat(html).isEqualTo("<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;\">5 &lt; 7 &amp; \"q\" 'x' &gt; é</p>");
  }

  @Test
  void voidElementsCloseTheXmlWay() {
    assertThat(write(w -> w.start("p").text("a").empty("br").text("b").end("p"))).isEqualTo("<p>a<br />b</p>");
    assertThat(write(w -> w.empty("img").attr("src", "x.png").attr("alt", ""))).isEqualTo("<img src=\"x.png\" alt=\"\" />");
  }

  @Test
  void booleanAttributesAreNotMinimized() {
    assertThat(write(w -> w.empty("input").flag("checked", true).flag("disabled", false)))
        .isEqualTo("<input checked=\"checked\" />");
  }

  @Test
  void forbiddenCharactersBecomeReplacementCharacters() {
    assertThat(write(w -> w.text("a\u0000b\u0007c\u0085d\uFDD0e\uD800f\uDBFF\uDFFFg\tz\r\ny\rx")))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\tz\ny\nx");
    assertThat(write(w -> w.text("emoji \uD83D\uDE00 ok"))).isEqualTo("emoji \uD83D\uDE00 ok");
  }

  @Test
  void scriptAndEventAttributesAreRefused() {
    assertThatThrownBy(() -> write(w -> w.start("script"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(w -> w.start("img").attr("onerror", "x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(w -> w.start("p").attr("style", "x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(w -> w.start("P"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(w -> w.start("a b"))).isInstanceOf(IllegalArgumentException.class);
  }
}
