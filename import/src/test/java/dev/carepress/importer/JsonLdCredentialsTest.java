package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.model.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * WebMD's JSON-LD names its author "Jennifer Robinson, MD" with no {@code honorificSuffix}: the
 * credentials stayed in the name, where a byline "By Jennifer Robinson, MD" splits them off.
 */
class JsonLdCredentialsTest {
  private static List<Person> authors(String author) {
    String html = "<html lang=\"en\"><head><title>Migraine</title><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\",\"headline\":\"Migraine\",\"author\":" + author
        + "}</script></head><body><main><h1>Migraine</h1><p>A migraine is a headache that can cause severe throbbing"
        + " pain, usually on one side of the head.</p></main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "migraine.html", Optional.empty()).orThrow()
        .metadata().authors();
  }

  @Test
  void credentialsAfterACommaInTheNameAreTheCredentials() {
    assertThat(authors("[{\"@type\":\"Person\",\"name\":\"Jennifer Robinson, MD\"},\"Dana Okafor, RN, MPH\"]"))
        .extracting(Person::name, p -> p.credentials().orElse(""))
        .containsExactly(tuple("Jennifer Robinson", "MD"), tuple("Dana Okafor", "RN, MPH"));
  }

  @Test
  void anHonorificSuffixIsTakenAsGivenAndANameWithACommaButNoCredentialsStaysWhole() {
    assertThat(authors("[{\"@type\":\"Person\",\"name\":\"Jennifer Robinson\",\"honorificSuffix\":\"MD\"},"
        + "{\"@type\":\"Organization\",\"name\":\"Smith, Jones and Partners\"}]"))
        .extracting(Person::name, p -> p.credentials().orElse(""))
        .containsExactly(tuple("Jennifer Robinson", "MD"), tuple("Smith, Jones and Partners", ""));
  }
}
