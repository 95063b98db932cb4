package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Person;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A "reviewed by" line often links a reviewer's photo as well as their name, and meta tags may be empty:
 * a link or tag with no name in it names no one, and it must not stop the page from being read.
 */
class ReviewerLinksTest {
  private static String page(String reviewLine) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Earache</title></head><body><main><h1>Earache</h1>"
        + "<p>" + reviewLine + "</p>"
        + "<p>Most earaches get better on their own in about 3 days, and painkillers help.</p></main></body></html>";
  }

  private static ImportResult importPage(String reviewLine) {
    return HtmlArticleImporter.builder().build().importHtml(page(reviewLine), "earache.html", Optional.empty());
  }

  @Test
  void aPhotoLinkBesideTheReviewersNameIsNotAReviewer() {
    ImportResult result = importPage("Medically reviewed by <a href=\"/team/jo\"><img src=\"jo.jpg\" alt=\"\"></a>"
        + " <a href=\"/team/jo\">Jo Park, MD</a> on March 3, 2025");

    assertThat(result.errors()).isEmpty();
    assertThat(result.orThrow().metadata().reviewers()).extracting(Person::name).containsExactly("Jo Park");
  }

  @Test
  void aLinkHoldingOnlyWhiteSpaceIsNotAReviewer() {
    ImportResult result = importPage("Medically reviewed by <a href=\"/team/\"> \t</a> and"
        + " <a href=\"/team/ana\">Ana Ruiz, RN</a> on March 3, 2025");

    assertThat(result.errors()).isEmpty();
    assertThat(result.orThrow().metadata().reviewers()).extracting(Person::name).containsExactly("Ana Ruiz");
  }

  @Test
  void aNameWrittenAsANoBreakSpaceIsKeptAsThePageShowsIt() {
    // found by CarepressPageRoundTripTest (seed 4266446190641202315): jsoup's text() drops the no-break
    // space, and the importer stopped with "name must not be blank"
    ImportResult result = importPage("Medically reviewed by <a href=\"/team/\">\u00a0</a> and"
        + " <a href=\"/team/ana\">Ana Ruiz</a> on March 3, 2025");

    assertThat(result.errors()).isEmpty();
    assertThat(result.orThrow().metadata().reviewers()).extracting(Person::name).containsExactly("\u00a0", "Ana Ruiz");
  }

  @Test
  void emptyAuthorMetaTagsNameNoOne() {
    String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Earache</title><meta name=\"author\" content=\"\">"
        + "<meta name=\"author\" content=\"by \"><meta name=\"citation_author\" content=\" , \"></head><body><main>"
        + "<h1>Earache</h1><p>Most earaches get better on their own in about 3 days.</p></main></body></html>";

    ImportResult result = HtmlArticleImporter.builder().build().importHtml(page, "earache.html", Optional.empty());

    assertThat(result.errors()).isEmpty();
    assertThat(result.orThrow().metadata().authors()).isEmpty();
  }
}
