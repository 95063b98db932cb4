package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * One typo in a real front matter (a quote, bracket, colon, tab or space deleted or inserted) either
 * still reads or gives a malformed-yaml problem placed inside the front matter, in plain words: none
 * of the YAML engine's own terms. The front matters are those of the bundled example articles.
 */
class FrontMatterEditsPropertyTest {
  private static final List<String> FRONT_MATTERS = frontMatters();
  private static final String EDITS = "\"'[]{}:\t ";
  private static final String SYNTAX = "\"'[]{}:-,>|\n";
  private static final List<String> INTERNAL_WORDS = List.of("<", "scalar", "token", "block end", "stream");

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void aTypoReadsOrGivesAPlainProblemInsideTheFrontMatter(
      @ForAll("example") int example, @ForAll @IntRange(max = 1_000_000) int where,
      @ForAll boolean delete, @ForAll("character") char character, @ForAll boolean nearSyntax) {
    String yaml = FRONT_MATTERS.get(example);
    int at = where % yaml.length();
    while (nearSyntax && at + 1 < yaml.length() && SYNTAX.indexOf(yaml.charAt(at)) < 0) {
      at++; // half of the edits fall on YAML's own characters, where a typo matters most
    }
    String edited = delete ? yaml.substring(0, at) + yaml.substring(at + 1)
        : yaml.substring(0, at) + character + yaml.substring(at);
    int lastLine = 1 + (int) edited.chars().filter(c -> c == '\n').count();

    List<Problem> malformed = MarkdownArticleReader.create().parse("---\n" + edited + "---\nText.\n", "a.md")
        .problems().stream().filter(p -> p.code().equals("malformed-yaml")).toList();

    Statistics.label("malformed").collect(!malformed.isEmpty());
    Statistics.label("malformed").coverage(c -> c.check(true).percentage(p -> p >= 10));
    for (Problem p : malformed) {
      assertThat(p.line()).as("line of %s in\n%s", p, edited).isBetween(2, lastLine);
      assertThat(p.column()).as("column of %s", p).isPositive();
      assertThat(p.hint()).as("hint of %s", p).isNotBlank();
      for (String word : INTERNAL_WORDS) {
        assertThat(p.message() + " / " + p.hint()).as("words of %s in\n%s", p, edited).doesNotContain(word);
      }
    }
  }

  @Provide
  Arbitrary<Integer> example() {
    return Arbitraries.integers().between(0, FRONT_MATTERS.size() - 1);
  }

  @Provide
  Arbitrary<Character> character() {
    return Arbitraries.of(EDITS.chars().mapToObj(c -> (char) c).toList());
  }

  /** The front matter (between the "---" lines, each line ending in a line break) of every example article. */
  private static List<String> frontMatters() {
    Path examples = Path.of("../examples/articles");
    try (Stream<Path> files = Files.list(examples)) {
      List<String> all = files.filter(f -> f.toString().endsWith(".md")).sorted().map(file -> {
        try {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          return text.substring(text.indexOf('\n') + 1, text.indexOf("\n---", 3) + 1);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
      assertThat(all).as("example articles").isNotEmpty();
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
