package dev.carepress.read.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Bare links are found exactly where Flexmark's autolink extension, run on every text node, finds them. */
class AutolinksTest {
  private static final Parser EXTENSION = MarkdownParser.create(AutolinkExtension.create());
  private static final Parser FILTERED = MarkdownParser.create(Autolinks.create());

  @Test
  void bareLinksAndAddressesBecomeLinks() {
    String markdown = "See www.example.org, https://example.org/a_(b) or write to help@example.org.";
    assertThat(tree(FILTERED, markdown)).contains("AutoLink", "MailLink").isEqualTo(tree(EXTENSION, markdown));
  }

  @Test
  void linksSplitByEntitiesAndEscapesAreFoundAsBefore() {
    for (String markdown : new String[] {
        "x&copy;y http://a.com/?a=1&amp;b=2", "\\#www.example.org&amp;", "www.ex\\_ample.com", "&#119;ww.example.com",
        "a&#64;b.com", "foo:// and http://", "see [www.x.com](https://y.org) `www.z.com` ![www.a.com](b.png)",
        "| www.a.com | b@c.de |\n|---|---|\n| http://x.y | z |", "# Heading www.h.com\n\n> quote www.q.com[^1]\n\n"
            + "[^1]: note www.n.com"}) {
      assertThat(tree(FILTERED, markdown)).as(markdown).isEqualTo(tree(EXTENSION, markdown));
    }
  }

  @Test
  void textThatCannotHoldALinkIsPassedOver() {
    for (String markdown : new String[] {"Wash your hands with soap, www or not.", "Note: a time 10:30, a ratio 1:/2"}) {
      assertThat(Autolinks.mayLink(FILTERED.parse(markdown).getFirstChild().getFirstChild())).as(markdown).isFalse();
    }
    for (String markdown : new String[] {"a://b", "x://", "a@b", "a&b", "a\\b", "wwww.x"}) {
      assertThat(Autolinks.mayLink(FILTERED.parse(markdown).getFirstChild().getFirstChild())).as(markdown).isTrue();
    }
  }

  @Property(tries = 1500)
  void findsTheLinksTheExtensionFinds(@ForAll("markdown") String markdown) {
    assertThat(tree(FILTERED, markdown)).isEqualTo(tree(EXTENSION, markdown));
  }

  @Provide
  Arbitrary<String> markdown() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.strings().withChars("wW.:/@&;#\\_*`[]()!<>|~^ \t\n-xa1é").ofMaxLength(6),
        Arbitraries.of("www.", "www.example.org", "WWW.EX.ORG", "http://", "https://example.org/a?b=1&c=2#d", "ftp://f.net",
            "x://", "mailto:a@b.org", "help@example.org", "a.b+c@d-e.co.uk", "&amp;", "&copy;", "&#64;", "&#58;",
            "&#119;", "\\_", "\\:", "\\@", "[l](https://e.org)", "<https://e.org>", "<a@b.org>", "`c`", "*e*", "**s**",
            "~~d~~", "[^1]", "\n\n[^1]: n ", "\n\n| a | b |\n|---|---|\n| c | d |\n\n", "\n\n# ", "\n\n> ", "\n- ",
            "![i](p.png)", "<b>", "<br>", "  \n", "\\\n", "(", ")", ".", ",", "'", "\""));
    return token.list().ofMaxSize(14).map(l -> String.join("", l));
  }

  /** The document's tree: every node's type, span and text, and each link's text and URL. */
  private static String tree(Parser parser, String markdown) {
    StringBuilder out = new StringBuilder();
    append(parser.parse(markdown), 0, out);
    return out.toString();
  }

  private static void append(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node.getNodeName()).append(' ').append(node.getStartOffset()).append('-')
        .append(node.getEndOffset()).append(" [").append(node.getChars()).append(']');
    if (node instanceof AutoLink) {
      out.append(" text=").append(((AutoLink) node).getText()).append(" url=").append(((AutoLink) node).getUrl());
    } else if (node instanceof MailLink) {
      out.append(" text=").append(((MailLink) node).getText());
    }
    out.append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      append(child, depth + 1, out);
    }
  }
}
