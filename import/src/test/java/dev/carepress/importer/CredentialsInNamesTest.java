package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.model.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credentials after a person's name that are not in the known list (British, Canadian and other
 * fellowships: "Jane Roe, FRCS (Orth)", "Dr. Amal Haddad, MBBS, FRCPC") stayed in the name; an
 * abbreviation in capitals after the comma is split off as the known ones are. A name's own parts
 * stay: "Mary Ann De La Cruz", a surname first ("Ng, Li", "Lee, NG", "Roe, J.R."), "Sean O'Neil, Jr.".
 */
class CredentialsInNamesTest {
  private static List<Person> reviewers(String... names) {
    StringBuilder json = new StringBuilder();
    for (String name : names) {
      json.append(json.length() == 0 ? "" : ",").append("{\"@type\":\"Person\",\"name\":\"").append(name).append("\"}");
    }
    String html = "<html lang=\"en\"><head><title>Knee pain</title><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\",\"headline\":\"Knee pain\",\"reviewedBy\":["
        + json + "]}</script></head><body><main><h1>Knee pain</h1><p>Most knee pain gets better with rest, ice and"
        + " simple exercises.</p></main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "knee.html", Optional.empty()).orThrow()
        .metadata().reviewers();
  }

  @Test
  void fellowshipsAndDegreesOutsideTheKnownListAreCredentials() {
    assertThat(reviewers("Jane Roe, FRCS (Orth)", "Dr. Amal Haddad, MBBS, FRCPC", "Li Wei, MD, PhD, FACP",
        "Tom Lee, FRCP(C)", "Ana Ruiz, F.R.C.S.", "Ng Wei, MB ChB, MRCP (UK)"))
        .extracting(Person::name, p -> p.credentials().orElse(""))
        .containsExactly(tuple("Jane Roe", "FRCS (Orth)"), tuple("Dr. Amal Haddad", "MBBS, FRCPC"),
            tuple("Li Wei", "MD, PhD, FACP"), tuple("Tom Lee", "FRCP(C)"), tuple("Ana Ruiz", "F.R.C.S."),
            tuple("Ng Wei", "MB ChB, MRCP (UK)"));
  }

  @Test
  void namePartsAfterACommaStayInTheName() {
    assertThat(reviewers("Mary Ann De La Cruz", "Ng, Li", "Lee, NG", "Roe, J.R.", "Sean O'Neil, Jr.", "Kim Park, USA"))
        .extracting(Person::name, p -> p.credentials().orElse(""))
        .containsExactly(tuple("Mary Ann De La Cruz", ""), tuple("Ng, Li", ""), tuple("Lee, NG", ""),
            tuple("Roe, J.R.", ""), tuple("Sean O'Neil, Jr.", ""), tuple("Kim Park, USA", ""));
  }

  @Test
  void aNameInCapitalsOrSurnameFirstKeepsItsGivenNameAndSplitsOffTheCredentialsAfterIt() {
    assertThat(reviewers("SMITH, JOHN", "GARC\u00cdA L\u00d3PEZ, MAR\u00cdA", "JOHN SMITH, MD", "ROE, JANE, MD, MPH", "Roe, Jane, FRCPC"))
        .extracting(Person::name, p -> p.credentials().orElse(""))
        .containsExactly(tuple("SMITH, JOHN", ""), tuple("GARC\u00cdA L\u00d3PEZ, MAR\u00cdA", ""),
            tuple("JOHN SMITH", "MD"), tuple("ROE, JANE", "MD, MPH"), tuple("Roe, Jane", "FRCPC"));
  }

  @Test
  void aBylineWithNewCredentialsSplitsThemOff() {
    String html = "<html lang=\"en\"><head><title>Knee pain</title></head><body><main><h1>Knee pain</h1>"
        + "<p>By Dr. Amal Haddad, MBBS, FRCPC</p><p>Most knee pain gets better with rest, ice and simple exercises.</p>"
        + "</main></body></html>";
    assertThat(HtmlArticleImporter.builder().build().importHtml(html, "knee.html", Optional.empty()).orThrow()
        .metadata().authors()).containsExactly(Person.of("Dr. Amal Haddad", "MBBS, FRCPC"));
  }
}
