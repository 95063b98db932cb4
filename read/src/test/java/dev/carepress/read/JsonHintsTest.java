package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hints about a JSON article speak JSON (no YAML {@code key: value} lines, '-' entries or '---'),
 * and so do its messages about objects.
 */
class JsonHintsTest {
  /**
   * YAML's syntax: an unquoted key and a colon (not the English "the keys are: …"), a '-' entry, a line
   * to write, the front matter's fences.
   */
  private static final Pattern YAML = Pattern.compile(
      "(?<![\"\\w])(?!are: )[A-Za-z]+: |'-'|\\bline\\b|---|front matter|YAML");

  private static List<Problem> problems(String members) {
    return JsonArticleReader.create().parse("{\"title\": \"T\", " + members + "}", "wrong.json").problems();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"keyPoints\": [[\"Take it\"]]", "\"keyPoints\": [{\"a\": 1}]", "\"keyPoints\": [\"\"]",
      "\"keyPoints\": [null]", "\"authors\": [5, [1]]", "\"authors\": [{\"url\": \"https://x.org\"}]",
      "\"published\": {\"year\": 2025}", "\"updated\": \"4 March\"", "\"subtitle\": {\"a\": \"b\"}",
      "\"glossary\": [\"a\"]", "\"references\": [{\"year\": \"soon\"}]", "\"related\": [{\"title\": \"R\"}]",
      "\"image\": {\"alt\": \"x\"}", "\"about\": [{\"name\": \"MS\", \"type\": \"x\"}]",
      "\"breadcrumb\": [{\"url\": \"/\"}]", "\"tags\": [{\"a\": \"b\"}]",
      "\"slug\": \"Hand washing!\"", "\"url\": \"health.example.org/a.html\"", "\"views\": \"2,348\"",
      "\"views\": \"many\""})
  void aWrongShapedValueGetsAHintInJson(String members) {
    List<Problem> problems = problems(members);
    assertThat(problems).as("problems of %s", members).isNotEmpty();
    assertThat(problems).allSatisfy(p -> assertThat(p.hint()).as("hint of %s", p).doesNotContainPattern(YAML));
    assertThat(problems).extracting(Problem::message).allSatisfy(m -> assertThat(m).doesNotContain("key: value"));
  }

  @Test
  void aKeyPointAsAListIsToldBothOfItsJsonShapes() {
    Problem p = problems("\"keyPoints\": [[\"Take it\"]]").get(0);
    assertThat(p.message()).isEqualTo("'keyPoints' (at /keyPoints/0) must be text, not a list");
    assertThat(p.hint()).isEqualTo(
        "write each key point as text in double quotes, or as {\"content\": [{\"type\": \"text\", \"text\": \"…\"}]}");
  }

  @Test
  void aDateAsAnObjectIsShownAJsonDate() {
    assertThat(problems("\"published\": {\"year\": 2025}").get(0).hint())
        .isEqualTo("write \"published\": \"2025-03-04\" (year, month, day)");
    assertThat(problems("\"published\": {\"year\": 2025}").get(0).message())
        .isEqualTo("'published' (at /published) must be a date written YYYY-MM-DD, not an object {…}");
  }

  @Test
  void frontMatterKeepsItsYamlHints() {
    ReadResult<?> result = MarkdownArticleReader.create().parse("---\ntitle: T\nkeyPoints:\n  - [a]\n---\n", "f.md");
    assertThat(result.problems()).extracting(Problem::hint)
        .containsExactly("write keyPoints as text on one line, in double quotes if it starts with [ or { (e.g. \"[1] Rest\")");
  }
}
