package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.epub.internal.Urls;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** External links: only well-formed http, https and mailto addresses become links. */
class UrlsTest {

  @Test
  void plainWebAddressesPassUnchanged() {
    for (String url : List.of("https://example.org", "http://example.org/a/b?c=1&d=2#e",
        "https://www.example.org/guidelines/asthma", "https://example.org/%C3%A9t%C3%A9", "https://a-b.example/x(y)")) {
      assertThat(Urls.external(url)).as(url).contains(url);
    }
  }

  @Test
  void addressesThatNeedEncodingAreEncodedOrRefused() {
    assertThat(Urls.external("https://example.org/a b")).contains("https://example.org/a%20b");
    assertThat(Urls.external("https://example.org/été")).contains("https://example.org/%C3%A9t%C3%A9");
    assertThat(Urls.external("https://example.org:8443/x")).contains("https://example.org:8443/x");
    assertThat(Urls.external("mailto:help@example.org")).contains("mailto:help@example.org");
    for (String bad : List.of("https://exa mple.org/", "javascript:alert(1)", "data:text/html,x", "https://",
        "https://.example.org/", "mailto:", "relative/page.html", "ftp://example.org/x", "https://[::1/")) {
      assertThat(Urls.external(bad)).as(bad).isEqualTo(Optional.empty());
    }
  }
}
