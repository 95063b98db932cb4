package dev.carepress.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CLDR plural condition, e.g. {@code v = 0 and i % 10 = 2..4 and i % 100 != 12..14},
 * into a predicate over a number's {@link Operands}. The syntax is that of UTS #35, Part 3,
 * "Language Plural Rules": {@code or} of {@code and} of relations {@code operand [% m] (= | !=)
 * ranges}, where a range is a value or {@code a..b}.
 */
final class PluralConditionParser {
  /** A condition on the operands of a number. */
  interface Condition {
    boolean test(Operands operands);
  }

  private final String language;
  private final String[] tokens;
  private int next;

  private PluralConditionParser(String language, String source) {
    this.language = language;
    this.tokens = source.replace("..", " .. ").replace("!=", " != ").replace("=", " = ").replace("! =", "!=")
        .replace("%", " % ").replace(",", " , ").strip().split("\\s+");
  }

  static Condition parse(String language, String source) {
    if (source.isBlank()) {
      return operands -> true;
    }
    PluralConditionParser parser = new PluralConditionParser(language, source);
    Condition condition = parser.or();
    if (parser.next != parser.tokens.length) {
      throw parser.error("unexpected '" + parser.tokens[parser.next] + "'");
    }
    return condition;
  }

  private Condition or() {
    List<Condition> any = new ArrayList<>();
    any.add(and());
    while (accept("or")) {
      any.add(and());
    }
    return any.size() == 1 ? any.get(0) : o -> any.stream().anyMatch(c -> c.test(o));
  }

  private Condition and() {
    List<Condition> all = new ArrayList<>();
    all.add(relation());
    while (accept("and")) {
      all.add(relation());
    }
    return all.size() == 1 ? all.get(0) : o -> all.stream().allMatch(c -> c.test(o));
  }

  private Condition relation() {
    char operand = operand(take());
    long modulus = accept("%") ? Long.parseLong(take()) : 0;
    String op = take();
    boolean negated;
    if (op.equals("=")) {
      negated = false;
    } else if (op.equals("!=")) {
      negated = true;
    } else {
      throw error("expected = or != after the operand, not '" + op + "'");
    }
    List<long[]> ranges = new ArrayList<>();
    do {
      long from = Long.parseLong(take());
      long to = accept("..") ? Long.parseLong(take()) : from;
      ranges.add(new long[] {from, to});
    } while (accept(","));
    return o -> negated != matches(o.value(operand, modulus), ranges);
  }

  private static boolean matches(BigDecimal value, List<long[]> ranges) {
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return false; // a number with a fraction is in no list of whole numbers
    }
    long whole = value.longValue();
    for (long[] range : ranges) {
      if (whole >= range[0] && whole <= range[1]) {
        return true;
      }
    }
    return false;
  }

  private char operand(String token) {
    if (token.length() == 1 && "nivwftce".indexOf(token.charAt(0)) >= 0) {
      return token.charAt(0);
    }
    throw error("unknown operand '" + token + "'");
  }

  private boolean accept(String token) {
    if (next < tokens.length && tokens[next].equals(token)) {
      next++;
      return true;
    }
    return false;
  }

  private String take() {
    if (next >= tokens.length) {
      throw error("the condition ends too early");
    }
    return tokens[next++];
  }

  private IllegalStateException error(String message) {
    return new IllegalStateException("plural rules of '" + language + "': " + message + " in '"
        + String.join(" ", tokens) + "'");
  }
}
