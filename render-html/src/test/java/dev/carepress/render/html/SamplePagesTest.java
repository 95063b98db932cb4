package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplePagesTest {
  @Test
  void samplePagesAreWritten() {
    assertThat(SamplePages.all()).hasSizeGreaterThan(8);
  }
}
