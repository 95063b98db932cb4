package dev.carepress.read.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * {@link PlainYaml} gives exactly the tokens Jackson's YAML parser (as the readers configure it)
 * gives, on every document it accepts; Jackson, the oracle, reads the rest.
 */
class PlainYamlTest {
  /** Keys, plain and otherwise. */
  private static final String[] KEYS = {
      "title", "summary", "a b", "a:b", "a:", "-x", "x-", "ü", "k'", "k\"", "[k]", "k ", "k#", "&a", "*a", "!t",
      "? k", "%k", "@k", "`k", "<<", "k,l", "é è", "1", "true", "null", "a  b", "k|", "k>", "-", "a\u00a0b",
      "\u3000k", "k\u2028", "k\tx", "\"q\"", "'q'", "a- b", "a -b", "x?", "y!"};
  /** Scalars on one line, plain and otherwise. */
  private static final String[] SCALARS = {
      "plain", "1", "-0", "-5", "01", "1.5", "-1.5e3", "true", "false", "True", "null", "Null", "~", "a: b", "a:",
      "a:b", "x #c", "#c", "- x", "-x", "--", "-", "[a, b]", "[a, b, ]", "[ ]", "[]", "[a,b]", "[ a , 1 ]",
      "[a, [b]]", "[a: b]", "[a:b]", "[-x, -]", "[\"q\"]", "[a, b] x", "[a, b", "{a: b}", "\"q\"", "\"q: x\"",
      "\"a\\tb\"", "\"\"", "''", "'s'", "'it''s'", "'a\"b'", "\"a'b\"", "\"a\" x", "&anchor x", "*alias",
      "!tag x", "%x", "@x", "`x", "${X}", "2023-06-29", "1e5", ".inf", "-.inf", ".nan", "0x1F", "+1", "0o7",
      "1_000", "a  ", "ä ö", "a\u00a0b", "\u3000x", "x\u2028y", "a\tb", "a,b", "a, b", "x: y: z", "?x", ":x",
      "<<", "=", "|x", ">x", "a|b", "a>b", "https://www.example.org/a?b=1&c", "C#", "x\u0085y", "\ud83d\ude00",
      "\uFEFFx", "x\u007f"};

