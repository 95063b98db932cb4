package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON syntax error reads as plain words with its position and what to change: never the parser's
 * own text (its source, its byte offsets, its features, its classes).
 */
class JsonSyntaxErrorsTest {
  private static final JsonArticleReader READER = JsonArticleReader.create();
  /** A valid article using every kind of JSON token: strings with escapes, numbers, true/false/null, nesting. */
  private static final String ARTICLE = """
      {"title": "Cut \\"short\\" \\u00e9\\n", "views": 2348, "tags": ["a", "b"], "subtitle": null,
       "authors": [{"name": "Dana", "url": "https://x.org/a?b=1"}],
       "sections": [{"title": "S", "blocks": [{"type": "paragraph", "content": [{"type": "text", "text": "x"}]},
        {"type": "table", "header": [[{"type": "text", "text": "h"}]], "rows": [[[{"type": "text", "text": "1.5"}]]]}]}],
       "references": [{"title": "R", "year": 2024}], "keyPoints": ["Take it"]}
      """;
  /** What the parser's own text holds: its redacted source, unknown offsets, feature names and class names. */
  private static final Pattern INTERNALS = Pattern.compile(
      "Source:|REDACTED|#UNKNOWN|StreamReadFeature|JsonReadFeature|Feature '|\\bcode \\d+\\)\\)"
          + "|\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]|\\b[A-Z][A-Za-z]*(Exception|Error|Parser|Context|Token)\\b|START_|END_|VALUE_");

  private static List<Problem> problems(String json) {
    return READER.parse(json, "cut.json").problems();
  }

  private static void assertPlain(String json) {
    List<Problem> problems = problems(json);
    for (Problem p : problems) {
      assertThat(p.line()).as("line of %s in %s", p, json).isGreaterThanOrEqualTo(1);
      assertThat(p.column()).as("column of %s in %s", p, json).isGreaterThanOrEqualTo(1);
      assertThat(p.message() + " / " + p.hint()).as("for %s", json).doesNotContainPattern(INTERNALS);
      if (p.code().equals("malformed-json")) {
        assertThat(p.hint()).as("hint of %s", p).isNotBlank();
      }
    }
  }

  @Test
  void theArticleIsValid() {
    assertThat(problems(ARTICLE)).isEmpty();
  }

  @Test
  void everyCutOffPrefixGivesPlainProblems() {
    for (int end = 1; end < ARTICLE.strip().length(); end++) {
      String prefix = ARTICLE.substring(0, end);
      if (!prefix.isBlank()) {
        assertThat(problems(prefix)).as("problems of %s", prefix).isNotEmpty();
      }
      assertPlain(prefix);
    }
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void everyOneCharacterChangeGivesPlainProblems(
      @ForAll @IntRange(max = 10_000) int at, @ForAll("characters") char c, @ForAll boolean insert) {
    int i = at % ARTICLE.length();
    assertPlain(ARTICLE.substring(0, i) + c + ARTICLE.substring(insert ? i : i + 1));
  }

  @Provide
  Arbitrary<Character> characters() {
    return Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '\\', '\'', '/', '#', '-', '0', '+', '.', 'e', 'x', 'N',
        '\n', '\t', '\u0000', '\u0001', ' ', 'é');
  }

  @Test
  void aCutOffListSaysWhereItStartsAndHowToCloseIt() {
    Problem p = problems("{\"title\": \"Cut\", \"sections\": [").get(0);
    assertThat(p.location()).isEqualTo("cut.json:1:31");
    assertThat(p.message()).isEqualTo("the file is not valid JSON: the file ends inside the list that starts at line 1,"
        + " column 30");
    assertThat(p.hint()).isEqualTo("close it with ], then what is open around it: the file should end with ]}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"title\": \"A\" \"b\": 1}     | '\"' cannot follow a value in an object | put a comma",
      "{\"title\" \"A\"}              | a key needs a colon after it | \"key\": value",
      "{\"title\": \"A\",}            | a key in double quotes was expected here, not '}' | remove the comma",
      "{\"tags\": [1, ]}              | a value was expected here, not ']' | remove the comma before it",
      "{\"tags\": [1 2]}              | cannot follow a value in a list | put a comma",
      "{\"title\": tru}               | 'tru' is not a JSON value | double quotes",
      "{\"title\": \"a\\qb\"}         | is not an escape JSON knows | \\\\",
      "{\"views\": 012}               | number | leading zeros",
      "{\"title\": \"A\"]             | ']' cannot close the object that starts at line 1, column 1 | close it with }",
      "{// note\\n\"title\": \"A\"}    | JSON has no comments | remove the comment",
      "{\"title\": \"A\\n\"}          | holds a line break | \\n"})
  void eachSyntaxErrorSaysWhatIsWrongAndWhatToChange(String json, String message, String hint) {
    Problem p = problems(json.replace("\\n", "\n").strip()).get(0);
    assertThat(p.code()).isEqualTo("malformed-json");
    assertThat(p.message()).startsWith("the file is not valid JSON: ").contains(message);
    assertThat(p.hint()).contains(hint);
  }

  @Test
  void theReaderStillReadsValidJson() {
    Article article = READER.read(ARTICLE, "ok.json");
    assertThat(article.metadata().title()).isEqualTo("Cut \"short\" é\n");
  }
}
