package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.render.Settings;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19: the clinic's details in a block of their own after the article, the phone number a
 * {@code tel:} link; valid HTML, no axe violation; without clinic settings, the same bytes as before.
 */
class ClinicBlockTest {
  private static final Path DIR = Path.of("target/clinic-pages");

  private static HtmlRenderer clinic() {
    return HtmlRenderer.builder().clinic("Riverside <Family> Clinic", "+1 (555) 010-0100",
        "12 River Road, Springfield", "https://riverside.example.org/")
        .clinicCallUs("Call us if your breathing gets worse & your inhaler does not help.").build();
  }

  @Test
  void theDetailsFollowTheArticleWithTheNameAsAHeadingAndThePhoneAsATelLink() {
    String page = clinic().renderToString(SampleArticles.everything());

    String block = page.substring(page.indexOf("<div class=\"cp-clinic\">"), page.indexOf("</main>"));
    assertThat(page.indexOf("</article>")).isLessThan(page.indexOf("<div class=\"cp-clinic\">"));
    assertThat(block).isEqualTo("""
        <div class="cp-clinic">
        <h2><bdi>Riverside &lt;Family&gt; Clinic</bdi></h2>
        <p class="cp-clinic-call"><bdi>Call us if your breathing gets worse &amp; your inhaler does not help.</bdi></p>
        <address>
        <p><a href="tel:+15550100100"><bdi dir="ltr">+1 (555) 010-0100</bdi></a></p>
        <p><bdi>12 River Road, Springfield</bdi></p>
        <p><a href="https://riverside.example.org/"><bdi dir="ltr">https://riverside.example.org/</bdi></a></p>
        </address>
        </div>
        """);
    assertThat(page).contains(".cp-clinic {").contains("border-inline-start: 0.35rem solid var(--cp-accent);");
  }

  @Test
  void aPhoneNumberWithWordsAndAWebSiteWithoutSchemeAreShownAsText() {
    String page = HtmlRenderer.builder().apply(Settings.of(Map.of("clinicPhone", "555-0100 ext. 2",
        "clinicWeb", "riverside.example.org"))).build().renderToString(SampleArticles.minimal());

    assertThat(page).contains("<p><bdi dir=\"ltr\">555-0100 ext. 2</bdi></p>")
        .contains("<p><bdi dir=\"ltr\">riverside.example.org</bdi></p>")
        .doesNotContain("tel:").doesNotContain("<h2>");
  }

  @Test
  void withoutClinicSettingsThePageAndItsStylesheetAreAsBefore() {
    HtmlRenderer plain = HtmlRenderer.create();
    HtmlRenderer blank = HtmlRenderer.builder().clinic(" ", "", "", "").build();
    for (Article article : List.of(SampleArticles.everything(), SampleArticles.minimal())) {
      assertThat(blank.renderToString(article)).isEqualTo(plain.renderToString(article))
          .doesNotContain("cp-clinic");
    }
    assertThat(plain.stylesheet()).isEqualTo(HtmlRenderer.defaultStylesheet()).doesNotContain("cp-clinic");
  }

  @Test
  void aPageWithClinicDetailsIsValidHtmlAndHasNoAxeViolations() throws Exception {
    Files.createDirectories(DIR);
    Path ltr = DIR.resolve("clinic.html");
    Files.writeString(ltr, clinic().renderToString(SampleArticles.everything()));
    Path rtl = DIR.resolve("clinic-he.html");
    Files.writeString(rtl, clinic().renderToString(RtlArticles.hebrew()));
    List<String> errors = new ArrayList<>();
    for (Path page : List.of(ltr, rtl)) {
      errors.addAll(NuChecker.get().errors(page.toFile()));
    }
    assertThat(errors).isEmpty();
    Browser.assumeAvailable();
    List<String> files = List.of(ltr.toAbsolutePath().toString(), rtl.toAbsolutePath().toString());
    JsonNode results = Browser.run(AxeTest.prepend("axe", files));
    for (String file : files) {
      assertThat(results.get(file)).as("axe result for " + file).isNotNull().isEmpty();
    }
  }
}
