package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A warning about one element of the page names its line and column, and says what to do: a table
 * with no header row, a javascript: link, a file: image and a JSON-LD block that is not JSON were
 * reported as "page.html: warning: …" with no place, so a user with a 3,000-line saved page could
 * not find them, and three of them had no hint.
 */
class ProblemPositionsTest {
  @Test
  void warningsAboutAnElementNameItsLineAndColumnAndWhatToDo() {
    String html = "<html><head><title>X</title><script type=\"application/ld+json\">{bad</script></head><body><main>\n"
        + "<h1>X</h1><p>Some text that is long enough to be an article, with commas, and a "
        + "<a href=\"javascript:alert(1)\">bad link</a>.</p>\n"
        + "  <p><img src=\"file:///etc/passwd\" alt=\"x\"></p>\n"
        + "<table><tr><td>Week</td><td>Goal</td></tr><tr><td>1</td><td>Walk</td></tr></table></main></body></html>";
    ImportResult result = HtmlArticleImporter.builder().build().importHtml(html, "page.html", Optional.empty());
    assertThat(result.problems()).extracting(Problem::code, Problem::line, Problem::column).containsExactlyInAnyOrder(
        tuple("bad-json-ld", 1, 29), tuple("unsafe-link", 2, 81), tuple("unsafe-image", 3, 6), tuple("table-header", 4, 1));
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
  }
}
