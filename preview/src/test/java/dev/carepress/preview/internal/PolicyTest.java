package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private static final String SITE =
      "default-src 'none'; style-src 'self'; img-src 'self' https: http:; base-uri 'none'; form-action 'none'";

  @Test
  void thePreviewAddsItsNonceItsStreamAndNothingElse() {
    assertThat(Policy.parse(SITE).forPreview("abc").toString()).isEqualTo(SITE
        + "; script-src 'nonce-abc'; connect-src 'self'");
  }

  @Test
  void anEmbeddedStylesheetsHashIsKeptAndTheSelfStylesheetAdded() {
    String embedded = "default-src 'none'; style-src 'sha256-xyz='; img-src 'self'";
    assertThat(Policy.parse(embedded).forPreview("n").directive("style-src")).hasValue("'sha256-xyz=' 'self'");
    assertThat(Policy.parse("default-src 'none'; style-src 'none'").forPreview("n").directive("style-src"))
        .hasValue("'self'");
  }

  @Test
  void aScriptSourceThePageHadIsReplacedNotWidened() {
    assertThat(Policy.parse("default-src 'none'; script-src 'unsafe-inline' https:").forPreview("n")
        .directive("script-src")).hasValue("'nonce-n'");
  }

  @Test
  void aPageWithoutPolicyGetsAStrictOneThatAllowsItsOwnStylesByHash() {
    Policy strict = Policy.strict(List.of("body { color: red; }"));
    assertThat(strict.toString()).startsWith("default-src 'none'; style-src 'sha256-")
        .contains("img-src 'self'", "base-uri 'none'", "form-action 'none'");
    // computed apart: printf '%s' 'body { color: red; }' | openssl dgst -sha256 -binary | base64
    assertThat(Policy.hash("body { color: red; }")).isEqualTo("'sha256-XeYlw2NVzOfB1UCIJqCyGr+0n7bA4fFslFpvKu84IAw='");
    assertThat(Policy.strict(List.of()).directive("style-src")).hasValue("'none'");
  }

  @Test
  void aHeaderOnlyDirectiveCanBeAdded() {
    assertThat(Policy.parse(SITE).with("frame-ancestors", "'none'").toString()).endsWith("; frame-ancestors 'none'");
  }
}
