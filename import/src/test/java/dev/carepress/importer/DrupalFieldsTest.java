package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Drupal hospital page shows its reviewer, review date and tags as fields with a label
 * ({@code <div class="field field--name-field-reviewed"><div class="field__label">Clinically reviewed
 * by</div><div class="field__item"><a …>Dr Amir Haddad</a></div></div>}). They were read into
 * reviewers, lastReviewed and tags, but the labels and the reviewer's and tags' links stayed in the
 * body as paragraphs: "Clinically reviewed by", "[Dr Amir Haddad]", "Review date", "Tags", "[Surgery]".
 */
class DrupalFieldsTest {
  private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Hip replacement</title></head><body>"
      + "<main><h1 class=\"page-title\">Hip replacement</h1><article class=\"node\">"
      + "<div class=\"field field--name-field-reviewed\"><div class=\"field__label\">Clinically reviewed by</div>"
      + "<div class=\"field__item\"><a href=\"https://h.example.org/doctors/amir-haddad\">Dr Amir Haddad</a></div></div>"
      + "<div class=\"field field--name-field-review-date\"><div class=\"field__label\">Review date</div>"
      + "<div class=\"field__item\"><time datetime=\"2025-01-20T12:00:00Z\">20 January 2025</time></div></div>"
      + "<div class=\"node__content\"><div class=\"field field--name-body field__item\">"
      + "<p>A hip replacement is an operation to replace a damaged hip joint with an artificial one.</p>"
      + "<h2>Before your operation</h2><p>You'll be invited to a pre-assessment clinic 2 to 6 weeks before surgery.</p>"
      + "</div></div>"
      + "<div class=\"field field--name-field-tags\"><div class=\"field__label\">Tags</div><div class=\"field__items\">"
      + "<div class=\"field__item\"><a href=\"/taxonomy/term/4\">Surgery</a></div>"
      + "<div class=\"field__item\"><a href=\"/taxonomy/term/9\">Hips</a></div></div></div>"
      + "</article></main></body></html>";

  @Test
  void metadataFieldsAreReadButNotKeptAsText() {
    Article a = HtmlArticleImporter.builder().build().importHtml(PAGE, "hip.html", Optional.empty()).orThrow();
    assertThat(a.metadata().reviewers()).extracting(Person::name).containsExactly("Dr Amir Haddad");
    assertThat(a.metadata().lastReviewed()).hasValue(LocalDate.of(2025, 1, 20));
    assertThat(a.metadata().tags()).containsExactly("Surgery", "Hips");
    String intro = PlainText.ofBlocks(a.introduction());
    assertThat(intro).isEqualTo("A hip replacement is an operation to replace a damaged hip joint with an artificial one.");
    assertThat(PlainText.ofBlocks(a.sections().get(0).blocks())).doesNotContain("Tags", "Surgery");
  }

  @Test
  void aFieldWithAnotherLabelIsText() {
    String page = PAGE.replace("<h2>Before", "<div class=\"field\"><div class=\"field__label\">Risks</div>"
        + "<div class=\"field__item\"><p>Blood clots are a rare risk after surgery.</p></div></div><h2>Before");
    Article a = HtmlArticleImporter.builder().build().importHtml(page, "hip.html", Optional.empty()).orThrow();
    assertThat(PlainText.ofBlocks(a.introduction())).contains("Risks", "Blood clots are a rare risk");
  }
}
