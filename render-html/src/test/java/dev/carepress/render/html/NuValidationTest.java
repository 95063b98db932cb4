package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Nu Html Checker (the W3C's validator) finds no error in any page Carepress writes. */
class NuValidationTest {

  @Test
  void everySamplePageIndexAndCategoryPageIsValidHtml() throws Exception {
    List<String> errors = new ArrayList<>();
    List<Path> pages = SamplePages.all();
    for (Path page : pages) {
      errors.addAll(NuChecker.get().errors(page.toFile()));
    }
    assertThat(pages).anyMatch(p -> p.endsWith("index.html")).anyMatch(p -> p.getFileName().toString().startsWith("category-"));
    assertThat(errors).isEmpty();
  }

  @Test
  void theCheckerReportsAnInvalidPage() throws Exception {
    Path bad = SamplePages.ROOT.resolve("invalid.html");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
        + "<body><h1>x</h1><h4>skipped</h4><img src=\"a.png\"><p><div>no</div></p></body></html>");
    assertThat(NuChecker.get().errors(bad.toFile())).hasSizeGreaterThanOrEqualTo(2);
  }
}
