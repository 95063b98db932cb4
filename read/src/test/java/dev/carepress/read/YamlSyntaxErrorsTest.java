package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A YAML syntax error in front matter reads as plain words, at the place the user must edit (where
 * an unclosed quote or bracket opens, at the tab, on the line indented wrongly, at the colon) with
 * what to change: never the YAML engine's own words. Lines are file lines: the front matter starts
 * on line 2, after the opening "---".
 */
class YamlSyntaxErrorsTest {
  private static final String PREFIX = "the front matter is not valid YAML: ";

  private static Problem only(String frontMatter) {
    ReadResult<Article> result = MarkdownArticleReader.create().parse("---\n" + frontMatter + "---\nText.\n", "a.md");
    List<Problem> problems = result.problems();
    assertThat(problems).as("problems of %s", frontMatter).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.code()).isEqualTo("malformed-yaml");
    assertThat(problem.message()).startsWith(PREFIX);
    return problem;
  }

  private static void assertAt(Problem p, int line, int column, String message, String hint) {
    assertThat(p).extracting(Problem::line, Problem::column).containsExactly(line, column);
    assertThat(p.message()).isEqualTo(PREFIX + message);
    assertThat(p.hint()).isEqualTo(hint);
  }

  @Test
  void anUnclosedDoubleQuoteIsPlacedWhereItOpens() {
    assertAt(only("title: \"Unclosed\ncategory: x\n"), 2, 8,
        "the text in double quotes that starts here is never closed",
        "end the text with \" on its line; to write \" inside it, write \\\"");
  }

  @Test
  void anUnclosedSingleQuoteIsPlacedWhereItOpens() {
    assertAt(only("title: A\nsummary: 'It's short\ncategory: x\n"), 3, 14,
        "there is text after the value's closing quote at line 3, column 13",
        "put all of the value inside the quotes, or write it without quotes; to write the quote itself inside,"
            + " write \\\" in \"...\" or '' in '...'");
    assertAt(only("title: A\nsummary: 'Short\ncategory: x\n"), 3, 10,
        "the text in single quotes that starts here is never closed",
        "end the text with ' on its line; to write ' inside it, write it twice: ''");
  }

  @Test
  void anUnclosedListIsPlacedAtItsBracket() {
    String hint = "close it with ']' after its last item, on this line; items are separated by commas";
    assertAt(only("title: A\ntags: [a, b\n"), 3, 7, "the list that opens with '[' here is never closed", hint);
    assertAt(only("title: A\ntags: [asthma, inhalers\nviews: 3\n"), 3, 7,
        "the list that opens with '[' here is never closed", hint);
  }

  @Test
  void anUnclosedMapIsPlacedAtItsBrace() {
    assertAt(only("title: A\ncover: {src: a.png\n"), 3, 8, "the map that opens with '{' here is never closed",
        "close it with '}' after its last item, on this line; items are separated by commas");
  }

  @Test
  void aTabIsPlacedAtTheTab() {
    String message = "a tab stands here; YAML indents and separates with spaces only";
    assertAt(only("title: A\n\tcategory: x\n"), 3, 1, message, "replace the tab with spaces");
    assertAt(only("title: A\nauthors:\n  - name: B\n  \turl: https://b.org\n"), 5, 3, message, "replace the tab with spaces");
  }

  @Test
  void aBadIndentationIsPlacedOnTheLineIndentedWrongly() {
    Problem p = only("title: A\nauthors:\n  - name: B\n    url: https://b.org\n  - name: C\n   url: https://c.org\n");
    assertAt(p, 7, 4, "this line is indented by 3 spaces, which lines it up with no key above it",
        "indent it as the key it belongs with: 4 spaces (as 'name' on line 6), or no indentation (as 'authors' on line 3)");
    assertAt(only("title: A\nglossary:\n  term: a word\nrelated:\n  - title: B\n   slug: b\n"), 7, 4,
        "this line is indented by 3 spaces, which lines it up with no key above it",
        "indent it as the key it belongs with: 4 spaces (as 'title' on line 6), or no indentation (as 'related' on"
            + " line 5)");
    assertAt(only("title: A\ncover:\n  src: a.png\n alt: A cover\n"), 5, 2,
        "this line is indented by 1 space, which lines it up with no key above it",
        "indent it as the key it belongs with: 2 spaces (as 'src' on line 4), or no indentation (as 'cover' on line 3)");
  }

  @Test
  void aColonInAValueIsPlacedAtTheColonWithTheValueQuoted() {
    assertAt(only("title: Asthma: the basics\n"), 2, 14,
        "the value of 'title' holds ': ', which YAML reads as the start of another key",
        "put the value in quotes: title: \"Asthma: the basics\"");
    assertAt(only("title: Say \"hi\": now\n"), 2, 16,
        "the value of 'title' holds ': ', which YAML reads as the start of another key",
        "put the value in quotes: title: 'Say \"hi\": now'");
  }

  @Test
  void aKeyIndentedUnderAValueIsAColonInThatValue() {
    assertAt(only("title: A\n  category: : x\n"), 3, 11,
        "this line is indented more than 'title' above it, so it continues the value of 'title', and a value"
            + " cannot hold ': '",
        "to make 'category' a key of its own, line it up with 'title' (no indentation); if it is all one text,"
            + " put the value in quotes");
  }

  @Test
  void aLineWithoutItsColonIsNamed() {
    assertAt(only("summary\ntitle: A\n"), 3, 6,
        "line 2 has no ':' after its key, so it runs on into this line, and a value cannot hold ': '",
        "add ': ' and a value at the end of line 2, or remove that line");
    assertAt(only("title: A\nsummary\ncategory: x\n"), 3, 1, "'summary' stands where a key is expected, but no ':' follows it",
        "write it as key: value; if it continues the value of the line above, indent it more than that line's key");
  }

  @Test
  void anUnknownEscapeIsPlacedAtItsBackslash() {
    assertAt(only("title: \"C:\\dose\"\n"), 2, 11, "'\\d' is not an escape YAML knows in text in double quotes",
        "write \\\\ for a backslash, or put the text in single quotes ('...'), where a backslash is an ordinary"
            + " character");
  }

  @Test
  void aValueStartingWithAReservedCharacterNeedsQuotes() {
    assertAt(only("title: @home care\n"), 2, 8, "a value cannot start with '@' unless it is in quotes",
        "put the value in quotes: write \"@...\" or '@...'");
    assertAt(only("title: * Important\n"), 2, 8, "'*' must be followed by a name here",
        "if the value is text starting with '*', put the value in quotes");
  }

  @Test
  void textAfterAClosingQuoteIsPlacedAtTheText() {
    assertAt(only("title: \"Asthma\" basics\n"), 2, 17, "there is text after the value's closing quote at line 2,"
        + " column 15", "put all of the value inside the quotes, or write it without quotes; to write the quote itself"
        + " inside, write \\\" in \"...\" or '' in '...'");
  }

  @Test
  void aListItemAmongKeysIsNamed() {
    assertAt(only("title: A\n- asthma\n"), 3, 1, "a list item ('- ') cannot stand among the keys of a map",
        "put the list under a key: the key alone on its line (key:), then the items below it, indented;"
            + " or write this line as key: value");
  }

  @Test
  void aControlCharacterIsPlacedAtTheCharacter() {
    assertAt(only("title: A\u0001B\n"), 2, 9, "it holds an invisible control character (U+0001), which YAML does"
        + " not allow", "remove the character; write text in ordinary letters, digits and punctuation");
  }

  @Test
  void aStrayBracketClosesNothing() {
    assertAt(only("title: A\ntags: [a, b]]\n"), 3, 13, "']' closes nothing here", "remove it");
  }
}
