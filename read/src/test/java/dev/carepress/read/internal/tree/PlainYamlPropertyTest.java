package dev.carepress.read.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.read.internal.source.Diagnostics;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast path for plain front matter changes nothing: on generated front matter (plain YAML mixed
 * with comments, quotes, escapes, tags, anchors, odd indents, block scalars and flow lists) the
 * reader's tree and problems, positions included, are those of Jackson's YAML parser alone. At least
 * 15 % of the documents must take the fast path, so the comparison is never empty.
 */
class PlainYamlPropertyTest {
  private static final String[] KEYS = {
      "title", "summary", "k0", "k1", "a b", "a:b", "-x", "x-", "ü", "k'", "[k]", "k#", "&a", "*a", "!t", "? k",
      "1", "true", "null", "<<", "k,l", "\"q\"", "'q'", "a -b", "x?", "é è"};
  private static final String[] SCALARS = {
      "plain", "1", "-0", "01", "1.5", "1e5", "true", "False", "null", "~", "a: b", "a:", "x #c", "#c", "- x", "-x",
      "[a, b]", "[ ]", "[a,b]", "[a, [b]]", "[a:b]", "[a, b", "{a: b}", "\"q\"", "\"q: x\"", "\"a\\tb\"", "''",
      "'it''s'", "&anchor x", "*alias", "!tag x", "!!str 5", "%x", "@x", "2023-06-29", ".inf", "0x1F", "+1",
      "a\tb", "a, b", "?x", ":x", "|x", ">x", "https://example.org/a?b=1&c", "C#", "\ud83d\ude00", "x\u0085y"};

  @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
  void theFastPathGivesTheTreeAndProblemsOfJackson(
      @ForAll("frontMatter") String yaml, @ForAll @IntRange(max = 4) int lineOffset) {
    Diagnostics fast = new Diagnostics("a.md");
    Optional<TreeNode> fastTree = TreeParser.yaml(yaml, lineOffset, "front matter", fast);
    Diagnostics full = new Diagnostics("a.md");
    Optional<TreeNode> fullTree = TreeParser.yamlWithJackson(yaml, lineOffset, "front matter", full);

    assertThat(fastTree.map(PlainYamlPropertyTest::dump)).isEqualTo(fullTree.map(PlainYamlPropertyTest::dump));
    assertThat(fast.sorted()).isEqualTo(full.sorted());
    Statistics.label("fast path").collect(PlainYaml.tokens(yaml).isPresent());
    Statistics.label("fast path").coverage(c -> c.check(true).percentage(p -> p >= 15));
  }

  @Provide
  Arbitrary<String> frontMatter() {
    return Combinators.combine(mapping(0, 3), Arbitraries.of("", "", "", "\n", "  \n"))
        .as((body, tail) -> body + tail);
  }

  private static Arbitrary<String> mapping(int indent, int depth) {
    return entry(indent, depth).list().ofMinSize(1).ofMaxSize(4).map(entries -> String.join("", entries));
  }

  private static Arbitrary<String> entry(int indent, int depth) {
    Arbitrary<Integer> shift = Arbitraries.frequency(Tuple.of(24, 0), Tuple.of(1, 1), Tuple.of(1, -1));
    Arbitrary<String> blank = Arbitraries.frequency(Tuple.of(10, ""), Tuple.of(1, "\n"), Tuple.of(1, "   \n"));
    return Combinators.combine(blank, shift, key(), value(indent, depth))
        .as((before, by, key, value) -> before + " ".repeat(Math.max(0, indent + by)) + key + ":" + value);
  }

  private static Arbitrary<String> key() {
    return Arbitraries.<String>frequencyOf(
        w(8, Arbitraries.of("k0", "k1", "k2", "k3", "title")),
        w(1, Arbitraries.of(KEYS)),
        w(1, Arbitraries.strings().withChars("ab -:'#é").ofMinLength(1).ofMaxLength(4)));
  }

