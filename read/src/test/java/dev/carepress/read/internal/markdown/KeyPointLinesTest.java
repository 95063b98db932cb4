package dev.carepress.read.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Key points that are plain text skip the Markdown parser, which would have given one text node of the line. */
class KeyPointLinesTest {
  private static final Parser PARSER = MarkdownParser.create(Autolinks.create());

  @Test
  void plainSentencesArePlainText() {
    assertThat(KeyPointLines.isPlainText("Wash your hands (for 20 seconds), then dry them; it's 90% of it.")).isTrue();
    assertThat(KeyPointLines.isPlainText("Ask a nurse — or a doctor — about “side effects”…")).isTrue();
    assertThat(KeyPointLines.isPlainText("")).isTrue();
    assertThat(KeyPointLines.isPlainText("Keep it at 2–8 °C; ask if your blood sugar is ≥ 7 mmol/L (µ ± ½ → café)")).isTrue();
    assertThat(KeyPointLines.isPlainText("Note: take it twice a day")).isTrue();
  }

  @Test
  void markdownLinksAndEscapesAreNot() {
    for (String line : List.of("*a*", "a_b", "`c`", "[l]", "a!", "<b>", "&amp;", "\\-", "see www.x.org", "see http://x.org", "a://b", "a@b",
        "~~s~~", "a|b", "a^b", "a\tb", "a\u00a0b", "a\u200db", "a\u2003b", "a\u0085b", "😀", "#1", "a  \nb")) {
      assertThat(KeyPointLines.isPlainText(line)).as(line).isFalse();
    }
  }

  @Test
  void aPlainKeyPointIsOneText() {
    MarkdownReading body = new MarkdownReading(new Diagnostics("a.md"), new Positions(), true);
    assertThat(body.inlineLine("  Take it\n  with food.  ", Pos.START))
        .containsExactly(new dev.carepress.model.Text("Take it with food."));
    assertThat(body.inlineLine("- Take it with food.", Pos.START))
        .containsExactly(new dev.carepress.model.Text("- Take it with food."));
  }

  /** What the parser makes of a line the fast path takes as plain: one paragraph of one text node of the line. */
  @Property(tries = 2000)
  void plainTextParsesToItself(@ForAll("lines") String keyPoint) {
    String line = KeyPointLines.keyPointLine(keyPoint);
    if (!KeyPointLines.isPlainText(line) || line.isEmpty()) {
      return;
    }
    Document doc = PARSER.parse(line);
    Node paragraph = doc.getFirstChild();
    assertThat(paragraph).isInstanceOf(Paragraph.class);
    assertThat(paragraph.getNext()).isNull();
    Node text = paragraph.getFirstChild();
    assertThat(text).isInstanceOf(Text.class);
    assertThat(text.getNext()).isNull();
    assertThat(text.getChars().unescape()).isEqualTo(line);
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(".,;?'\"()-/%+=$‘’“”–—… awW1é").ofMaxLength(30),
        Arbitraries.strings().withChars(":/°≥±µ→½\u0301ß中ع ax.").ofMaxLength(30),
        Arbitraries.strings().withChars(".,;?'\"()-/%+=$‘’“”–—… ").withCharRange('a', 'z').ofMaxLength(30),
        Arbitraries.of("www", "ww.w", "a.www", "(www)", "w.w.w.", "1. 2. 3.", "2) 3)", "a - b", "a + b", "= x", "---",
            "(a)(b)", "\"(x)\"", "100% / 2 = $50", "Mr. Smith's", "e.g. this", "x...y"));
  }
}
