package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** axe-core in headless Chromium finds no WCAG 2.0/2.1 A or AA violation on any page. */
class AxeTest {

  @Test
  void everySamplePageIndexAndCategoryPageHasNoWcagViolations() throws Exception {
    Browser.assumeAvailable();
    List<String> files = new ArrayList<>();
    for (Path page : SamplePages.all()) {
      files.add(page.toAbsolutePath().toString());
    }
    JsonNode results = Browser.run(prepend("axe", files));
    Map<String, String> violations = new TreeMap<>();
    for (String file : files) {
      JsonNode list = results.get(file);
      assertThat(list).as("axe result for " + file).isNotNull();
      if (!list.isEmpty()) {
        violations.put(file, list.toString());
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void axeReportsAPageWithViolations() throws Exception {
    Browser.assumeAvailable();
    Path bad = SamplePages.ROOT.resolve("inaccessible.html").toAbsolutePath();
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "<!DOCTYPE html><html><head><title></title></head>"
        + "<body><img src=\"a.png\"><a href=\"#\"></a></body></html>");
    JsonNode results = Browser.run("axe", bad.toString());
    assertThat(results.get(bad.toString()).toString()).contains("image-alt").contains("html-has-lang");
  }

  static String[] prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray(new String[0]);
  }
}