  /** What follows a key's colon, line breaks included. */
  private static Arbitrary<String> value(int indent, int depth) {
    Arbitrary<String> inline = Combinators.combine(
        Arbitraries.of(" ", " ", "  "), scalar(), Arbitraries.of("", "", "  ")).as((a, s, b) -> a + s + b + "\n");
    Arbitrary<String> empty = Arbitraries.of("\n", "   \n");
    if (depth == 0) {
      return Arbitraries.<String>frequencyOf(w(4, inline), w(1, empty));
    }
    Arbitrary<String> nested = Arbitraries.integers().between(1, 3)
        .flatMap(by -> mapping(indent + by, depth - 1).map(m -> "\n" + m));
    Arbitrary<String> list = Arbitraries.of(0, 1, 2, 2)
        .flatMap(by -> sequence(indent + by, depth - 1).map(s -> "\n" + s));
    return Arbitraries.<String>frequencyOf(w(6, inline), w(1, empty), w(2, Arbitraries.lazy(() -> nested)),
        w(2, Arbitraries.lazy(() -> list)), w(2, block(indent)));
  }

  private static Arbitrary<String> sequence(int indent, int depth) {
    Arbitrary<String> item = Arbitraries.<String>frequencyOf(
        w(3, scalar().map(s -> " ".repeat(indent) + "- " + s + "\n")),
        w(1, Arbitraries.of("-", "-  ").map(d -> " ".repeat(indent) + d + "x\n")),
        w(2, Arbitraries.lazy(() -> mapping(indent + 2, depth)).map(m -> " ".repeat(indent) + "- "
            + m.substring(Math.min(m.length(), indent + 2)))));
    return item.list().ofMinSize(1).ofMaxSize(3).map(items -> String.join("", items));
  }

  private static Arbitrary<String> block(int indent) {
    Arbitrary<String> header = Arbitraries.of(">", ">-", "|", "|-", ">+", "|2", "> ", "|- ");
    Arbitrary<String> line = Combinators.combine(
        Arbitraries.frequency(Tuple.of(12, 0), Tuple.of(1, 1)), scalar(), Arbitraries.of("", "", "\n"))
        .as((extra, s, blank) -> blank + " ".repeat(indent + 2 + extra) + s + "\n");
    return Combinators.combine(header, line.list().ofMinSize(0).ofMaxSize(3))
        .as((h, lines) -> " " + h + "\n" + String.join("", lines));
  }

  private static Arbitrary<String> scalar() {
    return Arbitraries.<String>frequencyOf(
        w(8, Arbitraries.strings().alpha().numeric().withChars(' ').ofMinLength(1).ofMaxLength(12)
            .filter(s -> !s.isBlank())),
        w(3, Arbitraries.of(SCALARS)),
        w(1, Arbitraries.strings().withChars("ab :#-'\"[],{}é\\|>!&*~01.?").ofMinLength(1).ofMaxLength(6)));
  }

  private static Tuple2<Integer, Arbitrary<? extends String>> w(int weight, Arbitrary<? extends String> values) {
    return Tuple.of(weight, values);
  }

  /** The tree as text: kind, position, pointer and text of every node, keys with their positions. */
  private static String dump(TreeNode node) {
    StringBuilder out = new StringBuilder();
    dump(node, out);
    return out.toString();
  }

  private static void dump(TreeNode node, StringBuilder out) {
    out.append(node.kind()).append('@').append(node.pos()).append(node.pointer()).append('[').append(node.text())
        .append(']');
    for (TreeNode.Entry entry : node.entries().values()) {
      out.append("\n").append(entry.key()).append('@').append(entry.keyPos()).append(": ");
      dump(entry.value(), out);
    }
    for (TreeNode element : node.elements()) {
      out.append("\n- ");
      dump(element, out);
    }
    out.append("\n.");
  }
}
