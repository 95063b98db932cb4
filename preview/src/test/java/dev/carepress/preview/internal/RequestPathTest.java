package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
  @ParameterizedTest
  @CsvSource({
    "/, ''",
    "/index.html, index.html",
    "/media/hand-washing-steps.png, media/hand-washing-steps.png",
    "/la-gripe.html, la-gripe.html",
    "/%C3%B1and%C3%BA.html, ñandú.html",
    "/asthma_2.check.html, asthma_2.check.html",
  })
  void aPlainPathInsideTheSiteIsDecodedOnce(String raw, String path) {
    assertThat(RequestPath.parse(raw).value()).hasValue(new RequestPath(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../x", "/a/../../x", "/..%2fx", "/%2e%2e/x", "/%2E%2E%2Fx", "/.", "/..", "/a/./b", "//etc/passwd", "/a//b",
    "/a\\b", "/%5c", "/%00", "/a%00.html", "/%0a", "/%7f", "/C:/x", "/c%3a/x", "/%252e%252e/x", "/%25",
    "/%c0%ae%c0%ae/x", "/%e0%80%ae", "/%ff", "/%zz", "/%2", "/%", "/index.html/", "/a b", "/\u00e9.html"
  })
  void anythingThatCouldLeaveTheSiteIsRefusedWith400(String raw) {
    RequestPath.Result result = RequestPath.parse(raw);
    assertThat(result.value()).as(raw).isEmpty();
    assertThat(result.refusal().orElseThrow().status()).as(raw).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/.git/config", "/.env", "/media/.hidden.png", "/a+b.html", "/a;b", "/a(1).html",
      "/%e2%80%ae.html", "/~user"})
  void namesNoSiteFileCanHaveAreNotFound(String raw) {
    assertThat(RequestPath.parse(raw).refusal().orElseThrow().status()).as(raw).isEqualTo(404);
  }

  @Test
  void aPathMustBeginWithASlashAndNotBeTooLong() {
    assertThat(RequestPath.parse("index.html").refusal().orElseThrow().status()).isEqualTo(400);
    assertThat(RequestPath.parse(null).refusal().orElseThrow().status()).isEqualTo(400);
    assertThat(RequestPath.parse("/" + "a".repeat(RequestPath.MAX_LENGTH)).refusal().orElseThrow().status())
        .isEqualTo(414);
  }

  @Test
  void decodingIsStrictUtf8() {
    assertThat(RequestPath.decode("/%E2%82%AC")).hasValue("/\u20ac");
    assertThat(RequestPath.decode("/%E2%82")).isEmpty(); // a truncated sequence
    assertThat(RequestPath.decode("/%ED%A0%80")).isEmpty(); // a surrogate
    assertThat(RequestPath.decode("/%F8%88%80%80%80")).isEmpty(); // five bytes
  }
}
