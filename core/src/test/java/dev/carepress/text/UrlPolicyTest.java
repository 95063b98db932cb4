package dev.carepress.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "https://example.org", "HTTP://EXAMPLE.ORG", "mailto:a@b.org", "/path", "../x.html", "#top", "?q=1", "page.html",
    "a/b:c", "%6Aavascript:alert(1)"})
  void safeLinks(String url) {
    assertThat(UrlPolicy.isSafeLink(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "\u0000javascript:x", "java\tscript:x",
    "java\nscript:x", "jav\rascript:x", "\tjavascript:x", "javascript\t:x", "data:text/html,x",
    "vbscript:x", "file:///etc/passwd", "ftp://x.org", "tel:+123", "blob:https://x"})
  void unsafeLinks(String url) {
    assertThat(UrlPolicy.isSafeLink(url)).isFalse();
    assertThat(UrlPolicy.hasScheme(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mailto:a@b.org", "data:image/png;base64,AA", "javascript:x"})
  void imagesAreStricterThanLinks(String url) {
    assertThat(UrlPolicy.isSafeImage(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"images/a.png", "https://x.org/a.png", "//cdn.example.org/a.png"})
  void safeImages(String url) {
    assertThat(UrlPolicy.isSafeImage(url)).isTrue();
  }

  @org.junit.jupiter.api.Test
  void schemeIsLowerCaseAsBrowsersReadIt() {
    assertThat(UrlPolicy.scheme(" \tJaVa\tScRiPt:alert(1)")).contains("javascript");
    assertThat(UrlPolicy.scheme("/a:b")).isEmpty();
    assertThat(UrlPolicy.scheme("1http:x")).isEmpty();
  }
}
