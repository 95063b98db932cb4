package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageDecoratorTest {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en" dir="ltr">
      <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;self&#39;" />
      <title>T</title>
      <script type="application/ld+json">
      {"@type": "MedicalWebPage"}
      </script>
      </head>
      <body>
      <main id="main"><p>Text &lt;script&gt;</p></main>
      </body>
      </html>
      """;

  @Test
  void theServedCopyIsThePageWithThePreviewsPartsInsertedAndItsPolicyExtended() {
    PageDecorator.Served served = PageDecorator.decorate(PAGE, "a.html", "v1", "<section>P</section>\n", "<nav>B</nav>\n");
    String nonce = nonce(served.policy().toString());
    assertThat(served.policy().toString())
        .isEqualTo("default-src 'none'; style-src 'self'; script-src 'nonce-" + nonce + "'; connect-src 'self'");
    assertThat(served.html()).isEqualTo(PAGE
        .replace("style-src &#39;self&#39;\" />", "style-src &#39;self&#39;; script-src &#39;nonce-" + nonce
            + "&#39;; connect-src &#39;self&#39;\" />")
        .replace("</head>", "<link rel=\"stylesheet\" href=\"/_carepress/preview.css\" />\n</head>")
        .replace("<body>\n", "<body>\n<section>P</section>\n\n")
        .replace("</body>", "<nav>B</nav>\n<script nonce=\"" + nonce + "\" data-path=\"a.html\" data-version=\"v1\">"
            + PageDecorator.SCRIPT + "</script>\n</body>"));
  }

  @Test
  void everyResponseHasItsOwnNonce() {
    String a = nonce(PageDecorator.decorate(PAGE, "a.html", "v", "", "").policy().toString());
    String b = nonce(PageDecorator.decorate(PAGE, "a.html", "v", "", "").policy().toString());
    assertThat(a).isNotEqualTo(b).hasSize(24);
  }

  @Test
  void aPageWithoutPolicyGetsAStrictOneAllowingItsInlineStyleByHash() {
    String report = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<style>\nb{}\n</style>\n"
        + "</head>\n<body>\n<p>R</p>\n</body>\n</html>\n";
    PageDecorator.Served served = PageDecorator.decorate(report, "r.check.html", "v", "", "");
    assertThat(served.policy().toString()).startsWith("default-src 'none'; style-src " + Policy.hash("\nb{}\n")
        + " 'self'; img-src 'self'");
    assertThat(served.html()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta http-equiv="
        + "\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
  }

  @Test
  void aPathOrVersionCannotBreakOutOfTheScriptsAttributes() {
    String html = PageDecorator.decorate(PAGE, "a\"><script>x</script>", "\"v", "", "").html();
    assertThat(html).contains("data-path=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;\" data-version=\"&quot;v\"");
  }

  @Test
  void somethingThatIsNotAWholePageIsRefused() {
    assertThatThrownBy(() -> PageDecorator.decorate("<p>fragment</p>", "a.html", "v", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theScriptDoesNothingButListenAndReload() {
    assertThat(PageDecorator.SCRIPT).contains("new EventSource(", "location.reload()")
        .doesNotContain("innerHTML").doesNotContain("eval(").doesNotContain("document.write");
  }

  private static String nonce(String policy) {
    Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(policy);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