  @Test
  void readsTheFrontMatterOfEveryExampleArticleAsJacksonDoes() throws IOException {
    Path examples = Path.of("../examples/articles");
    if (!Files.isDirectory(examples)) {
      return; // run outside the repository
    }
    int plain = 0;
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String yaml = text.substring(text.indexOf('\n') + 1, text.indexOf("\n---", 3) + 1);
        Optional<List<String>> tokens = plainTokens(yaml);
        assertThat(tokens).as(file.toString()).isPresent();
        assertThat(tokens.get()).as(file.toString()).isEqualTo(jacksonTokens(yaml));
        plain++;
      }
    }
    assertThat(plain).isPositive();
  }

  @Test
  void declinesWhatItDoesNotKnow() {
    for (String yaml : new String[] {
        "a: 1 # note\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a:\tb\n", "- a\n", "plain\n", "  a: 1\n", "a: 1\n---\n",
        "a: >+\n  x\n", "a: >2\n  x\n", "a: >\n  x\n\n  y\n", "a: |\n  x\n    y\n", "a: \"x\n  y\"\n", "a: x\n  y\n",
        "a: [x,\n  y]\n", "a: {b: 1}\n", "? a\n: 1\n", "a: 1.5\n", "a: \"\\u00e9\"\n", "a: 'it''s'\n"}) {
      assertThat(PlainYaml.tokens(yaml)).as(yaml).isEmpty();
    }
  }

  @Test
  void aTypicalFrontMatterIsPlain() {
    String yaml = "title: \"Asthma: the basics\"\nviews: 12\ntags: [a, b c]\npublished: 2024-01-02\nauthors:\n"
        + "  - name: Ann Lee\n    credentials: RN\nsummary: >-\n  One\n  two\nglossary:\n  term: meaning\n";
    assertThat(plainTokens(yaml)).contains(jacksonTokens(yaml));
  }

  /**
   * On every generated document it accepts, the tokens are Jackson's, and Jackson reads such a
   * document without an error. The documents mix plain YAML with what is not (a fixed seed, so that
   * a failure comes back); a fair share of each kind is generated, so the comparison is never empty.
   */
  @Test
  void acceptedDocumentsGiveJacksonsTokens() {
    Random random = new Random(20261204);
    int accepted = 0;
    int documents = 6000;
    for (int i = 0; i < documents; i++) {
      String yaml = document(random);
      Optional<List<String>> plain = plainTokens(yaml);
      if (plain.isPresent()) {
        accepted++;
        assertThat(plain.get()).as(yaml).isEqualTo(jacksonTokens(yaml));
      }
    }
    assertThat(accepted).isBetween(documents / 10, documents * 9 / 10);
  }

  private static String document(Random random) {
    StringBuilder out = new StringBuilder();
    mapping(random, out, 0, random.nextInt(3) == 0 ? 0 : 1);
    if (random.nextInt(20) == 0 && out.length() > 0) {
      out.setLength(out.length() - 1); // no line break at the end
    }
    return out.toString();
  }

  private static void mapping(Random random, StringBuilder out, int indent, int depth) {
    int entries = 1 + random.nextInt(4);
    for (int i = 0; i < entries; i++) {
      if (random.nextInt(12) == 0) {
        out.append(random.nextBoolean() ? "" : " ".repeat(random.nextInt(6))).append('\n');
      }
      int here = random.nextInt(25) == 0 ? indent + random.nextInt(3) - 1 : indent;
      out.append(" ".repeat(Math.max(0, here)));
      String key = random.nextInt(4) == 0 ? pick(random, KEYS) : "k" + random.nextInt(5);
      out.append(key).append(':');
      value(random, out, indent, depth);
    }
  }

  private static void value(Random random, StringBuilder out, int indent, int depth) {
    int kind = depth > 3 ? 0 : random.nextInt(7);
    switch (kind) {
      case 0, 1 -> out.append(random.nextInt(6) == 0 ? "  " : " ").append(pick(random, SCALARS))
          .append(random.nextInt(8) == 0 ? "  " : "").append('\n');
      case 2 -> out.append(random.nextBoolean() ? "" : "   ").append('\n');
      case 3 -> {
        out.append('\n');
        mapping(random, out, indent + 1 + random.nextInt(3), depth + 1);
      }
      case 4 -> {
        out.append('\n');
        sequence(random, out, random.nextInt(3) == 0 ? indent : indent + 1 + random.nextInt(3), depth + 1);
      }
      case 5 -> block(random, out, indent);
      default -> {
        out.append('\n');
        if (random.nextBoolean()) {
          out.append(" ".repeat(indent + 1 + random.nextInt(2))).append(pick(random, SCALARS)).append('\n');
        }
      }
    }
  }

  private static void sequence(Random random, StringBuilder out, int indent, int depth) {
    int items = 1 + random.nextInt(3);
    for (int i = 0; i < items; i++) {
      out.append(" ".repeat(indent)).append(random.nextInt(15) == 0 ? "-" : "- ");
      int gap = random.nextInt(5) == 0 ? random.nextInt(3) : 0;
      out.append(" ".repeat(gap));
      if (random.nextBoolean() && depth <= 3) {
        int keys = indent + 2 + gap;
        out.append("k").append(random.nextInt(3)).append(':');
        value(random, out, keys, depth + 1);
        if (random.nextBoolean()) {
          out.append(" ".repeat(random.nextInt(10) == 0 ? keys + 1 : keys)).append("m:");
          value(random, out, keys, depth + 1);
        }
      } else {
        out.append(pick(random, SCALARS)).append('\n');
      }
    }
  }

  private static void block(Random random, StringBuilder out, int indent) {
    out.append(' ').append(pick(random, new String[] {">", ">-", "|", "|-", ">+", "|2", "> ", ">- "})).append('\n');
    int lines = random.nextInt(4);
    int blockIndent = indent + 1 + random.nextInt(3);
    for (int i = 0; i < lines; i++) {
      if (random.nextInt(8) == 0) {
        out.append(random.nextBoolean() ? "" : " ".repeat(random.nextInt(blockIndent + 2))).append('\n');
      }
      int here = random.nextInt(10) == 0 ? blockIndent + 1 : blockIndent;
      out.append(" ".repeat(here)).append(pick(random, SCALARS)).append(random.nextInt(6) == 0 ? "  " : "")
          .append('\n');
    }
    if (random.nextInt(4) == 0) {
      out.append('\n');
    }
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** PlainYaml's tokens, one line each: type, text, line:column (no position for ends, which the reader never reads). */
  private static Optional<List<String>> plainTokens(String yaml) {
    return PlainYaml.tokens(yaml).map(tokens -> tokens.stream()
        .map(t -> line(t.type(), t.type().isScalarValue() || t.type() == JsonToken.PROPERTY_NAME ? text(t) : "",
            t.line(), t.column()))
        .toList());
  }

  private static String text(PlainYaml.Token token) {
    return token.type() == JsonToken.VALUE_NULL ? "" : token.text();
  }

  /** Jackson's tokens in the same form; an exception fails the test. */
  private static List<String> jacksonTokens(String yaml) {
    List<String> tokens = new ArrayList<>();
    try (JsonParser p = TreeParser.YAML.createParser(ObjectReadContext.empty(), yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        TokenStreamLocation at = p.currentTokenLocation();
        String text = t == JsonToken.PROPERTY_NAME ? p.currentName()
            : t == JsonToken.VALUE_NULL ? "" : t.isScalarValue() ? p.getText() : "";
        tokens.add(line(t, text, at.getLineNr(), at.getColumnNr()));
      }
    }
    return tokens;
  }

  private static String line(JsonToken type, String text, int line, int column) {
    boolean end = type == JsonToken.END_OBJECT || type == JsonToken.END_ARRAY;
    return type + " [" + text + "]" + (end ? "" : " " + line + ":" + column);
  }
}
