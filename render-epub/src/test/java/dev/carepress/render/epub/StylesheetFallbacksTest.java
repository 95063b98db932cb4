package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The e-book stylesheet mirrors a right-to-left chapter in reading systems without CSS logical
 * properties too (Adobe RMSDK, older Kobo and Kindle converters): each logical declaration comes
 * after a physical one for left-to-right text, and each that depends on the direction has a
 * {@code [dir="rtl"]} rule putting the physical sides the other way round, which ends with the
 * logical declaration again so that a current engine computes what the logical property says.
 */
class StylesheetFallbacksTest {
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
  private static final Pattern LOGICAL = Pattern.compile("(margin|padding|border)-(inline|block)(-start|-end)?(-width)?");
  private static final String RTL = "[dir=\"rtl\"] ";

  private record Rule(List<String> selectors, List<String[]> declarations) {
    boolean mirrored() {
      return selectors.stream().allMatch(s -> s.contains("[dir="));
    }
  }

  @Test
  void everyLogicalDeclarationFollowsAPhysicalOne() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : rules()) {
      for (int i = 0; i < rule.declarations().size(); i++) {
        String[] declaration = rule.declarations().get(i);
        Set<String> fallbacks = physical(declaration);
        boolean found = rule.declarations().subList(0, i).stream().anyMatch(d -> fallbacks.contains(d[0]));
        if (!fallbacks.isEmpty() && !found) {
          missing.add(String.join(", ", rule.selectors()) + " { " + declaration[0] + ": " + declaration[1] + " }");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyDeclarationThatDependsOnTheDirectionIsMirroredUnderDirRtl() {
    List<Rule> rules = rules();
    List<String> missing = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.mirrored()) {
        continue;
      }
      for (String[] declaration : rule.declarations()) {
        if (!dependsOnDirection(declaration)) {
          continue;
        }
        for (String selector : rule.selectors()) {
          boolean mirrored = rules.stream().anyMatch(r -> r.selectors().contains(RTL + selector)
              && r.declarations().stream().anyMatch(d -> Arrays.equals(d, declaration)));
          if (!mirrored) {
            missing.add(selector + " { " + declaration[0] + ": " + declaration[1] + " }");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void aMirroringRuleEndsWithTheLogicalDeclaration() {
    List<String> wrong = new ArrayList<>();
    for (Rule rule : rules()) {
      if (!rule.mirrored()) {
        continue;
      }
      List<String[]> declarations = rule.declarations();
      for (int i = 0; i < declarations.size(); i++) {
        String property = declarations.get(i)[0];
        boolean sided = property.contains("-left") || property.contains("-right")
            || property.equals("text-align") && Set.of("left", "right").contains(declarations.get(i)[1]);
        String box = property.split("-")[0];
        boolean logicalAfter = declarations.subList(i + 1, declarations.size()).stream()
            .anyMatch(d -> d[0].startsWith(box) && (LOGICAL.matcher(d[0]).matches() || d[0].equals("text-align")));
        if (sided && !logicalAfter) {
          wrong.add(String.join(", ", rule.selectors()) + " { " + property + " }");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  // the physical properties one of which must come before a logical declaration; none for any other
  private static Set<String> physical(String[] declaration) {
    String property = declaration[0];
    if (property.equals("text-align") && Set.of("start", "end").contains(declaration[1])) {
      return Set.of("text-align");
    }
    Matcher m = LOGICAL.matcher(property);
    if (!m.matches()) {
      return Set.of();
    }
    String box = m.group(1);
    String width = m.group(4) == null ? "" : m.group(4);
    String side = m.group(2).equals("block") ? (m.group(3) == null || m.group(3).equals("-start") ? "top" : "bottom")
        : (m.group(3) == null || m.group(3).equals("-start") ? "left" : "right");
    return new HashSet<>(List.of(box, box + "-" + side, box + "-" + side + width));
  }

  private static boolean dependsOnDirection(String[] declaration) {
    String property = declaration[0];
    if (property.equals("text-align")) {
      return Set.of("start", "end").contains(declaration[1]);
    }
    if (!property.contains("-inline")) {
      return false;
    }
    String[] values = declaration[1].split("\\s+");
    return property.contains("-start") || property.contains("-end") || values.length == 2 && !values[0].equals(values[1]);
  }

  private static List<Rule> rules() {
    String css = Epubs.text(Epubs.article(EpubRenderer.create(), SampleArticles.minimal(), RenderContext.defaults()),
        "EPUB/css/carepress.css").replaceAll("(?s)/\\*.*?\\*/", "");
    List<Rule> rules = new ArrayList<>();
    Matcher m = RULE.matcher(css);
    while (m.find()) {
      List<String> selectors = Arrays.stream(m.group(1).split(",")).map(s -> s.strip().replaceAll("\\s+", " ")).toList();
      List<String[]> declarations = Arrays.stream(m.group(2).split(";")).map(String::strip).filter(d -> !d.isEmpty())
          .map(d -> new String[] {d.substring(0, d.indexOf(':')).strip(), d.substring(d.indexOf(':') + 1).strip()})
          .toList();
      rules.add(new Rule(selectors, declarations));
    }
    assertThat(rules).hasSizeGreaterThan(40);
    return rules;
  }
}
