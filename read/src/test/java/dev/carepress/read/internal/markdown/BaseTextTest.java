package dev.carepress.read.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The text of every part of a parsed document, cut from its source, is what Flexmark's toString() gives. */
class BaseTextTest {
  @Test
  void partsOfContainersAndTabsReadAsFlexmarkReadsThem() {
    for (String markdown : new String[] {
        "> [!NOTE]\n> quoted *text*\n> on two lines", "- item\n  continued\n-\tafter a tab\n\n  1. nested",
        "a\tb [l](http://x.org \"t\") `c\td`\n\n\tindented\tcode", "| a | b |\n|---|---|\n| c\t| d |",
        "text[^1]\n\n[^1]: the note\n    continued", "nul \0 here\n> and \0 there", "> a\n>\tb\n>  \tc"}) {
      assertSameText(markdown);
    }
  }

  @Property(tries = 800)
  void everyPartReadsAsFlexmarkReadsIt(@ForAll("markdown") String markdown) {
    assertSameText(markdown);
  }

  private static void assertSameText(String markdown) {
    Document document = MarkdownParser.parse(markdown);
    boolean clean = BaseText.CLEAN_SOURCE.get(document);
    assertThat(clean).as(markdown).isEqualTo(
        markdown.indexOf('\t') < 0 && markdown.indexOf('\0') < 0 && markdown.indexOf('\r') < 0);
    for (BasedSequence chars : parts(document)) {
      assertThat(BaseText.of(chars, clean)).as(markdown).isEqualTo(chars.toString());
      assertThat(BaseText.of(chars)).as(markdown).isEqualTo(chars.toString());
    }
  }

  private static List<BasedSequence> parts(Node parent) {
    List<BasedSequence> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      out.add(node.getChars());
      if (node instanceof Link link) {
        out.add(link.getUrl());
        out.add(link.getTitle());
      } else if (node instanceof Footnote footnote) {
        out.add(footnote.getText());
      }
      int lineEnd = node.getChars().indexOf('\n');
      if (lineEnd >= 0) {
        out.add(node.getChars().subSequence(0, lineEnd));
      }
      out.addAll(parts(node));
    }
    return out;
  }

  @Provide
  Arbitrary<String> markdown() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab é’\t\n\0>-*+1.#|`[]()^:!\\&").ofMaxLength(8),
        Arbitraries.of("> ", "- ", "1. ", "    ", "\t", "\n\n", "| a | b |\n|---|---|\n", "[^1]", "[^1]: ",
            "[l](http://x.org \"t\")", "`c`", "*e*", "**s**", "~~x~~", "&amp;", "\\*", "<b>", "```\n", "# "));
    return token.list().ofMaxSize(25).map(tokens -> String.join("", tokens));
  }
}
